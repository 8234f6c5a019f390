// The short level formula of the no-install workbook reads every cell as the long formula it replaced did, and as
// the core reads the accepted spellings (docs/design.md#3-levels-and-cell-values).

import fc from 'fast-check';
import { readLevel } from '../../shared/levels/parse';
import { lookupTable, planResults } from '../../shared/workbook/native';
import { type LevelCodeTable, levelCodeExpression, rangeRef } from '../../shared/workbook/native/syntax';
import type { PlanCell } from '../../shared/workbook/plan';
import { oneSheetPlan, PLAN_SHEET } from '../support/one-sheet-plan';

const table = lookupTable();
const rows = table.entries.length;
/** The bare labels and marks: the entries before the first one with a digit. */
const labelCount = table.entries.findIndex((entry) => /[0-9]/.test(entry.key));

/** The formula the workbook wrote before, kept here as the reference the short one must agree with. */
function longExpression(x: string): string {
  const keys = rangeRef(0, 0, rows, 1);
  const values = rangeRef(0, 1, rows, 1);
  const labelKeys = rangeRef(0, 0, labelCount, 1);
  const labelValues = rangeRef(0, 1, labelCount, 1);
  const trimmed = `TRIM(${x})`;
  const stripped = `SUBSTITUTE(SUBSTITUTE(${trimmed},".","")," ","")`;
  const wildcard = `OR(ISNUMBER(FIND("*",${x})),ISNUMBER(FIND("?",${x})),ISNUMBER(FIND("~",${x})))`;
  const lookup =
    `IFERROR(INDEX(${values},MATCH(${trimmed},${keys},0)),` +
    `IF(INDEX(${labelValues},MATCH(${stripped},${labelKeys},0))=-2,-2,NA()))`;
  return (
    `IF(ISLOGICAL(${x}),IF(${x},2,0),IF(ISNUMBER(${x}),IF(AND(${x}>=0,${x}<=4),${x},NA()),` +
    `IF(LEN(${trimmed})=0,-1,IF(${wildcard},NA(),${lookup}))))`
  );
}

const shortTable: LevelCodeTable = {
  table: rangeRef(0, 0, rows, 2),
  notApplicable: rangeRef(0, 0, table.notApplicableCount, 2),
};

const formula = (text: string): PlanCell => ({ formula: { kind: 'native', text: `=${text}` } });

/** Column A/B the look-up table, column D the cells, E the long formula and F the short one: both results per cell. */
function readBoth(cells: readonly PlanCell[]): { long: unknown; short: unknown }[] {
  const values = Array.from({ length: Math.max(rows, cells.length) }, (_, r): PlanCell[] => {
    const entry = table.entries[r];
    const x = `D${r + 1}`;
    return [
      entry?.key ?? null,
      entry?.value ?? null,
      null,
      cells[r] ?? null,
      r < cells.length ? formula(longExpression(x)) : null,
      r < cells.length ? formula(levelCodeExpression(x, shortTable)) : null,
    ];
  });
  const results = planResults(oneSheetPlan(values));
  return cells.map((_, r) => ({ long: results(PLAN_SHEET, r, 4), short: results(PLAN_SHEET, r, 5) }));
}

/** A spelling of a table key as a person may type it: other case, spaces around, dots and spaces inside. */
const typedKey = fc
  .tuple(
    fc.constantFrom(...table.entries.map((entry) => entry.key)),
    fc.array(fc.boolean(), { maxLength: 20 }),
    fc.constantFrom('', ' ', '  '),
    fc.constantFrom('', '.', ' ', '. ', '*', '?', '~'),
  )
  .map(([key, upper, pad, insert]) => {
    const cased = [...key].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('');
    const at = Math.floor(cased.length / 2);
    return `${pad}${cased.slice(0, at)}${insert}${cased.slice(at)}${pad}`;
  });

const anyCell: fc.Arbitrary<PlanCell> = fc.oneof(
  fc.double({ min: -3, max: 7, noNaN: true }),
  fc.integer({ min: -2, max: 6 }),
  fc.constantFrom(0.5, 1.5, 2.5, 3.5, -0, 4, 4.000001, -0.000001),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '   '),
  typedKey,
  fc.stringMatching(/^[nvta./ *?~x0-4,-]{0,8}$/),
  fc.string({ maxLength: 6 }),
);

test('the short level formula reads every cell as the long formula did', () => {
  fc.assert(
    fc.property(fc.array(anyCell, { minLength: 1, maxLength: 40 }), (cells) => {
      for (const { long, short } of readBoth(cells)) expect(short).toEqual(long);
    }),
    { numRuns: 150 },
  );
});

test('every accepted spelling reads as the core reads it; wildcards, "n." and unknown text are #N/A', () => {
  const cells: PlanCell[] = [
    ...table.entries.map((entry) => entry.key.toUpperCase()),
    ' n. v. t ',
    'N V T',
    'n.a.',
    true,
    false,
    2.5,
    '',
    '  ',
    null,
    'n.',
    'ja.',
    '*',
    'b?',
    '~x',
    'bekwaam*',
    'misschien',
    4.5,
    -1,
  ];
  const results = readBoth(cells).map(({ short }) => short);
  const na = { error: '#N/A' };
  const expected = cells.map((cell) => {
    const reading = readLevel(cell);
    return Number.isNaN(reading) || typeof reading !== 'number' ? na : reading;
  });
  expect(results.slice(0, table.entries.length)).toEqual(table.entries.map((entry) => entry.value));
  expect(results.slice(table.entries.length)).toEqual([
    -2,
    -2,
    -2,
    2,
    0,
    2.5,
    -1,
    -1,
    -1,
    na,
    na,
    na,
    na,
    na,
    na,
    na,
    na,
    na,
  ]);
  expect(results.slice(0, table.entries.length + 9)).toEqual(expected.slice(0, table.entries.length + 9));
});
