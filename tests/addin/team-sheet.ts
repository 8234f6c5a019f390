// A small Teammatrix for the ExcelBridge tests, and the panel's side of a save: open a person's row as the form
// reads it (through readSheet), then save changes named by header with the values the form loaded.

import type { ExcelBridge } from '../../addin/excel/bridge';
import { plainCellValue } from '../../shared/host/row-write';
import { cellText } from '../../shared/matrix/grid';
import { personKey } from '../../shared/text/normalize';
import { fill } from './fake/user';
import { emptySheet, type FakeSheet } from './fake-excel';

export const HEADER = ['Naam', 'Rol', 'Bijgewerkt', 'ADV-K1', 'ADV-K2', 'Buddy'];

export function teamSheet(): FakeSheet {
  return fill(emptySheet('Teammatrix'), [
    HEADER,
    ['Jan', 'adviseur', '', 2, '', ''],
    ['Piet', '', '', 1, 3, ''],
    ['Anna', 'coach', '', '', 4, 'Jan'],
  ]);
}

export interface OpenForm {
  /** 1-based sheet row the form read the person from. */
  readonly row: number;
  /** Saves the changes (header → new value) compare-and-set against what the form loaded. */
  save(changes: Readonly<Record<string, string | number | null>>): Promise<void>;
}

/** What the panel does when a row is selected: read the sheet and keep that person's row as loaded. */
export async function openForm(bridge: ExcelBridge, name: string, sheet = 'Teammatrix'): Promise<OpenForm> {
  const snapshot = await bridge.readSheet(sheet);
  const [header = [], ...rows] = snapshot.grid.values;
  const index = rows.findIndex((row) => personKey(cellText(row[0])) === personKey(name));
  if (index < 0) throw new Error(`${name} is not in ${sheet}`);
  const loaded = rows[index]!;
  const row = index + 2;
  return {
    row,
    save: (changes) =>
      bridge.writeRow({
        sheet,
        headerRow: 1,
        row,
        nameHeader: 'Naam',
        expectedName: name,
        cells: Object.entries(changes).map(([column, value]) => ({
          header: column,
          expected: plainCellValue(loaded[header.findIndex((cell) => cellText(cell) === column)]),
          value,
        })),
        updatedHeader: 'Bijgewerkt',
      }),
  };
}
