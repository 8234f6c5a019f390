// The add-ins' Dekking tables: DEKKING, HIATEN, SLEUTELPERSONEN and LEERKOPPELS as spilling Teamscan functions that
// read the sheet's norms table as drempel and doel.

import { DEFAULT_MENTOR_LIMIT } from '../analysis/options';
import type { DashboardContent, DashboardContext } from './dashboard-sheet';
import type { FormulaArgument, PlanCell } from './plan';

const norms = (context: DashboardContext): FormulaArgument => ({ kind: 'range', range: context.norms });

const call = (id: string, args: readonly FormulaArgument[]): PlanCell[][] => [
  [{ formula: { kind: 'custom', id, args } }],
];

/** Each table is one formula in its top-left cell; the norms table is both drempel and doel (docs/design.md#4a-norms-per-area). */
export const CUSTOM_FUNCTION_DASHBOARD: DashboardContent = {
  coverage: (context) => call('DEKKING', [{ kind: 'matrix' }, norms(context), norms(context), context.profileArgument]),
  gaps: (context) => call('HIATEN', [{ kind: 'matrix' }, norms(context), norms(context), context.profileArgument]),
  keyPeople: (context) =>
    call('SLEUTELPERSONEN', [{ kind: 'matrix' }, norms(context), norms(context), context.profileArgument]),
  pairs: (context) =>
    call('LEERKOPPELS', [
      { kind: 'matrix' },
      norms(context),
      { kind: 'literal', value: DEFAULT_MENTOR_LIMIT },
      context.profileArgument,
    ]),
};
