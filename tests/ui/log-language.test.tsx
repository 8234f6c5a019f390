/** @jest-environment jsdom */
// The Scan part's last changes read a Teamscan-log whatever language its header was written in: a log an English
// panel created is read by a Dutch panel, and the other way round.

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import type { Language } from '../../shared/i18n/language';
import { LanguageProvider } from '../../shared/ui/i18n';
import { LastChanges } from '../../shared/ui/scan/LastChanges';
import { injectedBridge, writeAt } from '../preview/helpers';

test.each([
  ['en', 'nl', 'Laatste wijzigingen'],
  ['nl', 'en', 'Last changes'],
] as const)('a log with the %s header is read by a panel in %s', async (written: Language, panel: Language, title) => {
  const { bridge } = await injectedBridge(['Anna']);
  bridge.setLanguage(written);
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: 3 }] });
  expect((await bridge.readSheet(LOG_SHEET)).grid.values[0]).toEqual([...LOG_HEADER[written]]);
  const user = userEvent.setup({ delay: null });
  render(
    <LanguageProvider value={panel}>
      <LastChanges bridge={bridge} name="Anna" />
    </LanguageProvider>,
  );
  await user.click(screen.getByText(title));
  const items = await within(screen.getByTestId('last-changes')).findAllByRole('listitem');
  expect(items).toHaveLength(1);
  expect(items[0]!.textContent).toMatch(/→ 3$/);
});
