// Property: invisible characters in names and headers never change a matrix's reading, except to reveal duplicates.

import fc from 'fast-check';
import type { CellValue } from '../../shared/matrix/grid';
import type { MatrixReading } from '../../shared/matrix/reading';
import { isTotalsName } from '../../shared/matrix/rows';
import { personKey } from '../../shared/text/normalize';
import { errorOf, read } from '../support/grids';

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const NON_BREAKING = ['\u00A0', '\u202F', '\u2007'];
const HEADERS = ['Basis', 'Verbinder', 'Adviseur', 'Coach', 'Didacticus', 'ADV-K', 'Ontwikkelwens coach', 'FTE'];
const LEVELS: CellValue[] = [0, 1, 2, 3, 4, 2.5, '', 'n.v.t.', 'Bekwaam', '3 - Gevorderd'];

// A name that labels a totals row ("Gem", "Som", "Norm") is no person (docs/design.md#5-reading-a-matrix): left out here.
const name = fc
  .stringMatching(/^[A-Z][a-z]{1,7}( [A-Z][a-z]{1,7})?$/)
  .filter((text) => !isTotalsName(text, personKey(text)));
const matrix = fc
  .record({
    names: fc.uniqueArray(name, { minLength: 1, maxLength: 8, selector: personKey }),
    headers: fc
      .shuffledSubarray(HEADERS, { minLength: 1 })
      .filter((list) => list.some((header) => header !== 'FTE' && !header.startsWith('Ontwikkelwens'))),
  })
  .chain(({ names, headers }) =>
    fc.record({
      names: fc.constant(names),
      headers: fc.constant(headers),
      cells: fc.array(fc.array(fc.constantFrom(...LEVELS), { minLength: headers.length, maxLength: headers.length }), {
        minLength: names.length,
        maxLength: names.length,
      }),
    }),
  );

/** Hidden characters to put into one text: zero-width anywhere; non-breaking spaces at the ends or for a space. */
const hiding = fc.record({
  zeroWidth: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ZERO_WIDTH)), { maxLength: 3 }),
  lead: fc.constantFrom('', ...NON_BREAKING),
  trail: fc.constantFrom('', ...NON_BREAKING),
  space: fc.constantFrom(' ', ...NON_BREAKING),
});
type Hiding = typeof hiding extends fc.Arbitrary<infer T> ? T : never;

function hide(text: string, how: Hiding): string {
  let result = text.replace(/ /g, how.space);
  for (const [at, char] of how.zeroWidth) {
    const position = at % (result.length + 1);
    result = result.slice(0, position) + char + result.slice(position);
  }
  return how.lead + result + how.trail;
}

function rows(names: string[], headers: string[], cells: CellValue[][]): CellValue[][] {
  return [['Naam', ...headers], ...names.map((person, r) => [person, ...cells[r]!])];
}

/** What a reading says, independent of how names and headers were typed. */
function meaning(reading: MatrixReading) {
  return {
    nameColumn: reading.nameColumn,
    targets: reading.columns.map((column) => column.target),
    people: reading.people.map((person) => ({
      key: personKey(person.name),
      areas: Array.from(person.areaLevels),
      items: Array.from(person.itemLevels),
      wishes: Array.from(person.wishes),
      scanned: person.scanned,
    })),
    warnings: reading.warnings.map((warning) => [warning.key, warning.params.cell]),
  };
}

test('hidden characters in names and headers leave people, levels, columns and warnings as they were', () => {
  fc.assert(
    fc.property(matrix, fc.array(hiding, { minLength: 20, maxLength: 20 }), ({ names, headers, cells }, hidings) => {
      const plain = read(rows(names, headers, cells));
      const hiddenNames = names.map((person, i) => hide(person, hidings[i % hidings.length]!));
      const hiddenHeaders = headers.map((header, i) => hide(header, hidings[(i + 9) % hidings.length]!));
      const hidden = read(rows(hiddenNames, hiddenHeaders, cells));
      expect(meaning(hidden)).toEqual(meaning(plain));
      expect(hidden.people.map((person) => person.name)).toEqual(hiddenNames.map((person) => person.trim()));
    }),
    { numRuns: 200 },
  );
});

test('a name repeated with hidden characters is a duplicate naming both cells', () => {
  fc.assert(
    fc.property(matrix, fc.nat(), hiding, ({ names, headers, cells }, pick, how) => {
      const copied = pick % names.length;
      const withCopy = [...names, hide(names[copied]!, how)];
      const error = errorOf(() => read(rows(withCopy, headers, [...cells, cells[copied]!])));
      expect(error.detail.key).toBe('duplicatePerson');
      expect(error.detail.params).toMatchObject({ first: `A${copied + 2}`, second: `A${withCopy.length + 1}` });
    }),
    { numRuns: 200 },
  );
});
