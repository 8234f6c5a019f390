// The scan form as the sidebar loads it in the Apps Script harness: reads the matrix, then builds saves by header.

import { fromWire, type WireCell } from '../../appsscript/api';
import type { RowWrite } from '../../shared/host/bridge';
import { plainCellValue } from '../../shared/host/row-write';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import type { LoadedGas } from './fake/load-gas';

/** The form as the panel loads it: the sheet through teamscanReadSheet, dates revived as the sidebar does. */
export function loadForm(loaded: LoadedGas) {
  const values = (loaded.call('teamscanReadSheet', SHEET_MATRIX) as { value: { values: WireCell[][] } }).value.values;
  const header = values[0]!.map(String);
  loaded.gas.log.length = 0;
  return {
    /** Builds the save of `row` (1-based) with the changed cells by header, as the panel's buildRowWrite does. */
    write(row: number, changes: Record<string, string | number | null>): RowWrite {
      const loadedRow = values[row - 1]!.map(fromWire);
      return {
        sheet: SHEET_MATRIX,
        headerRow: 1,
        row,
        nameHeader: header[0]!,
        expectedName: String(loadedRow[0]),
        cells: Object.entries(changes).map(([name, value]) => ({
          header: name,
          expected: plainCellValue(loadedRow[header.indexOf(name)]),
          value,
        })),
        updatedHeader: 'Bijgewerkt',
      };
    },
  };
}

/** Saves through the endpoint as the sidebar does. */
export const save = (loaded: LoadedGas, write: RowWrite, lang: 'nl' | 'en' = 'nl'): any =>
  loaded.call('teamscanWriteRow', write, lang);
