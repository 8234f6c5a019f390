// Property: merged ranges never change a count compared with the same matrix where only the first cell of each
// range holds the value, whatever a writer left in the covered cells.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readXlsx } from '../../cli/read/xlsx';
import { analyze } from '../../shared/analysis/analyze';
import { analysisReport } from '../../shared/analysis/report';
import { columnLetters } from '../../shared/matrix/address';
import type { CellValue } from '../../shared/matrix/grid';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { mergeCells, sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';

const work = mkdtempSync(join(tmpdir(), 'teamscan-merge-property-'));
const HEADER = ['Naam', 'Coach', 'Adviseur', 'Didacticus', 'Innovator', 'Verbinder'];
const LEVEL = fc.oneof(
  fc.integer({ min: 0, max: 4 }),
  fc.constantFrom('n.v.t.', 'Bekwaam', '3 - Gevorderd', 'x', 'nee'),
  fc.constant(null),
);

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Level rows under the header, names in column A, and rectangles over level cells that do not overlap. */
const matrixWithMerges = fc.integer({ min: 1, max: 8 }).chain((people) =>
  fc.record({
    levels: fc.array(fc.array(LEVEL, { minLength: 5, maxLength: 5 }), { minLength: people, maxLength: people }),
    covered: fc.array(fc.array(LEVEL, { minLength: 5, maxLength: 5 }), { minLength: people, maxLength: people }),
    candidates: fc.array(
      fc.record({
        top: fc.integer({ min: 1, max: people }),
        left: fc.integer({ min: 1, max: 5 }),
        height: fc.integer({ min: 1, max: 4 }),
        width: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 6 },
    ),
  }),
);

function nonOverlapping(
  candidates: readonly { top: number; left: number; height: number; width: number }[],
  people: number,
): Range[] {
  const kept: Range[] = [];
  for (const { top, left, height, width } of candidates) {
    const range = { top, left, bottom: Math.min(top + height - 1, people), right: Math.min(left + width - 1, 5) };
    const overlaps = kept.some(
      (other) =>
        range.top <= other.bottom &&
        other.top <= range.bottom &&
        range.left <= other.right &&
        other.left <= range.right,
    );
    if (!overlaps) kept.push(range);
  }
  return kept;
}

function isCovered(ranges: readonly Range[], row: number, column: number): boolean {
  return ranges.some(
    (range) =>
      row >= range.top &&
      row <= range.bottom &&
      column >= range.left &&
      column <= range.right &&
      !(row === range.top && column === range.left),
  );
}

function counts(values: readonly (readonly CellValue[])[]): string {
  const reading = readMatrix(
    locateMatrix({ values, origin: { sheet: 'Teammatrix', row: 1, column: 1 } }, NPULS),
    NPULS,
  );
  return JSON.stringify(analysisReport(analyze(reading)));
}

let file = 0;

test('merged ranges never change a count compared with only their first cell filled', async () => {
  await fc.assert(
    fc.asyncProperty(matrixWithMerges, async ({ levels, covered, candidates }) => {
      const people = levels.length;
      const ranges = nonOverlapping(candidates, people);
      // The file: every cell filled as the generator says, covered cells holding whatever a writer left there.
      const inFile: (string | number | null)[][] = [
        HEADER,
        ...levels.map((row, r) => [
          `Persoon ${r + 1}`,
          ...row.map((value, c) => (isCovered(ranges, r + 1, c + 1) ? covered[r]![c]! : value)),
        ]),
      ];
      const firstOnly: CellValue[][] = inFile.map((row, r) =>
        row.map((value, c) => (isCovered(ranges, r, c) ? null : value)),
      );
      const merges = ranges.map(
        (range) =>
          `${columnLetters(range.left + 1)}${range.top + 1}:${columnLetters(range.right + 1)}${range.bottom + 1}`,
      );
      const path = join(work, `merged-${file++}.xlsx`);
      writeFileSync(path, zip(workbookParts([{ name: 'Teammatrix', body: sheetData(inFile) + mergeCells(merges) }])));
      const grid = await readXlsx(path, undefined, 'Teammatrix');
      expect(counts(grid.values)).toBe(counts(firstOnly));
    }),
    { numRuns: 80, seed: 20261201 },
  );
});
