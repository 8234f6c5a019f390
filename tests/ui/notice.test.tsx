/** @jest-environment jsdom */
// The panel's own message bar and progress bar keep the semantics of the Fluent components they replace.

import { Field, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { Meter } from '../../shared/ui/Meter';
import { Notice } from '../../shared/ui/Notice';

describe('Notice', () => {
  it('is a group named by its title, with a hidden intent icon and its actions', () => {
    render(
      <Notice intent="warning" title="Let op" actions={<button type="button">Ja</button>}>
        Twee cellen overgeslagen
      </Notice>,
    );
    const bar = screen.getByRole('group', { name: 'Let op' });
    expect(bar.textContent).toBe('Let opTwee cellen overgeslagenJa');
    expect(bar.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(within(bar).getByRole('button', { name: 'Ja' })).toBeTruthy();
  });

  it('takes the role alert or status, and names nothing without a title', () => {
    render(
      <>
        <Notice intent="error" role="alert">
          Mislukt
        </Notice>
        <Notice intent="success" role="status">
          Klaar
        </Notice>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Mislukt');
    expect(screen.getByRole('alert').hasAttribute('aria-labelledby')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Klaar');
  });
});

describe('Meter', () => {
  it('is a progressbar with its value, bounded by max', () => {
    render(<Meter value={3} max={2} aria-label="Voortgang" />);
    const bar = screen.getByRole('progressbar', { name: 'Voortgang' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('2');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('100%');
  });

  it('inside a Field is described by the field’s message, as Fluent’s ProgressBar is', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Field validationMessage="Blad Dekking schrijven" validationState="none">
          <Meter value={0.5} aria-label="Invoegen" />
        </Field>
      </FluentProvider>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Invoegen' });
    const described = document.getElementById(bar.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Blad Dekking schrijven');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('50%');
  });
});
