// Why a learner has no mentor in the team (docs/design.md#4b-insights-beyond-coverage), from the area's own counts.

import { mentorLevel } from './insights';
import type { AreaResult } from './types';

/**
 * `full`: everyone at the mentor level already mentors the maximum; `below`: `count` people are at `from` or
 * higher but nobody reaches `level`; `nobody`: nobody is near the level a mentor needs.
 */
export type NoMentorReason =
  | { readonly kind: 'full'; readonly level: number }
  | { readonly kind: 'below'; readonly level: number; readonly count: number; readonly from: number }
  | { readonly kind: 'nobody'; readonly level: number };

/**
 * The reason for a pair without a mentor on `area`. A mentor needs level 3 or 4 (mentorLevel); at 4 the people
 * just below are those at 3 or more (`advanced`), at 3 those at the threshold or more (`covered`).
 */
export function noMentorReason(area: AreaResult): NoMentorReason {
  const level = mentorLevel(area.threshold);
  const atLevel = level >= 4 ? area.expert : area.advanced;
  if (atLevel > 0) return { kind: 'full', level };
  const from = level >= 4 ? 3 : area.threshold;
  const count = level >= 4 ? area.advanced : area.covered;
  return count > 0 ? { kind: 'below', level, count, from } : { kind: 'nobody', level };
}
