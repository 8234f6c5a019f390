/** @jest-environment jsdom */
// Dekking's self-scan section: tracking from the log (every host) and, in Sheets, making the form and taking over.

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HostBridge, SheetSnapshot } from '../../shared/host/bridge';
import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import type { Language } from '../../shared/i18n/language';
import { readTeam, type Team } from '../../shared/scan/team';
import type { FormSpec, FormState } from '../../shared/selfscan/form-types';
import { LanguageProvider } from '../../shared/ui/i18n';
import { provideSelfscanForm } from '../../shared/ui/selfscan/form-slot';
import { SelfscanForm } from '../../shared/ui/selfscan/SelfscanForm';
import { SelfscanTracking } from '../../shared/ui/selfscan/SelfscanTracking';

const matrix = {
  sheet: 'Teammatrix',
  exists: true,
  grid: {
    values: [
      ['Naam', 'Adviseur', 'Coach'],
      ['Anna', 2, null],
      ['Bram', null, null],
      ['Chris', null, null],
    ],
  },
};
const team = readTeam(matrix)!;
const log = {
  values: [
    [...LOG_HEADER.nl, 'Bron'],
    [new Date(2026, 0, 5, 10, 30), 'Anna', 'Adviseur', null, 2, 'zelfscan'],
  ],
};

function stubBridge(extra: Partial<HostBridge> = {}): HostBridge {
  const readSheet = async (sheet: string): Promise<SheetSnapshot> =>
    sheet === LOG_SHEET ? { sheet, exists: true, grid: log } : { ...matrix, sheet };
  return { host: 'excel', locale: 'nl-NL', readSheet, ...extra } as unknown as HostBridge;
}

function show(bridge: HostBridge, lang: Language = 'nl') {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={lang}>
        <SelfscanTracking bridge={bridge} team={team} reload={async () => team as Team} />
      </LanguageProvider>
    </FluentProvider>,
  );
  return user;
}

test('Excel: answered and not yet from the log, the names ready to copy, the last take-over', async () => {
  show(stubBridge());
  expect((await screen.findByTestId('selfscan-answered')).textContent).toBe('Beantwoord: 1 van 3 (33%)');
  expect((screen.getByTestId('selfscan-not-yet') as HTMLTextAreaElement).value).toBe('Bram, Chris');
  expect(screen.getByTestId('selfscan-last').textContent).toBe('Laatst overgenomen 2026-01-05 10:30: Anna');
  expect(screen.queryByTestId('selfscan-form')).toBeNull();
});

test('in English too', async () => {
  show(stubBridge(), 'en');
  expect((await screen.findByTestId('selfscan-answered')).textContent).toBe('Answered: 1 of 3 (33%)');
});

test('Sheets: makes the form from the matrix and shows its link; the take-over lists the cells that change', async () => {
  provideSelfscanForm(SelfscanForm);
  let state: FormState | null = null;
  const made: FormSpec[] = [];
  const bridge = stubBridge({
    host: 'sheets',
    readSelfscanForm: async () => state,
    createSelfscanForm: async (spec) => {
      made.push(spec);
      state = {
        url: 'https://docs.google.com/forms/d/e/x/viewform',
        items: [
          { id: 1, title: 'Wie ben je?', rows: null },
          { id: 2, title: 'Gebieden', rows: ['Adviseur', 'Coach'] },
        ],
        responses: [],
      };
      return { url: state.url };
    },
    takeOverRow: async () => true,
  });
  const user = show(bridge);
  await user.click(await screen.findByTestId('selfscan-make'));
  expect(((await screen.findByTestId('selfscan-link')) as HTMLInputElement).value).toBe(
    'https://docs.google.com/forms/d/e/x/viewform',
  );
  expect(made[0]!.items[0]).toMatchObject({ type: 'list', choices: ['Anna', 'Bram', 'Chris'] });
  state = {
    ...state!,
    responses: [
      {
        id: 'r1',
        time: 1,
        email: '',
        taken: false,
        answers: [
          [1, 'Bram'],
          [2, ['3 - Gevorderd', '']],
        ],
      },
    ],
  };
  await user.click(screen.getByTestId('selfscan-read'));
  const list = await screen.findByTestId('selfscan-proposal');
  expect(within(list).getByText('Bram')).toBeTruthy();
  expect(list.textContent).toContain('Adviseur: leeg → 3');
  await user.click(screen.getByTestId('selfscan-apply'));
  await waitFor(() =>
    expect(screen.getByTestId('selfscan-outcomes').textContent).toContain('Bram: 1 cel(len) overgenomen'),
  );
});
