// Property: the reader's plain pass over a row's item cells reads as the full reader does (docs/design.md#10-performance-targets).

import fc from 'fast-check';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { AREA, ITEM, itemRuns, type LevelColumn, WISH } from '../../shared/matrix/read-cells';
import type { MatrixReading } from '../../shared/matrix/reading';
import { NPULS } from '../../shared/profiles/data/npuls';
import { NPULS_AREAS } from '../support/grids';

const ITEM_IDS = NPULS.areas.flatMap((area) => area.items.map((item) => item.id));

/** Levels, n.v.t., words, marks, blanks and values no level is (read leniently, so they are listed, not thrown). */
const CELLS: CellValue[] = [0, 1, 2, 3, 4, 2.5, 0.1, -1, 5, Number.NaN, null, '', '  ', 'n.v.t.', 'NVT', 'Bekwaam'];
/** With texts that share a slot of the plain pass's text look-up: "Gevorderd" and "Bekwaam ", "E" and "ONWAAR", "x" and "X". */
const MORE: CellValue[] = [
  '3 - Gevorderd',
  'x',
  'X',
  'nee',
  'Gevorderd',
  'Bekwaam ',
  'E',
  'ONWAAR',
  'abc',
  true,
  '2',
  ' 1 ',
];
const cell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CELLS) }, fc.constantFrom(...MORE));

/** Item columns in any order (of several areas), area and wish columns, a role column among them. */
const header = fc
  .record({
    items: fc.shuffledSubarray(ITEM_IDS, { minLength: 1, maxLength: 16 }),
    areas: fc.subarray(NPULS_AREAS, { maxLength: 2 }),
    wishes: fc.subarray(NPULS_AREAS.slice(1), { maxLength: 2 }),
    role: fc.boolean(),
  })
  .chain(({ items, areas, wishes, role }) =>
    fc.shuffledSubarray(
      [...items, ...areas, ...wishes.map((name) => `Ontwikkelwens ${name}`), ...(role ? ['Rol'] : [])],
      { minLength: items.length + areas.length + wishes.length + (role ? 1 : 0) },
    ),
  );

const matrix = header.chain((columns) =>
  fc
    .array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { minLength: 1, maxLength: 12 })
    .map((rows): CellValue[][] => [['Naam', ...columns], ...rows.map((row, r): CellValue[] => [`P${r}`, ...row])]),
);

/** What a reading says about its people, in plain arrays. */
function shown(reading: MatrixReading) {
  return {
    people: reading.people.map((person) => ({
      name: person.name,
      areas: [...person.areaLevels],
      items: [...person.itemLevels],
      wishes: [...person.wishes],
      scanned: person.scanned,
    })),
    problems: reading.problems,
    warnings: reading.warnings,
  };
}

describe('the plain pass', () => {
  test("adds an area's levels in column order when other areas' columns stand between them", () => {
    // (((3 + 0.1) + 3) + 0.1) / 4 is 1.5499999999999998; adding the parts apart would give 1.55.
    const values: CellValue[][] = [
      ['Naam', 'INN-K8', 'COA-A1', 'INN-A7', 'INN-A6', 'INN-K3'],
      ['Anna', 3, 0, 0.1, 3, 0.1],
    ];
    const innovator = NPULS.areas.findIndex((area) => area.id === 'innovator');
    expect(readMatrix({ values }, NPULS).people[0]!.areaLevels[innovator]).toBe((3 + 0.1 + 3 + 0.1) / 4);
  });

  test('reads texts that share a slot of its look-up each as itself, however they alternate', () => {
    // "Gevorderd" (3) and "Bekwaam " (2) share a slot: each takes it from the other, row after row.
    const values: CellValue[][] = [
      ['Naam', 'BAS-K1', 'BAS-K2', 'BAS-K3', 'BAS-K4'],
      ['Anna', 'Gevorderd', 'Bekwaam ', 'Gevorderd', 'Bekwaam '],
      ['Bram', 'Bekwaam ', 'Bekwaam ', 'Gevorderd', 4],
      ['Chris', 'Gevorderd', 'Gevorderd', 'n.v.t.', 'Bekwaam '],
    ];
    const people = readMatrix({ values }, NPULS).people;
    expect(people.map((person) => [...person.itemLevels.slice(0, 4)])).toEqual([
      [3, 2, 3, 2],
      [2, 2, 3, 4],
      [3, 3, -2, 2],
    ]);
    expect(people.map((person) => person.areaLevels[0])).toEqual([2.5, 2.75, 8 / 3]);
  });

  test('an o among item levels still decides x/o after earlier reads met the x', () => {
    // The plain pass keeps the texts it met for every read; a single "o" it leaves to each read, which must meet it.
    const xs: CellValue[][] = [
      ['Naam', 'BAS-K1', 'BAS-K2'],
      ['Anna', 'x', 3],
    ];
    expect([...readMatrix({ values: xs }, NPULS).people[0]!.itemLevels.slice(0, 2)]).toEqual([2, 3]);
    const marks: CellValue[][] = [
      ['Naam', 'BAS-K1', 'BAS-K2'],
      ['Anna', 'x', 'o'],
      ['Bram', 'o', 'x'],
    ];
    for (let read = 0; read < 2; read++) {
      const reading = readMatrix({ values: marks }, NPULS);
      expect(reading.people.map((person) => [...person.itemLevels.slice(0, 2)])).toEqual([
        [2, 0],
        [0, 2],
      ]);
      expect(reading.warnings.map((warning) => warning.key)).toContain('readAsXo');
    }
  });

  test('reads every matrix as the full reader does (a mask with no empty cell sends every row through it)', () => {
    fc.assert(
      fc.property(matrix, (values) => {
        const plain: Grid = { values };
        const full: Grid = { values, emptyMask: values.map((row) => row.map(() => false)) };
        expect(shown(readMatrix(plain, NPULS, { lenient: true }))).toEqual(
          shown(readMatrix(full, NPULS, { lenient: true })),
        );
      }),
      { numRuns: 400 },
    );
  });
});

describe('itemRuns', () => {
  const column = (kind: number, column: number, area: number, item: number): LevelColumn => ({
    kind,
    column,
    area,
    item,
  });

  test('takes item columns side by side, in profile order and of one area, as one run', () => {
    const levels = [column(ITEM, 1, 0, 0), column(ITEM, 2, 0, 1), column(ITEM, 3, 0, 2), column(ITEM, 4, 1, 3)];
    const { runs, runsEnd } = itemRuns(levels);
    expect([...runs]).toEqual([0, 3, 1, 0, 0, 3, 1, 4, 3, 1]);
    expect(runsEnd).toBe(4);
  });

  test('starts a run where a column is skipped or the items go out of order', () => {
    const levels = [column(ITEM, 1, 0, 0), column(ITEM, 3, 0, 1), column(ITEM, 4, 0, 0)];
    expect([...itemRuns(levels).runs]).toEqual([0, 1, 1, 0, 0, 1, 1, 3, 1, 0, 2, 1, 4, 0, 0]);
  });

  test('ends at the first column of another kind, which the full loop reads from', () => {
    const levels = [column(ITEM, 1, 0, 0), column(AREA, 2, 1, -1), column(ITEM, 3, 2, 5)];
    const { runs, runsEnd } = itemRuns(levels);
    expect([...runs]).toEqual([0, 1, 1, 0, 0]);
    expect(runsEnd).toBe(1);
    expect(itemRuns([column(WISH, 1, 0, -1)])).toEqual({ runs: new Int32Array(0), runsEnd: 0 });
  });
});
