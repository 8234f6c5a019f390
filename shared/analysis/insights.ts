// The insights of DESIGN §4b: risk per network area, key people and sole holders, learning pairs.

import { MIN_LEVEL, NOT_APPLICABLE } from '../levels/levels';
import { profileIndex } from '../matrix/columns';
import type { Person } from '../matrix/reading';
import type { AnalysisInput } from './analyze';
import type { AreaNorm } from './norms';
import type { AreaResult, KeyPerson, LearningPair } from './types';

/** Risk = row "doers" band, column "teachers" band (DESIGN §4b). */
const RISK: readonly (readonly number[])[] = [
  [9, 7, 3],
  [8, 5, 2],
  [6, 4, 1],
];

/** Risk 1 (low) to 9 (high) of a network area from how many cover it and how many are experts. */
export function riskOf(covered: number, experts: number, target: number): number {
  const doers = covered === 0 ? 0 : covered < target ? 1 : 2;
  const teachers = Math.min(experts, 2);
  return RISK[doers]![teachers]!;
}

/** Gaps and vulnerable network areas, highest risk first, then profile order. */
export function byRisk(areas: readonly AreaResult[]): AreaResult[] {
  return areas
    .filter((area) => area.scope === 'network' && (area.status === 'gat' || area.status === 'kwetsbaar'))
    .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0) || a.index - b.index);
}

/**
 * Key people and sole holders. A key person covers a network area whose status their absence would lower:
 * every coverer when covered = 1 or covered = target. A sole holder is the one person reaching their area's
 * threshold on an item (item columns only). Ordered by areas, then items, then row order.
 */
export function keyPeople(input: AnalysisInput, areas: readonly AreaResult[], norms: readonly AreaNorm[]): KeyPerson[] {
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

/** The level a mentor needs on an area with threshold t: min(4, max(3, t + 1)). */
export function mentorLevel(threshold: number): number {
  return Math.min(4, Math.max(3, threshold + 1));
}

/**
 * Learning pairs: per network area (profile order), each learner (row order: a development wish, not covering
 * it, not n.v.t.) gets the available mentor with the highest level, ties to the one with fewest pairs so far,
 * then row order; a mentor takes at most `limit` learners in total. No mentor available: mentor null.
 */
export function learningPairs(input: AnalysisInput, areas: readonly AreaResult[], limit: number): LearningPair[] {
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
