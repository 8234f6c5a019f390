// The panel's side of a save, for tests on any HostBridge: read a person's row, then save changes by header.

import type { HostBridge } from '../../shared/host/bridge';
import { plainCellValue } from '../../shared/host/row-write';
import { cellText } from '../../shared/matrix/grid';
import { personKey } from '../../shared/text/normalize';

export interface OpenForm {
  /** 1-based sheet row the form read the person from. */
  readonly row: number;
  /** Saves the changes (header → new value) compare-and-set against what the form loaded. */
  save(changes: Readonly<Record<string, string | number | null>>): Promise<void>;
}

/**
 * What the panel does when a row is selected: read the sheet (header in row 1, names in the first column) and
 * keep that person's row as loaded; a save stamps Bijgewerkt.
 */
export async function openForm(bridge: HostBridge, name: string, sheet = 'Teammatrix'): Promise<OpenForm> {
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
        nameHeader: cellText(header[0]),
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
