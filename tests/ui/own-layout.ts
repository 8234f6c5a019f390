// Test fixture: a preview workbook whose only sheet holds an own-layout matrix (title, header in row 3, a note below).

import { PreviewBridge } from '../../preview/bridge';
import { WorkbookStore } from '../../preview/store';
import { emptySheet, type PreviewSheet, type StoredCell } from '../../preview/workbook';
import { FIXED_NOW } from '../preview/helpers';

/** Blad1: a title, a header in row 3 with an extra column, three people, an instruction line under the matrix. */
export const OWN_LAYOUT: StoredCell[][] = [
  ['Vaardigheden team 2025'],
  [],
  ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur', 'Didacticus'],
  ['Anna', 'ICT', 3, 2, 1, 0],
  ['Bram', 'OW', 2, 3, null, 1],
  ['Cem', 'OW', 1, 1, 2, 2],
  [],
  ['Let op: vul 0 tot 4 in'],
];

export function ownLayoutBridge(cells: StoredCell[][] = OWN_LAYOUT, row = 1) {
  const store = new WorkbookStore();
  const sheet: PreviewSheet = { ...emptySheet('Blad1'), cells: cells.map((line) => [...line]) };
  store.set({ sheets: [sheet], active: { sheet: 'Blad1', row, column: 1 } });
  return { store, bridge: new PreviewBridge(store, 'nl-NL', () => FIXED_NOW) };
}
