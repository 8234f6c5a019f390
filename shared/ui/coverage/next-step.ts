// What the Dekking part says about an area beyond its status: not yet scanned, who lacks a level, the next step.

import type { Analysis, AreaResult } from '../../analysis/types';
import type { MessageParams } from '../../i18n/message';
import type { UiMessageKey } from '../../i18n/ui-messages';
import { MIN_LEVEL, NOT_APPLICABLE } from '../../levels/levels';
import type { MatrixReading } from '../../matrix/reading';

/** An area nobody has a level on yet is not a gap: it is not scanned (development, not judgement). */
export function notScannedYet(area: AreaResult): boolean {
  return area.scanned === 0;
}

/** Everyone with a name and no level on the area (n.v.t. is an answer, so it is left out), in row order. */
export function withoutLevel(reading: MatrixReading, area: number): string[] {
  return reading.people
    .filter((person) => {
      const level = person.areaLevels[area]!;
      return level !== NOT_APPLICABLE && !(level >= MIN_LEVEL);
    })
    .map((person) => person.name);
}

/** Candidates who marked the area as a development wish, in the analysis's order. */
export function wishingCandidates(reading: MatrixReading, area: AreaResult): string[] {
  const wishes = new Map(reading.people.map((person) => [person.name, person.wishes[area.index] === 1]));
  return area.candidates.filter((name) => wishes.get(name) === true);
}

export interface StepText {
  readonly key: UiMessageKey;
  readonly params: MessageParams;
}

/**
 * The next step for a gap or vulnerable area, in one line: a learning pair of docs/design.md#4b-insights-beyond-coverage (a learner with a
 * wish and a mentor), else a learner who must look outside, else the closest scanned person to ask, else scan.
 */
export function nextStep(analysis: Analysis, reading: MatrixReading, area: AreaResult): StepText {
  const role = area.role;
  if (notScannedYet(area)) return { key: 'stepScan', params: { area: role } };
  const pair = analysis.pairs.find((candidate) => candidate.area === area.id);
  if (pair?.mentor) return { key: 'stepPair', params: { area: role, learner: pair.learner, mentor: pair.mentor } };
  if (pair) return { key: 'stepOutside', params: { area: role, learner: pair.learner } };
  const closest = area.candidates.find((name) => {
    const person = reading.people.find((candidate) => candidate.name === name);
    return person !== undefined && person.areaLevels[area.index]! >= MIN_LEVEL;
  });
  if (closest) return { key: 'stepAsk', params: { area: role, name: closest } };
  return { key: 'stepRecruit', params: { area: role } };
}
