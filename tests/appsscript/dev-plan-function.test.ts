// ONTWIKKELPLAN / DEVPLAN as Sheets runs a custom function: "" for empty cells, read-only services, the core's
// answer; a plan sheet's refusal names the real cell in the formula's language.

import { runFormula } from '../../shared/formulas/registry';
import { callAsCustomFunction } from './fake/custom-function';
import { loadGas } from './fake/load-gas';

const MATRIX = [
  ['Naam', 'Adviseur', 'Coach', 'COA-K1'],
  ['Anna', 1, 3, 2],
  ['Bram', 4, '', ''],
];
const HEADER = ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'];
const PLAN = [
  HEADER,
  ['Anna', 'Adviseur', '', '', 3, 'Meelopen', 'Bram', 'mei', 'open'],
  ['Anna', 'Coach', '', '', 2, 'Bereikt al', '', '', ''],
  ['Bram', 'Coach', '', '', 2, 'Cursus', '', '2027', ''],
  ['', '', '', '', '', '', '', '', ''],
];

describe('ONTWIKKELPLAN in the Apps Script runtime', () => {
  const loaded = loadGas();

  it('gives the core answer under both names, reading nothing it may not', () => {
    for (const [name, lang] of [
      ['ONTWIKKELPLAN', 'nl'],
      ['DEVPLAN', 'en'],
    ] as const) {
      const run = callAsCustomFunction(loaded, name, PLAN, 'Anna', MATRIX);
      expect(run.refused).toEqual([]);
      expect(run.result).toEqual(runFormula('ONTWIKKELPLAN', [PLAN, 'Anna', MATRIX], { lang }));
    }
    // Bram's Coach cell is empty (""): his goal is open with Nu empty.
    expect(callAsCustomFunction(loaded, 'ONTWIKKELPLAN', PLAN, 'Bram', MATRIX).result).toEqual([
      ['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer'],
      ['Coach', '', '', 2, 'Cursus', '', '2027'],
    ]);
  });

  it('an empty plan and a person without goals give the header only', () => {
    const empty = PLAN.map((row) => row.map(() => ''));
    const header = [['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer']];
    expect(callAsCustomFunction(loaded, 'ONTWIKKELPLAN', empty, 'Anna', MATRIX).result).toEqual(header);
    const bramOnly = PLAN.filter((row) => row[0] !== 'Bram');
    expect(callAsCustomFunction(loaded, 'ONTWIKKELPLAN', bramOnly, 'Bram', MATRIX).result).toEqual(header);
  });

  it('a Doel that is no level is refused with the real cell, in the formula language', () => {
    const bad = PLAN.map((row, r) => (r === 3 ? ['Bram', 'Coach', '', '', 'veel', '', '', '', ''] : row));
    const sheet = loaded.gas.spreadsheet.insertSheet('Gesprek');
    sheet.write(2, 2, '=DEVPLAN(Ontwikkelplan!A1:I5,"Bram",Teammatrix!A1:D3)');
    loaded.gas.callingCell = sheet.getRange(2, 2);
    try {
      expect(() => callAsCustomFunction(loaded, 'DEVPLAN', bad, 'Bram', MATRIX)).toThrow(
        'Cell Ontwikkelplan!E4: the goal "veel" is not a level from 0 to 4.',
      );
    } finally {
      loaded.gas.callingCell = null;
    }
  });
});
