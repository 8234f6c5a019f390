// The one implementation of DESIGN §4: coverage, statuses, basis, blind spots and candidates.

import type { Message } from '../i18n/message';
import { MIN_LEVEL, NOT_APPLICABLE } from '../levels/levels';
import { profileIndex } from '../matrix/columns';
import type { Person } from '../matrix/reading';
import type { Profile } from '../profiles/model';
import { keyPeople, learningPairs, riskOf } from './insights';
import { type AreaNorm, resolveNorms } from './norms';
import { DEFAULT_MENTOR_LIMIT, readPositiveWhole, readTarget, readThreshold } from './options';
import type { Analysis, AnalysisOptions, AreaResult, AreaStatus, BlindSpot } from './types';

/** What the analysis needs of a matrix; a MatrixReading is one, and so is a roll-up of several. */
export interface AnalysisInput {
  readonly profile: Profile;
  readonly people: readonly Person[];
  readonly itemColumns: readonly boolean[];
  readonly warnings: readonly Message[];
}

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

function analyzeArea(input: AnalysisInput, area: number, { threshold, target }: AreaNorm): AreaResult {
  const definition = input.profile.areas[area]!;
  let scanned = 0;
  let advanced = 0;
  let expert = 0;
  const coveredBy: string[] = [];
  const below: string[] = [];
  const missing: string[] = [];
  for (const person of input.people) {
    const level = person.areaLevels[area]!;
    if (level < MIN_LEVEL) {
      if (person.scanned && level !== NOT_APPLICABLE) missing.push(person.name);
      continue;
    }
    scanned++;
    if (level >= 3) advanced++;
    if (level >= 4) expert++;
    if (level >= threshold) coveredBy.push(person.name);
    else below.push(person.name);
  }
  const covered = coveredBy.length;
  const status: AreaStatus =
    definition.scope === 'everyone'
      ? scanned > 0 && covered === scanned
        ? 'gedekt'
        : 'gat'
      : networkStatus(covered, target);
  const candidates =
    definition.scope === 'network' && status !== 'gedekt'
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
    ...(definition.scope === 'network' ? { risk: riskOf(covered, expert, target) } : {}),
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

function blindSpots(input: AnalysisInput, norms: readonly AreaNorm[]): BlindSpot[] {
  const { items } = profileIndex(input.profile);
  const spots: BlindSpot[] = [];
  items.forEach(({ area, item }, index) => {
    if (!input.itemColumns[index]) return;
    const threshold = norms[area]!.threshold;
    if (input.people.some((person) => person.itemLevels[index]! >= threshold)) return;
    spots.push({ id: item.id, area: input.profile.areas[area]!.id, text: item.text });
  });
  return spots;
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
  const areas = input.profile.areas.map((_, area) => analyzeArea(input, area, norms[area]!));
  return {
    profile: input.profile.id,
    threshold,
    target,
    people: input.people.length,
    scanned: input.people.filter((person) => person.scanned).length,
    areas,
    blindSpots: blindSpots(input, norms),
    keyPeople: keyPeople(input, areas, norms),
    pairs: learningPairs(input, areas, mentorLimit),
    mentorLimit,
    warnings: input.warnings,
  };
}
