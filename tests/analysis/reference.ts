// The straightforward reading of docs/design.md#4-what-the-answers-mean/docs/design.md#4b-insights-beyond-coverage (one pass per question, as first written): the analysis must give the same answers.

import type { AnalysisInput } from '../../shared/analysis/analyze';
import { mentorLevel, riskOf } from '../../shared/analysis/insights';
import { type AreaNorm, resolveNorms } from '../../shared/analysis/norms';
import { DEFAULT_MENTOR_LIMIT, readPositiveWhole, readTarget, readThreshold } from '../../shared/analysis/options';
import type {
  Analysis,
  AnalysisOptions,
  AreaResult,
  AreaStatus,
  BlindSpot,
  KeyPerson,
  LearningPair,
} from '../../shared/analysis/types';
import { MIN_LEVEL, NOT_APPLICABLE } from '../../shared/levels/levels';
import { profileIndex } from '../../shared/matrix/columns';
import type { Person } from '../../shared/matrix/reading';

function networkStatus(covered: number, target: number): AreaStatus {
  if (covered === 0) return 'gat';
  return covered < target ? 'kwetsbaar' : 'gedekt';
}

/**
 * People who do not cover the area: development wish first, then level high to low, then row order. Whoever
 * marked the area n.v.t. is left out, as n.v.t. is everywhere.
 */
function candidatesFor(people: readonly Person[], area: number, threshold: number): Person[] {
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
  // Amended rule (docs/design.md#4-what-the-answers-mean, one status vocabulary): nobody with a level is `niet gescand`, not a gap; no risk
  // and no candidates then.
  let status: AreaStatus;
  if (scanned === 0) status = 'niet gescand';
  else if (definition.scope === 'everyone') status = covered === scanned ? 'gedekt' : 'gat';
  else status = networkStatus(covered, target);
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

function blindSpots(input: AnalysisInput, norms: readonly AreaNorm[]): BlindSpot[] {
  const { items } = profileIndex(input.profile);
  const spots: BlindSpot[] = [];
  items.forEach(({ area, item }, index) => {
    if (!input.itemColumns[index]) return;
    const threshold = norms[area]!.threshold;
    // Amended rule (docs/design.md#4-what-the-answers-mean): blind spots only among scanned items; an item nobody has a level on is none.
    if (!input.people.some((person) => person.itemLevels[index]! >= MIN_LEVEL)) return;
    if (input.people.some((person) => person.itemLevels[index]! >= threshold)) return;
    spots.push({ id: item.id, area: input.profile.areas[area]!.id, text: item.text });
  });
  return spots;
}

/**
 * Analyses a read matrix. Threshold, target, norms table and mentor limit are validated here, so every caller
 * gets the same errors.
 */
export function referenceAnalyze(input: AnalysisInput, options: AnalysisOptions = {}): Analysis {
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

/**
 * Key people and sole holders. A key person covers a network area whose status their absence would lower:
 * every coverer when covered = 1 or covered = target. A sole holder is the one person reaching their area's
 * threshold on an item (item columns only). Ordered by areas, then items, then row order.
 */
function keyPeople(input: AnalysisInput, areas: readonly AreaResult[], norms: readonly AreaNorm[]): KeyPerson[] {
  const byPerson = new Map<Person, { areas: string[]; items: string[] }>();
  const entry = (person: Person) => {
    const found = byPerson.get(person) ?? { areas: [], items: [] };
    byPerson.set(person, found);
    return found;
  };
  for (const area of areas) {
    if (area.scope !== 'network' || area.covered === 0) continue;
    if (area.covered !== 1 && area.covered !== area.target) continue;
    for (const person of input.people) {
      if (person.areaLevels[area.index]! >= area.threshold) entry(person).areas.push(area.id);
    }
  }
  const { items } = profileIndex(input.profile);
  items.forEach(({ area, item }, index) => {
    if (!input.itemColumns[index]) return;
    const threshold = norms[area]!.threshold;
    let holder: Person | undefined;
    let holders = 0;
    for (const person of input.people) {
      if (person.itemLevels[index]! >= threshold) {
        holders++;
        holder = person;
        if (holders > 1) break;
      }
    }
    if (holders === 1) entry(holder!).items.push(item.id);
  });
  const order = new Map(input.people.map((person, row) => [person, row]));
  return [...byPerson.entries()]
    .sort(
      ([a, x], [b, y]) =>
        y.areas.length - x.areas.length || y.items.length - x.items.length || order.get(a)! - order.get(b)!,
    )
    .map(([person, found]) => ({ name: person.name, areas: found.areas, items: found.items }));
}

/**
 * Learning pairs: per network area (profile order), each learner (row order: a development wish, not covering
 * it, not n.v.t.) gets the available mentor with the highest level, ties to the one with fewest pairs so far,
 * then row order; a mentor takes at most `limit` learners in total. No mentor available: mentor null.
 */
function learningPairs(input: AnalysisInput, areas: readonly AreaResult[], limit: number): LearningPair[] {
  const pairs: LearningPair[] = [];
  const load = new Map<Person, number>();
  for (const area of areas) {
    if (area.scope !== 'network') continue;
    const a = area.index;
    const needed = mentorLevel(area.threshold);
    const mentors = input.people.filter((person) => person.areaLevels[a]! >= needed);
    for (const learner of input.people) {
      const level = learner.areaLevels[a]!;
      if (!learner.wishes[a] || level === NOT_APPLICABLE || (level >= MIN_LEVEL && level >= area.threshold)) continue;
      let best: Person | undefined;
      for (const mentor of mentors) {
        const taken = load.get(mentor) ?? 0;
        if (taken >= limit) continue;
        if (
          !best ||
          mentor.areaLevels[a]! > best.areaLevels[a]! ||
          (mentor.areaLevels[a] === best.areaLevels[a] && taken < (load.get(best) ?? 0))
        ) {
          best = mentor;
        }
      }
      if (best) load.set(best, (load.get(best) ?? 0) + 1);
      pairs.push({ area: area.id, learner: learner.name, mentor: best ? best.name : null });
    }
  }
  return pairs;
}
