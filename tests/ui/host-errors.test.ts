// Every host error (Excel add-in and Google Sheets) carries a key and is shown in the panel's language of the
// moment: thrown through the bridge or the endpoint, then read in Dutch and, after a switch, in English.

import { ExcelBridge } from '../../addin/excel/bridge';
import { ADDIN_ERRORS, AddinError, type AddinErrorKey } from '../../addin/texts';
import { ENDPOINTS, type ServerApi, type ServerMethod, type WireResult } from '../../appsscript/api';
import { SHEETS_ERRORS, SheetsError, type SheetsErrorKey } from '../../appsscript/sheets-errors';
import { rebuildError, ServerClient } from '../../appsscript/sidebar/client';
import type { RowWrite } from '../../shared/host/bridge';
import { CORE_MESSAGES } from '../../shared/i18n/core-messages';
import { fillTemplate, KeyedError, type MessageParams } from '../../shared/i18n/keyed-error';
import type { Language, Localized } from '../../shared/i18n/language';
import type { Grid } from '../../shared/matrix/grid';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { errorText } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX, type WorkbookPlan } from '../../shared/workbook/plan';
import { typeInto } from '../addin/fake/user';
import { emptySheet, type FakeSheet, fakeExcel } from '../addin/fake-excel';
import { teamSheet } from '../addin/team-sheet';
import { columnOf } from '../appsscript/fake/edits';
import { type LoadedGas, loadGas } from '../appsscript/fake/load-gas';
import { scriptRunOver } from '../appsscript/fake/script-run';

const profile = builtinProfileOrFail('npuls');

function planFor(names: string[], existing?: Grid['values']): WorkbookPlan {
  return buildWorkbookPlan({
    profile,
    detail: 'gebieden',
    lang: 'nl',
    names,
    ...(existing ? { existingMatrix: { values: existing } } : {}),
  });
}

/** The promise's rejection (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

/** What the panel shows in Dutch, then in English after the user switches, for an error of a table entry. */
function expectShownInBothLanguages(error: unknown, table: Record<string, Localized>, key: string): void {
  expect(error).toBeInstanceOf(KeyedError);
  const keyed = error as KeyedError;
  expect(keyed.key).toBe(key);
  const expected = (lang: Language) => fillTemplate(table[key]![lang], keyed.params);
  expect(errorText(error, 'nl')).toBe(expected('nl'));
  expect(errorText(error, 'en')).toBe(expected('en'));
  // Every parameter is filled in, and the two languages really differ.
  expect(`${errorText(error, 'nl')} ${errorText(error, 'en')}`).not.toMatch(/\{\w+\}/);
  expect(errorText(error, 'en')).not.toBe(errorText(error, 'nl'));
}

describe('the keyed error', () => {
  it('is translated with the table it was built with, whatever the language it was thrown in', () => {
    const table = { hello: { nl: 'Hallo {name}', en: 'Hello {name}' } };
    const error = new KeyedError('test', table, 'hello', { name: 'Anna' });
    expect(error.message).toBe('Hallo Anna');
    expect(errorText(error, 'en')).toBe('Hello Anna');
    expect(errorText(error, 'nl')).toBe('Hallo Anna');
    expect(errorText(new Error('plain'), 'en')).toBe('plain');
  });

  it('sheetChanged is one sentence of the core, no longer in either host table', () => {
    expect(CORE_MESSAGES.sheetChanged.en).toMatch(/changed since the injection was prepared/);
    expect(Object.hasOwn(ADDIN_ERRORS, 'sheetChanged')).toBe(false);
    expect(Object.hasOwn(SHEETS_ERRORS, 'sheetChanged')).toBe(false);
  });
});

describe('Excel: every add-in error, through the ExcelBridge', () => {
  /** One way to make the bridge throw each key, on a bridge built in Dutch (Office locale nl-NL). */
  const scenarios: Record<AddinErrorKey, () => Promise<unknown>> = {
    sheetTooLarge: () => {
      const matrix = teamSheet();
      typeInto(matrix, 1_048_575, 16_383, 'x'); // a stray value in XFD1048576
      return rejection(new ExcelBridge(fakeExcel({ sheets: [matrix] }).run, 'nl-NL').readSheet(SHEET_MATRIX));
    },
    workbookInactive: () => {
      const excel = fakeExcel({ sheets: [teamSheet()] });
      excel.book.inactive = true;
      return rejection(new ExcelBridge(excel.run, 'nl-NL').readSheet(SHEET_MATRIX));
    },
    cellEditMode: () => {
      const excel = fakeExcel({ sheets: [teamSheet()], cellEditMode: true });
      return rejection(new ExcelBridge(excel.run, 'nl-NL').readSheet(SHEET_MATRIX));
    },
    workbookProtected: () => {
      const excel = fakeExcel({ structureProtected: true });
      return rejection(new ExcelBridge(excel.run, 'nl-NL').applyPlan(planFor(['Jan'])));
    },
    sheetProtected: async () => {
      const matrix = teamSheet();
      matrix.protected = true;
      const bridge = new ExcelBridge(fakeExcel({ sheets: [matrix] }).run, 'nl-NL');
      const existing = (await bridge.readSheet(SHEET_MATRIX)).grid.values;
      return rejection(bridge.applyPlan(planFor(['Jan', 'Nieuw'], existing)));
    },
    tableElsewhere: () => {
      const other: FakeSheet = teamSheet();
      other.name = 'Blad1';
      other.tables.push({ name: SHEET_MATRIX, address: 'A1:F4' });
      return rejection(new ExcelBridge(fakeExcel({ sheets: [other] }).run, 'nl-NL').applyPlan(planFor(['Jan'])));
    },
    otherTable: async () => {
      const matrix = teamSheet();
      matrix.tables.push({ name: 'Tabel1', address: 'A1:F4' });
      const bridge = new ExcelBridge(fakeExcel({ sheets: [matrix] }).run, 'nl-NL');
      const existing = (await bridge.readSheet(SHEET_MATRIX)).grid.values;
      return rejection(bridge.applyPlan(planFor(['Jan', 'Nieuw'], existing)));
    },
    injectionFailed: async () => {
      // Excel rejects one command of the write batch (sync 3): the applier rolls back and says so.
      for (let op = 0; op < 200; op++) {
        const excel = fakeExcel(undefined, { failAt: (at) => at.run === 0 && at.sync === 3 && at.op === op });
        const error = await rejection(new ExcelBridge(excel.run, 'nl-NL').applyPlan(planFor(['Jan'])));
        if (error instanceof AddinError && error.key === 'injectionFailed') return error;
      }
      throw new Error('no failing command led to injectionFailed');
    },
    sheetMissing: () => {
      const bridge = new ExcelBridge(fakeExcel({ sheets: [teamSheet()] }).run, 'nl-NL');
      const write: RowWrite = {
        sheet: 'Team',
        headerRow: 1,
        row: 2,
        nameHeader: 'Naam',
        expectedName: 'Jan',
        cells: [],
      };
      return rejection(bridge.writeRow(write));
    },
    snapshotNameTaken: () => {
      // A colleague adds a sheet of the snapshot's name between the save's syncs (as in tests/addin/snapshot.test.ts).
      const excel = fakeExcel(
        { sheets: [teamSheet()] },
        {
          beforeSync: ({ run, sync }) => {
            if (run === 0 && sync === 2) excel.book.sheets.push(emptySheet('Scan 2026-12-01'));
          },
        },
      );
      return rejection(new ExcelBridge(excel.run, 'nl-NL').saveSnapshot({ sheet: SHEET_MATRIX, date: '2026-12-01' }));
    },
    tableMissing: () => {
      const bridge = new ExcelBridge(fakeExcel({ sheets: [teamSheet()] }).run, 'nl-NL');
      return rejection(bridge.insertFormula('=TEAMSCAN.DEKKING(Teammatrix[#All])'));
    },
  };

  for (const key of Object.keys(ADDIN_ERRORS) as AddinErrorKey[]) {
    it(`${key}: an AddinError with its key, shown in Dutch and then in English`, async () => {
      const error = await scenarios[key]();
      expect(error).toBeInstanceOf(AddinError);
      expectShownInBothLanguages(error, ADDIN_ERRORS, key);
    });
  }

  it('sheetChanged (shared with Sheets): the core error, shown in Dutch and then in English', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const plan = planFor(['Jan', 'Piet', 'Anna', 'Nieuw'], (await bridge.readSheet(SHEET_MATRIX)).grid.values);
    typeInto(excel.book.sheets[0]!, 4, 0, 'Fatima'); // the row the plan gives Nieuw
    const error = await rejection(bridge.applyPlan(plan));
    expectShownInBothLanguages(error, CORE_MESSAGES, 'sheetChanged');
  });

  it('a bridge made in Dutch refuses in the language the panel has switched to (the frozen-language defect)', async () => {
    const bridge = new ExcelBridge(fakeExcel({ sheets: [teamSheet()] }).run, 'nl-NL');
    const error = await rejection(bridge.insertFormula('=TEAMSCAN.COVERAGE(Teammatrix[#All])'));
    expect(errorText(error, 'en')).toBe(
      'This workbook has no table Teammatrix, so the formula would give #REF!. Nothing was inserted; inject the profile (Insert tab) or use a cell range.',
    );
  });

  it('the texts the bridge writes itself follow the panel language too', async () => {
    const bridge = new ExcelBridge(fakeExcel().run, 'nl-NL');
    bridge.setLanguage('en');
    const steps: string[] = [];
    await bridge.applyPlan(planFor(['Jan']), (progress) => steps.push(progress.step));
    expect(steps).toEqual(['Checking the workbook…', 'Writing the sheets…', 'Done.']);
  });
});

/** Calls an endpoint the way the sidebar does (in Dutch, as the panel first opened), resolving to its refusal. */
function refusal<K extends ServerMethod>(loaded: LoadedGas, method: K, ...args: Parameters<ServerApi[K]>) {
  return rejection(new ServerClient(scriptRunOver(loaded)).call(method, ...args));
}

function injected(): LoadedGas {
  const loaded = loadGas();
  expect(loaded.call(ENDPOINTS.applyPlan, planFor(['Anna', 'Bert']), 'nl')).toEqual({ ok: true, value: null });
  return loaded;
}

describe('Google Sheets: every host error, over the endpoint and the wire to the sidebar', () => {
  const validWrite = (loaded: LoadedGas): RowWrite => {
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    return {
      sheet: SHEET_MATRIX,
      headerRow: 1,
      row: 2,
      nameHeader: 'Naam',
      expectedName: 'Anna',
      cells: [{ header: matrix.valueAt(1, columnOf(matrix, 'Adviseur')) as string, expected: null, value: 3 }],
    };
  };

  const scenarios: Record<SheetsErrorKey, () => Promise<unknown>> = {
    busy: () => {
      const loaded = injected();
      loaded.gas.lock.contended = true;
      return refusal(loaded, 'writeRow', validWrite(loaded), 'nl');
    },
    missingSheet: () => refusal(injected(), 'selectRow', 'Team', 2),
    badRow: () => {
      // A whole row within Sheets' limits (the core's check) that the sheet does not have.
      const loaded = injected();
      return refusal(loaded, 'writeRow', { ...validWrite(loaded), row: 5000 }, 'nl');
    },
    badCellValue: async () => {
      // No copy of google.script.run carries a NaN (JSON has none): the endpoint is called directly, in the script's
      // realm, and only its answer crosses the wire.
      const plan = planFor(['Anna']);
      const names = plan.sheets
        .find((candidate) => candidate.name === SHEET_MATRIX)!
        .blocks.find((block) => block.values.some((row) => row.includes('Anna')))!;
      const row = names.values.find((cells) => cells.includes('Anna')) as unknown[];
      row[row.indexOf('Anna')] = Number.NaN;
      const answer = loadGas().call(ENDPOINTS.applyPlan, plan, 'nl');
      return rebuildError(JSON.parse(JSON.stringify(answer)));
    },
    notAFormula: () => refusal(injected(), 'insertFormula', 'SOM(A1)', 'nl'),
  };

  for (const key of Object.keys(SHEETS_ERRORS) as SheetsErrorKey[]) {
    it(`${key}: rebuilt in the sidebar as a SheetsError, shown in Dutch and then in English`, async () => {
      const error = await scenarios[key]();
      expect(error).toBeInstanceOf(SheetsError);
      expectShownInBothLanguages(error, SHEETS_ERRORS, key);
    });
  }

  it('sheetChanged (shared with Excel): rebuilt as the core error, shown in Dutch and then in English', async () => {
    const loaded = injected();
    const existing = (loaded.call(ENDPOINTS.readSheet, SHEET_MATRIX) as { value: { values: Grid['values'] } }).value;
    const plan = planFor(['Anna', 'Bert', 'Chris'], existing.values);
    loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!.write(4, 1, "'Dana"); // the row the plan gives Chris
    const error = await refusal(loaded, 'applyPlan', plan, 'nl');
    expectShownInBothLanguages(error, CORE_MESSAGES, 'sheetChanged');
  });

  it('selectRow refuses in the panel language, not always in Dutch (the selectRow defect)', async () => {
    const error = await refusal(injected(), 'selectRow', 'Team', 2);
    expect(errorText(error, 'en')).toBe('The sheet Team does not exist (any more). Nothing was saved.');
  });

  it('a key from no known table keeps the server text', () => {
    const params: MessageParams = { sheet: 'X' };
    const unknown = rebuildError({ ok: false, message: 'server text', source: 'sheets', key: 'nope', params });
    expect(unknown).not.toBeInstanceOf(KeyedError);
    expect(unknown.message).toBe('server text');
    const wrongTable = rebuildError({ ok: false, message: 'server text', source: 'core', key: 'busy' });
    expect(wrongTable.message).toBe('server text');
  });

  it('a wire answer names its table', () => {
    const answer = loadGas().call(ENDPOINTS.selectRow, 'Team', 2) as WireResult<null>;
    expect(answer).toEqual({
      ok: false,
      source: 'sheets',
      key: 'missingSheet',
      params: { sheet: 'Team' },
      // The server carries no texts of its own refusals: the sidebar words them from the key.
      message: 'missingSheet',
    });
  });
});
