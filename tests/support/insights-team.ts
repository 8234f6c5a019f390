// The fixture team of the insights tests (docs/design.md#4b-insights-beyond-coverage): five people, levels per area and three development wishes.

import type { CellValue } from '../../shared/matrix/grid';
import { NPULS_AREAS } from './grids';

export const WISHES = ['Ontwikkelwens coach', 'Ontwikkelwens innovator', 'Ontwikkelwens adviseur'];

/** Worked by hand in the comments of tests/analysis/insights.test.ts. */
export const INSIGHTS_TEAM: CellValue[][] = [
  ['Naam', ...NPULS_AREAS, ...WISHES],
  ['Anna', 2, 4, 3, 1, 2, 0, 'ja', 'ja', null],
  ['Bram', 3, 2, 4, 0, 4, 1, null, 'ja', null],
  ['Chris', 2, 1, 2, 4, 3, 'n.v.t.', null, null, 'ja'],
  ['Dirk', 1, 0, 1, 2, 0, 1, 'ja', null, 'ja'],
  ['Eva', 2, 3, 0, 1, 4, 0, 'ja', 'ja', null],
];
