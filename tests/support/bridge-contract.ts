// The HostBridge contract: one behavioural suite that every host's bridge (Excel, Sheets, the preview) must pass.

import type { HostBridge } from '../../shared/host/bridge';
import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import { KeyedError } from '../../shared/i18n/keyed-error';
import { cellText } from '../../shared/matrix/grid';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';
import { openForm } from './open-form';

/** The team every case injects (npuls, areas) before it starts. */
const CONTRACT_TEAM = ['Anna', 'Bram'] as const;

/** The first area's column of the injected matrix (column G): its header and 1-based column. */
const AREA = { header: 'Adviseur', column: 7 };

function plan() {
  return buildWorkbookPlan({
    profile: findBuiltinProfile('npuls')!,
    detail: 'gebieden',
    lang: 'nl',
    names: [...CONTRACT_TEAM],
  });
}

/** A sheet's values as text ('' and null alike: hosts differ in how they hand back an empty cell). */
async function textOf(bridge: HostBridge, sheet: string): Promise<string[][]> {
  const values = (await bridge.readSheet(sheet)).grid.values;
  return values.map((row) => row.map((cell) => cellText(cell)));
}

/** The rejection of `promise` as the keyed error the panel shows; fails the test when it resolves. */
async function refusal(promise: Promise<unknown>): Promise<KeyedError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof KeyedError)) throw new Error(`expected a keyed refusal, got ${String(error)}`);
  return error;
}

/**
 * What the cases rely on from the host fakes, as the hosts' documentation says:
 * - Excel, WorksheetCollection.getItemOrNullObject: "If the worksheet does not exist, then this method returns an
 *   object with its isNullObject property set to true" (learn.microsoft.com/javascript/api/excel/
 *   excel.worksheetcollection) — a missing sheet reads as not existing, not as an error.
 * - Excel, Range.formulas: "If a cell has no formula, its value is returned instead" (learn.microsoft.com/
 *   javascript/api/excel/excel.range#excel-excel-range-formulas-member) — the bridge keeps only "=…" as formulas.
 * - Sheets, Range.getFormulas: "Entries in the 2D array are empty strings for cells with no formula"
 *   (developers.google.com/apps-script/reference/spreadsheet/range#getformulas).
 * - Sheets, google.script.run: a server exception reaches withFailureHandler; a returned object arrives as data
 *   (developers.google.com/apps-script/guides/html/reference/run) — refusals travel as WireResult, so the
 *   sidebar rebuilds the same keyed error the other hosts throw.
 */

/**
 * Runs the contract against `makeBridge`, which returns a new bridge over an empty workbook each time (Dutch
 * locale). Each case first injects CONTRACT_TEAM through applyPlan, as the panel's Invoegen does.
 */
export function describeBridge(name: string, makeBridge: () => HostBridge | Promise<HostBridge>): void {
  async function injected(): Promise<HostBridge> {
    const bridge = await makeBridge();
    await bridge.applyPlan(plan());
    return bridge;
  }

  describe(`HostBridge contract: ${name}`, () => {
    test("inject: the plan's sheets exist and the matrix reads back with its header and the team", async () => {
      const bridge = await injected();
      const sheets = await bridge.listSheets();
      for (const sheet of [SHEET_PROFILE, SHEET_MATRIX, SHEET_DASHBOARD]) expect(sheets).toContain(sheet);
      const matrix = await textOf(bridge, SHEET_MATRIX);
      expect(matrix[0]!.slice(0, 4)).toEqual(['Naam', 'Rol', 'Werkniveau', 'Bijgewerkt']);
      expect(matrix[0]![AREA.column - 1]).toBe(AREA.header);
      expect(matrix.slice(1).map((row) => row[0])).toEqual([...CONTRACT_TEAM]);
    });

    test('read: a sheet that does not exist reads as not existing, with no values', async () => {
      const bridge = await injected();
      const snapshot = await bridge.readSheet('Bestaat niet');
      expect(snapshot.exists).toBe(false);
      expect(snapshot.grid.values.flat().filter((cell) => cellText(cell) !== '')).toEqual([]);
    });

    test('save: the row reads back with the value and a Bijgewerkt stamp; the other row is untouched', async () => {
      const bridge = await injected();
      await (await openForm(bridge, 'Bram')).save({ [AREA.header]: 3, Rol: 'coach' });
      const matrix = await textOf(bridge, SHEET_MATRIX);
      expect(matrix[2]![AREA.column - 1]).toBe('3');
      expect(matrix[2]![1]).toBe('coach');
      expect(matrix[2]![3]).not.toBe('');
      expect(matrix[1]!.slice(1).every((cell) => cell === '')).toBe(true);
    });

    test('compare-and-set: a save over a cell changed since the form loaded is refused by cell name, nothing written', async () => {
      const bridge = await injected();
      const mine = await openForm(bridge, 'Anna');
      await (await openForm(bridge, 'Anna')).save({ [AREA.header]: 2 });
      const before = await textOf(bridge, SHEET_MATRIX);
      const error = await refusal(mine.save({ [AREA.header]: 4, Rol: 'adviseur' }));
      expect(error.key).toBe('cellChanged');
      // The cell by address and header, and what it holds now.
      expect(error.localized('nl')).toContain(`G2 (${AREA.header})`);
      expect(error.localized('nl')).toContain('2');
      expect(await textOf(bridge, SHEET_MATRIX)).toEqual(before);
    });

    test('compare-and-set: a row that holds another person now is refused (rowChanged), nothing written', async () => {
      const bridge = await injected();
      const form = await openForm(bridge, 'Anna');
      const before = await textOf(bridge, SHEET_MATRIX);
      const wrong = bridge.writeRow({
        sheet: SHEET_MATRIX,
        headerRow: 1,
        row: form.row + 1,
        nameHeader: 'Naam',
        expectedName: 'Anna',
        cells: [{ header: AREA.header, expected: null, value: 4 }],
      });
      const error = await refusal(wrong);
      expect(error.key).toBe('rowChanged');
      expect(error.localized('nl')).toContain('Bram');
      expect(await textOf(bridge, SHEET_MATRIX)).toEqual(before);
    });

    test("change log: the first save adds it with the header in the panel's language of the moment", async () => {
      const bridge = await injected();
      bridge.setLanguage('en');
      await (await openForm(bridge, 'Anna')).save({ [AREA.header]: 4 });
      const log = await textOf(bridge, LOG_SHEET);
      expect(log[0]).toEqual([...LOG_HEADER.en]);
      expect(log[1]!.slice(1)).toEqual(['Anna', AREA.header, '', '4']);
      // A later Dutch save keeps the header and adds its row.
      bridge.setLanguage('nl');
      await (await openForm(bridge, 'Bram')).save({ [AREA.header]: 1 });
      const after = await textOf(bridge, LOG_SHEET);
      expect(after[0]).toEqual([...LOG_HEADER.en]);
      expect(
        after
          .slice(1)
          .map((row) => row[1])
          .sort(),
      ).toEqual(['Anna', 'Bram']);
    });

    test('change log: a Dutch panel writes the Dutch header, also when switched back before the first save', async () => {
      const bridge = await injected();
      bridge.setLanguage('en');
      bridge.setLanguage('nl');
      await (await openForm(bridge, 'Bram')).save({ [AREA.header]: 2 });
      expect((await textOf(bridge, LOG_SHEET))[0]).toEqual([...LOG_HEADER.nl]);
    });

    test('select: a row and column selects that cell, from another sheet too; no column from elsewhere: column A', async () => {
      const bridge = await injected();
      await bridge.selectRow(SHEET_DASHBOARD, 4, 2);
      expect(await bridge.getSelection()).toEqual({ sheet: SHEET_DASHBOARD, row: 4, column: 2 });
      await bridge.selectRow(SHEET_MATRIX, 3, 8);
      expect(await bridge.getSelection()).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 8 });
      await bridge.selectRow(SHEET_DASHBOARD, 2, 1);
      await bridge.selectRow(SHEET_MATRIX, 2);
      expect(await bridge.getSelection()).toEqual({ sheet: SHEET_MATRIX, row: 2, column: 1 });
    });

    test('snapshot: a values-only copy named by the day, " (2)" for the second of that day', async () => {
      const bridge = await injected();
      await (await openForm(bridge, 'Anna')).save({ [AREA.header]: 3 });
      const request = { sheet: SHEET_MATRIX, date: '2026-12-01' };
      expect(await bridge.saveSnapshot(request)).toBe('Scan 2026-12-01');
      expect(await bridge.saveSnapshot(request)).toBe('Scan 2026-12-01 (2)');
      const sheets = await bridge.listSheets();
      expect(sheets).toEqual(expect.arrayContaining([SHEET_MATRIX, 'Scan 2026-12-01', 'Scan 2026-12-01 (2)']));
      expect(await textOf(bridge, 'Scan 2026-12-01')).toEqual(await textOf(bridge, SHEET_MATRIX));
      const copy = await bridge.readSheet('Scan 2026-12-01', { formulas: true });
      expect((copy.formulas ?? []).flat().filter((formula) => formula !== null && formula !== '')).toEqual([]);
    });

    test('formula: inserted at the active cell it reads back as a formula; removed only while it is the same', async () => {
      const bridge = await injected();
      const at = { sheet: SHEET_DASHBOARD, row: 30, column: 2 };
      await bridge.selectRow(at.sheet, at.row, at.column);
      await bridge.insertFormula('=1+2');
      const read = await bridge.readSheet(at.sheet, { formulas: true });
      expect(read.formulas?.[at.row - 1]?.[at.column - 1]).toBe('=1+2');
      expect(await bridge.removeFormula!(at, '=1+3')).toBe(false);
      expect(await bridge.removeFormula!(at, '= 1 + 2')).toBe(true);
      const after = await bridge.readSheet(at.sheet, { formulas: true });
      expect(after.formulas?.[at.row - 1]?.[at.column - 1] ?? null).toBeNull();
      expect(cellText(after.grid.values[at.row - 1]?.[at.column - 1])).toBe('');
    });
  });
}
