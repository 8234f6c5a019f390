// The one implementation of docs/design.md#4-what-the-answers-mean: coverage, statuses, basis, blind spots and candidates.

import { MIN_LEVEL, NOT_APPLICABLE } from '../levels/levels';
import { profileIndex } from '../matrix/columns';
import type { Person } from '../matrix/reading';
import { itemHolders, keyPeople, NO_HOLDER, riskOf } from './insights';
import { type AreaNorm, resolveNorms } from './norms';
import { DEFAULT_MENTOR_LIMIT, readPositiveWhole, readTarget, readThreshold } from './options';
import { learningPairs } from './pairs';
import { type AreaTally, tallyAreas } from './tally';
import type { Analysis, AnalysisInput, AnalysisOptions, AreaResult, AreaStatus, BlindSpot } from './types';

// The input type lives in types.ts (insights.ts and pairs.ts need it, and analyze.ts needs them); its old path stays.
export type { AnalysisInput } from './types';

function networkStatus(covered: number, target: number): AreaStatus {
  if (covered === 0) return 'gat';
  return covered < target ? 'kwetsbaar' : 'gedekt';
}

/**
 * People who do not cover the area: development wish first, then level high to low, then row order. Whoever
 * marked the area n.v.t. is left out, as n.v.t. is everywhere.
 */
export function candidatesFor(people: readonly Person[], area: number, threshold: number): Person[] {
  const levelOf = (person: Person) => {
    const level = person.areaLevels[area]!;
    return level >= MIN_LEVEL ? level : Number.NEGATIVE_INFINITY;
  };
  return people
    .filter((person) => person.areaLevels[area] !== NOT_APPLICABLE && !(person.areaLevels[area]! >= threshold))
    .sort((a, b) => b.wishes[area]! - a.wishes[area]! || levelOf(b) - levelOf(a));
}

function analyzeArea(
  input: AnalysisInput,
  area: number,
  { threshold, target }: AreaNorm,
  tally: AreaTally,
): AreaResult {
  const definition = input.profile.areas[area]!;
  const { scanned, advanced, expert, coveredBy, below, missing } = tally;
  const covered = coveredBy.length;
  const status: AreaStatus =
    scanned === 0
      ? 'niet gescand'
      : definition.scope === 'everyone'
        ? covered === scanned
          ? 'gedekt'
          : 'gat'
        : networkStatus(covered, target);
  const candidates =
    definition.scope === 'network' && (status === 'gat' || status === 'kwetsbaar')
      ? candidatesFor(input.people, area, threshold).map((person) => person.name)
      : [];
  return {
    index: area,
    id: definition.id,
    code: definition.code,
    name: definition.name,
    role: definition.role,
    scope: definition.scope,
    threshold,
    target,
    ...(definition.scope === 'network' && scanned > 0 ? { risk: riskOf(covered, expert, target) } : {}),
    covered,
    advanced,
    expert,
    scanned,
    status,
    coveredBy,
    below,
    missing,
    candidates,
  };
}

/** Blind spots: the scanned item columns nobody reaches the threshold on (itemHolders), in profile order. */
function blindSpots(input: AnalysisInput, holders: Int32Array): BlindSpot[] {
  const { items } = profileIndex(input.profile);
  const spots: BlindSpot[] = [];
  for (let index = 0; index < items.length; index++) {
    if (holders[index] !== NO_HOLDER) continue;
    const { area, item } = items[index]!;
    spots.push({ id: item.id, area: input.profile.areas[area]!.id, text: item.text });
  }
  return spots;
}

function countScanned(people: readonly Person[]): number {
  let scanned = 0;
  for (let row = 0; row < people.length; row++) if (people[row]!.scanned) scanned++;
  return scanned;
}

/**
 * Analyses a read matrix. Threshold, target, norms table and mentor limit are validated here, so every caller
 * gets the same errors.
 */
export function analyze(input: AnalysisInput, options: AnalysisOptions = {}): Analysis {
  const threshold = readThreshold(options.threshold);
  const target = readTarget(options.target);
  const mentorLimit = readPositiveWhole(options.mentorLimit, DEFAULT_MENTOR_LIMIT, 'invalidCount');
  const norms = resolveNorms(input.profile, { threshold, target }, options.norms);
  const tallies = tallyAreas(input.people, norms);
  const areas = input.profile.areas.map((_, area) => analyzeArea(input, area, norms[area]!, tallies[area]!));
  const holders = itemHolders(input, norms);
  return {
    profile: input.profile.id,
    threshold,
    target,
    people: input.people.length,
    scanned: countScanned(input.people),
    areas,
    blindSpots: blindSpots(input, holders),
    keyPeople: keyPeople(input, areas, holders),
    pairs: learningPairs(input, areas, mentorLimit),
    mentorLimit,
    warnings: input.warnings,
  };
}
