// The preview computes VOORTGANG / PROGRESS with the Ontwikkelplan sheet as its last argument from its own sheets as
// the hosts do, spilled with the goals row, and shows a plan sheet's refusal naming the real cell.

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
    'Scan 2026-06-01': [
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 1, 4],
      ['Bram', null, 1],
    ],
    Ontwikkelplan: [
      HEADER,
      // Coach 1 → 2: reached since when Doel is 2.
      ['Anna', 'Coach', null, null, goal, 'Intervisie', 'Bram', 'mei', 'open'],
      // Reached in both rounds: not since.
      ['Anna', 'Adviseur', null, null, 3, 'Al bereikt', null, null, null],
      ['Zoë', 'Coach', null, null, 2, null, null, null, null],
    ],
    Voortgang: [[{ formula }]],
  });
}

const WITH_PLAN = "=VOORTGANG(Teammatrix!A1:C3,'Scan 2026-06-01'!A1:C3,,,,,Ontwikkelplan!A1:I4)";

test('the goals row spills below the areas, as wide as the table', () => {
  const { values, errors } = computeSheet(book(2, WITH_PLAN), 'Voortgang');
  expect([...errors.values()]).toEqual([]);
  // Header and the six npuls areas, then the goals row.
  expect(values[0]!.slice(0, 6)).toEqual([
    'Gebied',
    'Gedekt eerder',
    'Gedekt nu',
    'Verschil',
    'Status eerder',
    'Status nu',
  ]);
  expect(values[7]!.slice(0, 6)).toEqual([
    'Doelen bereikt sinds eerder',
    '1 van 3',
    'Niet in de matrix: Zoë',
    '',
    '',
    '',
  ]);
  expect(values[8]?.[0] ?? '').toBe('');
});

test('PROGRESS speaks English; without the plan the table ends with its areas', () => {
  const english = computeSheet(book(2, WITH_PLAN.replace('VOORTGANG', 'PROGRESS')), 'Voortgang').values;
  expect(english[7]!.slice(0, 3)).toEqual(['Goals reached since before', '1 of 3', 'Not in the matrix: Zoë']);
  const plain = computeSheet(book(2, "=VOORTGANG(Teammatrix!A1:C3,'Scan 2026-06-01'!A1:C3)"), 'Voortgang').values;
  expect(plain[6]?.[0]).toBe('Innovator');
  expect(plain[7]?.[0] ?? '').toBe('');
});

test("a Doel that is no level shows as an error naming the plan sheet's cell", () => {
  const { errors } = computeSheet(book('hoog', WITH_PLAN), 'Voortgang');
  expect([...errors.values()]).toEqual(['Cel Ontwikkelplan!E2: het doel "hoog" is geen niveau van 0 tot 4.']);
});
