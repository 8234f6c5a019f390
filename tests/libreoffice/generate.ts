// Seeded team matrices with every kind of cell docs/design.md#3-levels-and-cell-values accepts: numbers, decimals, words, marks, n.v.t., empty.

import { type Random, random } from '../../scripts/seeded-random';
import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import { competencyColumns, type Detail } from '../../shared/profiles/detail';
import type { Profile } from '../../shared/profiles/model';

export const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

// Decimals are multiples of 0.25: exact in binary, so a mean is the same in every engine.
const NUMBERS: CellValue[] = [0, 1, 2, 3, 4, 0.5, 1.25, 1.75, 2.5, 2.75, 3.25, 3.5];
const WORDS: CellValue[] = [
  'Bekwaam',
  'gevorderd',
  'EXPERT',
  'Nog niet',
  'In ontwikkeling',
  'Competent',
  'Advanced',
  'Not yet',
  'Developing',
  '3 - Gevorderd',
  '2 Bekwaam',
  '4: E',
  '1-o',
  ' 0 nog niet ',
  'N',
  'b',
  'G',
  'E',
  'x',
  'X',
  'ja',
  'Yes',
  '✓',
  'nee',
  'no',
  'TRUE',
  'false',
  '2,5',
  '3',
  ' 1.5 ',
];
const MARKS: CellValue[] = [true, false];
const NOT_APPLICABLE: CellValue[] = ['n.v.t.', 'nvt', 'n/a', 'NA', 'N.V.T', 'n. v. t.'];
const EMPTY: CellValue[] = [null, '', '  '];

/** One cell: mostly levels, with a fair share of words, marks, n.v.t. and empty cells. */
export function levelValue(next: Random): CellValue {
  const roll = next();
  if (roll < 0.35) return pick(next, NUMBERS);
  if (roll < 0.6) return pick(next, WORDS);
  if (roll < 0.65) return pick(next, MARKS);
  if (roll < 0.75) return pick(next, NOT_APPLICABLE);
  return pick(next, EMPTY);
}

/** A matrix as an HR export might hold it: name, an unknown column, competency columns, a wish column. */
export function generateMatrix(profile: Profile, detail: Detail, lang: Language, seed: number): CellValue[][] {
  const next = random(seed);
  const columns = competencyColumns(profile, detail, lang).map((column) => column.header);
  const network = profile.areas.find((area) => area.scope === 'network');
  const wish = network ? [`Ontwikkelwens ${network.role}`] : [];
  const header: CellValue[] = ['Naam', 'Afdeling', ...columns, ...wish];
  const people = 3 + Math.floor(next() * 7);
  const rows: CellValue[][] = [header];
  for (let p = 0; p < people; p++) {
    // A name that starts with "=" must stay text; an empty row in between is skipped.
    const name = p === 1 ? '=Sam de Wit' : `Persoon ${p + 1}`;
    const scanned = next() > 0.15;
    const levels = columns.map(() => (scanned ? levelValue(next) : null));
    rows.push([name, pick(next, ['CTL', 'ICTO', null]), ...levels, ...wish.map(() => pick(next, ['ja', 'nee', null]))]);
    if (p === 2) rows.push(header.map(() => null));
  }
  return rows;
}

export { type Random, random };
