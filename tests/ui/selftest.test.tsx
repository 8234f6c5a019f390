/** @jest-environment jsdom */
// The self-test block and the panel's Zelftest button: progress while it runs, the result with Kopiëren and where
// to send it, in nl and en; the start-up notice of the safe paths; the button under "needs a newer Excel".

import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showUnsupported } from '../../addin/taskpane/requirements';
import type { SelfTestReport } from '../../shared/selftest/result-text';
import { App } from '../../shared/ui/App';
import type { SelfTestLauncher } from '../../shared/ui/selftest/launcher';
import { renderSelfTest } from '../../shared/ui/selftest/view';
import { injectedBridge } from '../preview/helpers';

const REPORT: SelfTestReport = {
  info: { host: 'Excel', version: '16.0', platform: 'PC', locale: 'nl-NL', product: '0.1.0' },
  at: '2026-12-07T06:10:00.000Z',
  run: {
    ms: 1200,
    cleanup: { removed: true },
    results: [
      {
        id: 'text-stays-text',
        checks: { nl: 'Tekst blijft tekst', en: 'Text stays text' },
        expected: 'x',
        status: 'pass',
        saw: 'x',
        ms: 1,
      },
      { id: 'hidden-log', checks: { nl: 'Logboek', en: 'Log' }, expected: 'x', status: 'na', saw: 'geen', ms: 1 },
    ],
  },
};

function holder(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

test('Dutch: start, progress while running, then the result with Kopiëren and the line where to send it', async () => {
  const user = userEvent.setup({ delay: null });
  const element = holder();
  let finish: (report: SelfTestReport) => void = () => undefined;
  const copied: string[] = [];
  const stored: SelfTestReport[] = [];
  renderSelfTest(element, {
    lang: 'nl',
    run: (onProgress) =>
      new Promise((resolve) => {
        onProgress(0, 2, 'text-stays-text');
        finish = resolve;
      }),
    store: async (report) => {
      stored.push(report);
    },
    copy: async (text) => {
      copied.push(text);
    },
  });
  expect(screen.getByTestId('selftest-intro').textContent).toContain('tijdelijk blad');
  await user.click(screen.getByRole('button', { name: 'Zelftest starten' }));
  expect(screen.getByRole('status').textContent).toBe('Bezig: 1 van 2 (text-stays-text)');
  expect(screen.getByTestId('selftest-result').hidden).toBe(true);
  expect((screen.getByTestId('selftest-start') as HTMLButtonElement).disabled).toBe(true);
  await act(async () => finish(REPORT));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Klaar: 1 goed, 0 fout, 1 n.v.t.'));
  const result = screen.getByTestId('selftest-result');
  expect(result.hidden).toBe(false);
  expect(result.textContent).toContain('Host: Excel · versie 16.0 · platform PC · taal nl-NL · Teamscan 0.1.0');
  expect(screen.getByTestId('selftest-send').textContent).toBe(
    'Stuur dit naar de issuetracker van Teamscan (README › Problemen melden), met wat je deed en wat je zag.',
  );
  expect(stored).toEqual([REPORT]);
  await user.click(screen.getByRole('button', { name: 'Kopiëren' }));
  expect(copied).toEqual([result.textContent]);
  expect(screen.getByTestId('selftest-copy').textContent).toBe('Gekopieerd');
  element.remove();
});

test('English: the same block in English; a run that cannot start says why', async () => {
  const user = userEvent.setup({ delay: null });
  const element = holder();
  renderSelfTest(element, { lang: 'en', run: () => Promise.reject(new Error('no Excel.run')) });
  await user.click(screen.getByRole('button', { name: 'Run the self-test' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The self-test did not run: no Excel.run'));
  element.remove();
});

test('the panel has a Self-test button that loads the self-test into it, and shows the start-up notice', async () => {
  const user = userEvent.setup({ delay: null });
  const { bridge } = await injectedBridge(['Anna']);
  const opened: HTMLElement[] = [];
  const launcher: SelfTestLauncher = {
    open: async (container, lang) => {
      opened.push(container);
      container.textContent = `self-test in ${lang}`;
    },
    notice: async (lang) =>
      lang === 'en' ? 'The self-test of … found\n– text is written with a leading apostrophe' : undefined,
  };
  render(<App bridge={bridge} lang="en" selfTest={launcher} />);
  expect((await screen.findByTestId('selftest-notice')).textContent).toContain(
    'text is written with a leading apostrophe',
  );
  await user.click(screen.getByTestId('selftest-button'));
  await waitFor(() => expect(opened).toHaveLength(1));
  expect(opened[0]!.textContent).toBe('self-test in en');
  expect(screen.getByTestId('selftest-button').getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByTestId('selftest-button').textContent).toBe('Self-test');
});

test('the "needs a newer Excel" message offers the self-test too', async () => {
  const user = userEvent.setup({ delay: null });
  const element = holder();
  const opened: HTMLElement[] = [];
  showUnsupported(element, 'nl', [{ name: 'ExcelApi', version: '1.13' }], async (container) => {
    opened.push(container);
  });
  const button = screen.getByTestId('selftest-button');
  expect(button.textContent).toBe('Zelftest');
  await user.click(button);
  expect(opened).toHaveLength(1);
  expect(element.contains(opened[0]!)).toBe(true);
  element.remove();
});
