// A fixture team of twelve with development wishes, for the report tests.

import { analyze } from '../../shared/analysis/analyze';
import type { CellValue } from '../../shared/matrix/grid';
import type { ReportInput } from '../../shared/report';
import { NPULS_AREAS, read } from '../support/grids';

export const NAMES = [
  'Anna de Vries',
  'Bram Jansen',
  'Chris Bakker',
  'Dewi Visser',
  'Eva Smit',
  'Fatima el Amrani',
  'Gert Mulder',
  'Hanna de Boer',
  'Ilse Dekker',
  'Joost Meijer',
  'Karim Haddou',
  'Lotte Bos',
];

const WISH_AREAS = ['Coach', 'Innovator', 'Adviseur'];

/** Levels drawn from a fixed pattern: every level and n.v.t. appear, innovator is a gap, coach vulnerable. */
export function teamMatrix(names: readonly string[] = NAMES): CellValue[][] {
  return [
    ['Naam', ...NPULS_AREAS, ...WISH_AREAS.map((area) => `Ontwikkelwens ${area}`)],
    ...names.map((name, i) => [
      name,
      2 + (i % 3 === 0 ? 1 : 0),
      (i * 3) % 5,
      (i * 2 + 1) % 5,
      i === 2 ? 4 : i === 7 ? 2 : 1,
      i % 4 === 0 ? 'n.v.t.' : (i + 2) % 5,
      i % 2,
      i % 3 === 1 ? 'ja' : null,
      i % 4 === 1 ? 'ja' : null,
      i % 5 === 3 ? 'ja' : null,
    ]),
  ];
}

export function reportInput(lang: 'nl' | 'en' = 'nl', names: readonly string[] = NAMES): ReportInput {
  const reading = read(teamMatrix(names));
  return { reading, analysis: analyze(reading), lang, date: '2026-12-01' };
}

/** A team scanned per item: Anna rates four items 4 yet reaches 3 on no area, and alone holds Innovator's first item. */
export const ITEM_MATRIX: CellValue[][] = [
  ['Naam', 'BAS-K1', 'BAS-K2', 'ADV-K1', 'ADV-K2', 'COA-K1', 'COA-K2', 'INN-K1', 'INN-K2', 'Ontwikkelwens Coach'],
  ['Anna de Vries', 4, 0, 4, 0, 4, 1, 4, 1, 'ja'],
  ['Bram Jansen', 2, 2, 2, 2, 1, 1, 1, 0, null],
  ['Chris Bakker', 3, 2, 2, 3, 0, 1, 0, 1, 'ja'],
  ['Dewi Visser', 2, 3, 1, 2, 2, 0, 1, 0, null],
  ['Eva Smit', 2, 2, 3, 1, 1, 2, 0, 1, null],
];

export function itemReportInput(lang: 'nl' | 'en' = 'nl'): ReportInput {
  const reading = read(ITEM_MATRIX);
  return { reading, analysis: analyze(reading), lang, date: '2026-12-01' };
}
