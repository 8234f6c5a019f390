// The preview computes ONTWIKKELPLAN / DEVPLAN from its own sheets as the hosts do, spilled, and shows a plan sheet's
// refusal naming the real cell.

import { computeSheet } from '../../preview/evaluate';
import type { PreviewWorkbook } from '../../preview/workbook';
import { workbookOf as workbook } from './helpers';

const HEADER = ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'];

function book(goal: string | number, formula: string): PreviewWorkbook {
  return workbook({
    Teammatrix: [
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 2, 4],
      ['Bram', null, 1],
    ],
    Ontwikkelplan: [
      HEADER,
      ['Anna', 'Coach', null, null, goal, 'Intervisie', 'Bram', 'mei', 'open'],
      ['Anna', 'Adviseur', null, null, 3, 'Al bereikt', null, null, null],
    ],
    Gesprek: [[{ formula }]],
  });
}

test('the open goals spill from the formula cell; a goal reached is left out', () => {
  const { values, errors } = computeSheet(
    book(3, '=ONTWIKKELPLAN(Ontwikkelplan!A1:I3,"Anna",Teammatrix!A1:C3)'),
    'Gesprek',
  );
  expect([...errors.values()]).toEqual([]);
  expect(values.slice(0, 2).map((row) => row.slice(0, 7))).toEqual([
    ['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer'],
    ['Coach', '', 2, 3, 'Intervisie', 'Bram', 'mei'],
  ]);
  expect(values[2]?.[0] ?? '').toBe('');
});

test('DEVPLAN gives English headers; a person without goals gets the header only', () => {
  const { values } = computeSheet(book(3, '=DEVPLAN(Ontwikkelplan!A1:I3,"Bram",Teammatrix!A1:C3)'), 'Gesprek');
  expect(values[0]!.slice(0, 7)).toEqual(['Area', 'Competency', 'Now', 'Goal', 'Action', 'With whom', 'When']);
  expect(values[1]?.[0] ?? '').toBe('');
});

test("a Doel that is no level shows as an error naming the plan sheet's cell", () => {
  const { errors } = computeSheet(
    book('hoog', '=ONTWIKKELPLAN(Ontwikkelplan!A1:I3,"Anna",Teammatrix!A1:C3)'),
    'Gesprek',
  );
  expect([...errors.values()]).toEqual(['Cel Ontwikkelplan!E2: het doel "hoog" is geen niveau van 0 tot 4.']);
});
