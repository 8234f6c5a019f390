// The counts and name lists of every area in one pass over the people (row by row, each person's levels in order).

import { MIN_LEVEL, NOT_APPLICABLE } from '../levels/levels';
import type { Person } from '../matrix/reading';
import type { AreaNorm } from './norms';

/** One area's counts and names (docs/design.md#4-what-the-answers-mean), before its status is decided. */
export interface AreaTally {
  scanned: number;
  advanced: number;
  expert: number;
  readonly coveredBy: string[];
  readonly below: string[];
  /** Scanned people without a level on the area (n.v.t. excluded). */
  readonly missing: string[];
}

/** Tallies every area at its own threshold; names stay in row order. */
export function tallyAreas(people: readonly Person[], norms: readonly AreaNorm[]): AreaTally[] {
  const count = norms.length;
  const thresholds = Float64Array.from(norms, (norm) => norm.threshold);
  const tallies: AreaTally[] = norms.map(() => ({
    scanned: 0,
    advanced: 0,
    expert: 0,
    coveredBy: [],
    below: [],
    missing: [],
  }));
  for (let row = 0; row < people.length; row++) {
    const person = people[row]!;
    const levels = person.areaLevels;
    for (let area = 0; area < count; area++) {
      const level = levels[area]!;
      const tally = tallies[area]!;
      if (level < MIN_LEVEL) {
        if (person.scanned && level !== NOT_APPLICABLE) tally.missing.push(person.name);
        continue;
      }
      tally.scanned++;
      if (level >= 3) tally.advanced++;
      if (level >= 4) tally.expert++;
      if (level >= thresholds[area]!) tally.coveredBy.push(person.name);
      else tally.below.push(person.name);
    }
  }
  return tallies;
}
