// VOORTGANG / PROGRESS with the Ontwikkelplan sheet as its last argument, as Sheets runs the built custom function:
// "" for empty cells, read-only services, the core's table with its goals row; a bad plan cell named by its real cell.

import { runFormula } from '../../shared/formulas/registry';
import { callAsCustomFunction } from './fake/custom-function';
import { loadGas } from './fake/load-gas';

// Apps Script hands a range over as rows of values, "" for an empty cell (guides/sheets/functions: "Data types").
const BEFORE = [
  ['Naam', 'Adviseur', 'Coach'],
  ['Anna', 1, 3],
  ['Bram', 4, ''],
];
const NOW = [
  ['Naam', 'Adviseur', 'Coach'],
  ['Anna', 3, 3],
  ['Bram', 4, 2],
];
const HEADER = ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'];
const PLAN = [
  HEADER,
  ['Anna', 'Adviseur', '', '', 3, 'Meelopen', 'Bram', 'mei', 'open'],
  ['Anna', 'Coach', '', '', 2, 'Al bereikt', '', '', ''],
  // Bram's Coach was empty ("") and is 2 now: reached since.
  ['Bram', 'Coach', '', '', 2, 'Cursus', '', '2027', ''],
  ['Dewi', 'Coach', '', '', 3, '', '', '', ''],
  ['', '', '', '', '', '', '', '', ''],
];

/** matrix, eerder, then drempel, doel, profiel and schaal as empty cells, then the plan. */
const args = (plan: unknown) => [NOW, BEFORE, '', '', '', '', plan];

describe('VOORTGANG with a plan in the Apps Script runtime', () => {
  const loaded = loadGas();

  it('gives the core answer under both names with the goals row, reading nothing it may not', () => {
    for (const [name, lang] of [
      ['VOORTGANG', 'nl'],
      ['PROGRESS', 'en'],
    ] as const) {
      const run = callAsCustomFunction(loaded, name, ...args(PLAN));
      expect(run.refused).toEqual([]);
      expect(run.result).toEqual(runFormula('VOORTGANG', args(PLAN), { lang }));
    }
    const table = callAsCustomFunction(loaded, 'VOORTGANG', ...args(PLAN)).result as unknown[][];
    expect(table.at(-1)).toEqual(['Doelen bereikt sinds eerder', '2 van 4', 'Niet in de matrix: Dewi', '', '', '']);
  });

  it('without the plan, or with it left empty, the table is the one it was', () => {
    const plain = callAsCustomFunction(loaded, 'VOORTGANG', NOW, BEFORE).result as unknown[][];
    expect(plain.some((row) => row[0] === 'Doelen bereikt sinds eerder')).toBe(false);
    expect(callAsCustomFunction(loaded, 'VOORTGANG', ...args('')).result).toEqual(plain);
  });

  it('a Doel that is no level is refused with the real cell, in the formula language', () => {
    const bad = PLAN.map((row, r) => (r === 3 ? ['Bram', 'Coach', '', '', 'veel', '', '', '', ''] : row));
    const sheet = loaded.gas.spreadsheet.insertSheet('Voortgang');
    sheet.write(2, 2, "=PROGRESS(Teammatrix!A1:C3,'Scan 2026-06-01'!A1:C3,,,,,Ontwikkelplan!B3:J8)");
    loaded.gas.callingCell = sheet.getRange(2, 2);
    try {
      expect(() => callAsCustomFunction(loaded, 'PROGRESS', ...args(bad))).toThrow(
        'Cell Ontwikkelplan!F6: the goal "veel" is not a level from 0 to 4.',
      );
    } finally {
      loaded.gas.callingCell = null;
    }
  });
});
