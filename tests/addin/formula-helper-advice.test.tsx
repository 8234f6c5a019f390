/** @jest-environment jsdom */
// The formula helper says why one spilled formula beats a per-cell function in every cell, when a per-cell
// function (one value per person or area: SCORE, NIVEAU, GEDEKT) is chosen, and not for a table function.

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelBridge } from '../../addin/excel/bridge';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { readTeam } from '../../shared/scan/team';
import { FormulaHelper } from '../../shared/ui/coverage/FormulaHelper';
import { LanguageProvider } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { fakeExcel } from './fake-excel';

it('advises one spilled formula when SCORE is chosen, not for DEKKING', async () => {
  const bridge = new ExcelBridge(fakeExcel().run, 'nl-NL');
  const profile = findBuiltinProfile('npuls')!;
  await bridge.applyPlan(buildWorkbookPlan({ profile, detail: 'gebieden', lang: 'nl', names: ['Jan', 'Piet'] }));
  const team = readTeam(await bridge.readSheet('Teammatrix'))!;
  render(
    <LanguageProvider value="nl">
      <FormulaHelper bridge={bridge} team={team} settings={{ dashboard: true, threshold: 2, target: 2 }} />
    </LanguageProvider>,
  );
  const select = screen.getByRole('combobox', { name: /Functie/ });
  await userEvent.selectOptions(select, 'DEKKING');
  expect(screen.queryByText(/één formule die een tabel uitspreidt/)).toBeNull();
  await userEvent.selectOptions(select, 'SCORE');
  expect(screen.getByText(/één formule die een tabel uitspreidt/).textContent).toMatch(/elke cel is een eigen aanroep/);
});
