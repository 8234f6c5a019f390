/** @jest-environment jsdom */
// The formula helper in Excel writes what Excel registered: English names in English Excel (functions.en.json),
// Dutch elsewhere, as injection does; and a matrix reference that exists in the workbook.

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelBridge } from '../../addin/excel/bridge';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { helperFormula } from '../../shared/scan/formula-helper';
import { readTeam, type Team } from '../../shared/scan/team';
import { FormulaHelper } from '../../shared/ui/coverage/FormulaHelper';
import { LanguageProvider } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_DASHBOARD } from '../../shared/workbook/plan';
import { fill, typeInto } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';

const npuls = findBuiltinProfile('npuls')!;

async function injected(locale: string) {
  const excel = fakeExcel();
  const bridge = new ExcelBridge(excel.run, locale);
  await bridge.applyPlan(buildWorkbookPlan({ profile: npuls, detail: 'gebieden', lang: 'nl', names: ['Jan', 'Piet'] }));
  const team = readTeam(await bridge.readSheet('Teammatrix'))!;
  return { excel, bridge, team };
}

/** A workbook whose matrix someone made by hand: no Teammatrix table, no Dekking sheet. */
async function handMade(locale: string) {
  const sheet = fill(emptySheet('Teammatrix'), [
    ['Naam', 'Basis', 'Adviseur', 'Coach'],
    ['Jan', 3, 2, ''],
    ['Piet', 1, '', 4],
  ]);
  const excel = fakeExcel({ sheets: [sheet, emptySheet('Blad2')], active: { sheet: 'Blad2', row: 6, column: 0 } });
  const bridge = new ExcelBridge(excel.run, locale);
  const team = readTeam(await bridge.readSheet('Teammatrix'))!;
  return { excel, bridge, team };
}

function renderHelper(bridge: ExcelBridge, team: Team, dashboard: boolean) {
  return render(
    <LanguageProvider value={bridge.lang}>
      <FormulaHelper bridge={bridge} team={team} settings={{ dashboard, threshold: 2, target: 2 }} />
    </LanguageProvider>,
  );
}

describe('the formula helper in Excel', () => {
  it('writes TEAMSCAN.COVERAGE in English Excel and TEAMSCAN.DEKKING in Dutch Excel, as injection does', async () => {
    for (const [locale, name] of [
      ['en-GB', 'COVERAGE'],
      ['nl-NL', 'DEKKING'],
    ] as const) {
      const { excel, bridge, team } = await injected(locale);
      expect(bridge.formulaLanguage).toBe(locale === 'en-GB' ? 'en' : 'nl');
      const dashboard = excel.book.sheets.find((sheet) => sheet.name === SHEET_DASHBOARD)!;
      const injectedNames = [...dashboard.cells.values()].flatMap((cell) => (cell.formula ? [cell.formula] : []));
      expect(injectedNames.some((formula) => formula.startsWith(`=TEAMSCAN.${name}(Teammatrix[#All]`))).toBe(true);

      const view = renderHelper(bridge, team, true);
      const text = screen.getByTestId('formula-text').textContent!;
      expect(text).toBe(`=TEAMSCAN.${name}(Teammatrix[#All],Dekking!$B$2,Dekking!$B$3,"npuls")`);
      // Inserted into the active cell, an empty one outside the Teammatrix: written as shown.
      excel.book.active = { sheet: SHEET_DASHBOARD, row: 40, column: 0 };
      await userEvent
        .setup({ delay: null })
        .click(screen.getByRole('button', { name: /In actieve cel zetten|Put in active cell/ }));
      await screen.findByText(/Dekking!A41/);
      expect(dashboard.cells.get('40,0')?.formula).toBe(text);
      view.unmount();
    }
  });

  it('refers to the matrix by its cells in a workbook without the Teammatrix table', async () => {
    const { excel, bridge, team } = await handMade('en-US');
    expect(helperFormula('excel', team, 'GEDEKT', { area: 'coach' }, 'en')).toBe(
      '=TEAMSCAN.COVERED(Teammatrix!A1:D3,"coach",2,"npuls")',
    );
    renderHelper(bridge, team, false);
    const text = screen.getByTestId('formula-text').textContent!;
    expect(text).toMatch(/^=TEAMSCAN\.COVERAGE\(Teammatrix!A1:D3,2,2,"npuls"\)$/);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Put in active cell' }));
    await screen.findByText(/Blad2!A7/);
    expect(excel.book.sheets[1]!.cells.get('6,0')?.formula).toBe(text);
  });

  it('undo clears the cell in one Excel.run only while it still holds the formula: a note typed since stays', async () => {
    const { excel, bridge } = await injected('nl-NL');
    const dashboard = excel.book.sheets.find((sheet) => sheet.name === SHEET_DASHBOARD)!;
    const at = { sheet: SHEET_DASHBOARD, row: 3, column: 20 };
    const formula = '=TEAMSCAN.GEDEKT(Teammatrix[#All],"coach",Dekking!$B$2,"npuls")';
    excel.book.active = { sheet: SHEET_DASHBOARD, row: 2, column: 19 };
    await bridge.insertFormula(formula);
    typeInto(dashboard, 2, 19, 'mijn notitie');
    const runs = excel.runs.length;
    expect(await bridge.removeFormula(at, formula)).toBe(false);
    expect(excel.runs.length).toBe(runs + 1);
    expect(dashboard.cells.get('2,19')?.value).toBe('mijn notitie');
    await bridge.insertFormula(formula);
    // Excel may tidy a stored formula's spaces and case: still the helper's own.
    expect(await bridge.removeFormula(at, formula.replace('GEDEKT', 'gedekt').replace(',', ', '))).toBe(true);
    expect(dashboard.cells.get('2,19')?.value ?? '').toBe('');
    expect(dashboard.cells.get('2,19')?.formula).toBeUndefined();
  });
});
