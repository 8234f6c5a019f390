// The preview computes plain formulas as a spreadsheet does (the Dekking norms table's =IF($B$2="","",$B$2)), and
// a Teamscan function reads their results, not their text.

import { computeSheet } from '../../preview/evaluate';
import { workbookOf as workbook } from './helpers';

test('a plain formula shows its result; an empty input stays empty, never 0; errors and cycles show as errors', () => {
  const book = workbook({
    Blad: [
      [{ formula: '=IF($B$1="","",$B$1)' }, 3, { formula: '=IF($D$1="","",$D$1)' }, null],
      [{ formula: '=$D$1' }, { formula: '=A2+B1' }, { formula: '=NA()' }, { formula: '=$D$2' }],
      [{ formula: '=Ander!A1&"!"' }, { formula: '=ONBEKEND(1)' }],
    ],
    Ander: [['hoi']],
  });
  const { values } = computeSheet(book, 'Blad');
  expect(values[0]!.slice(0, 3)).toEqual([3, 3, '']);
  // A reference to an empty cell shows 0, as in a spreadsheet; the IF above keeps the norms table's cell empty.
  expect(values[1]).toEqual([0, 3, '#N/A', '#VALUE!']);
  expect(values[2]).toEqual(['hoi!', '#VALUE!']);
});

test('a Teamscan function given a range of plain formulas reads what they show', () => {
  const book = workbook({
    Teammatrix: [
      ['Naam', 'Coach'],
      ['Anna', 2],
      ['Bram', 3],
    ],
    Dekking: [
      ['Drempel', 3],
      ['Gebied', 'Drempel', 'Doel'],
      ['Coach', { formula: '=IF($B$1="","",$B$1)' }, null],
      [{ formula: '=GEDEKT(Teammatrix!A1:B3,"coach",$A$2:$C$3)' }],
    ],
  });
  const { values, errors } = computeSheet(book, 'Dekking');
  expect([...errors.values()]).toEqual([]);
  expect(values[2]![1]).toBe(3);
  // Only Bram reaches the threshold 3 the norms row shows (the formula's text would have been an error).
  expect(values[3]![0]).toBe(1);
});
