// The development plan's goals reached since an earlier round, from the Ontwikkelplan sheet as a host read it.

import { goalsCount, readDevPlan } from '../analysis/conversation/dev-plan';
import type { Grid } from '../matrix/grid';
import type { MatrixReading } from '../matrix/reading';

/**
 * Goals reached since `before` out of the goals with a Doel, or undefined when the sheet has none. It travels with
 * the report makers (loaded on demand), so the panel does not carry the plan's reader.
 */
export function goalsReachedInSheet(
  sheet: Grid,
  before: MatrixReading,
  now: MatrixReading,
): { readonly reached: number; readonly total: number } | undefined {
  return goalsCount(readDevPlan(sheet, now.profile), before, now);
}
