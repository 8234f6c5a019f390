// A matrix placed anywhere in a larger sheet, with other cells around it, reads through --bereik exactly as the
// block read on its own (docs/design.md#5-reading-a-matrix): the same people, levels and warnings, its cells named where they sit.

import fc from 'fast-check';
import { cutSheetRange, parseSheetRange } from '../../cli/read/sheet-range';
import { formatMessage } from '../../shared/i18n/message';
import { columnLetters } from '../../shared/matrix/address';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';

const npuls = BUILTIN_PROFILES.find((profile) => profile.id === 'npuls')!;
const AREAS = ['Coach', 'Adviseur', 'Didacticus', 'Innovator', 'Bruggenbouwer'];

const block = fc
  .record({
    titles: fc.array(fc.constantFrom('Team 2026', 'Legenda: 0 = nog niet … 4 = expert', 'Skills'), { maxLength: 2 }),
    areas: fc.integer({ min: 1, max: AREAS.length }),
    people: fc.uniqueArray(fc.constantFrom('Anna', 'Bram', 'Cor', 'Dewi', 'Eva', 'Fenna', 'Gijs'), { minLength: 1 }),
    seed: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ titles, areas, people, seed }): CellValue[][] => {
    const width = areas + 1;
    const title = titles.map((text) => [text, ...Array<CellValue>(width - 1).fill(null)]);
    const header = ['Naam', ...AREAS.slice(0, areas)];
    const rows = people.map((name, p) => [name, ...AREAS.slice(0, areas).map((_, a) => seed[(p * 5 + a) % 40]!)]);
    return [...title, header, ...rows];
  });

/** Other cells around the block: notes, numbers, a second header of the profile. */
const noise = fc.constantFrom<CellValue>(null, 'notitie', 7, 'Naam', 'Coach', 'Totaal', 2);

function place(inner: CellValue[][], top: number, left: number, fill: CellValue[], extra: number): Grid {
  const height = top + inner.length + extra;
  const width = left + Math.max(...inner.map((row) => row.length)) + extra;
  const values: CellValue[][] = [];
  let n = 0;
  for (let r = 0; r < height; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < width; c++) {
      const inside = r >= top && r < top + inner.length && c >= left && c < left + inner[0]!.length;
      row.push(inside ? (inner[r - top]![c - left] ?? null) : fill[n++ % fill.length]!);
    }
    values.push(row);
  }
  return { values, origin: { sheet: 'Blad1', row: 1, column: 1 } };
}

test('a block read via --bereik equals the block read on its own', () => {
  fc.assert(
    fc.property(
      block,
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 4 }),
      fc.array(noise, { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 3 }),
      (inner, top, left, fill, extra) => {
        const sheet = place(inner, top, left, fill, extra);
        const range = `${columnLetters(left + 1)}${top + 1}:${columnLetters(left + inner[0]!.length)}${top + inner.length}`;
        const cut = cutSheetRange(sheet, parseSheetRange(range), range, 'Blad1');
        const alone = readMatrix(
          locateMatrix({ values: inner, origin: { sheet: 'Blad1', row: top + 1, column: left + 1 } }, npuls),
          npuls,
        );
        const viaRange = readMatrix(locateMatrix(cut, npuls), npuls);
        const view = (reading: typeof alone) => ({
          origin: reading.origin,
          people: reading.people.map((person) => [person.name, Array.from(person.areaLevels)]),
          warnings: reading.warnings.map((warning) => formatMessage(warning)),
        });
        expect(view(viaRange)).toEqual(view(alone));
        expect(viaRange.people.map((person) => person.name)).toEqual(
          inner.slice(-viaRange.people.length).map((row) => row[0]),
        );
      },
    ),
    { numRuns: 150 },
  );
});
