// The insights of docs/design.md#4b-insights-beyond-coverage: risk per network area, key people and sole holders (learning pairs: pairs.ts).

import { MIN_LEVEL } from '../levels/levels';
import { profileIndex } from '../matrix/columns';
import type { AreaNorm } from './norms';
import type { AnalysisInput, AreaResult, KeyPerson } from './types';

/** Risk = row "doers" band, column "teachers" band (docs/design.md#4b-insights-beyond-coverage). */
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
 * itemHolders codes beside a row index: an item scanned but nobody reaches, one that two or more reach, or one
 * nobody has a level on (not scanned: no blind spot, docs/design.md#4-what-the-answers-mean).
 */
export const NO_HOLDER = -1;
export const SEVERAL_HOLDERS = -2;
export const NOT_SCANNED = -3;

/**
 * Per item in profile order: the row of the one person reaching the area's threshold on it, NO_HOLDER or
 * SEVERAL_HOLDERS; items without a column of their own count as held by several (they are neither blind spots
 * nor held alone). One scan per item column that stops at its second holder, shared by blind spots and sole
 * holders.
 */
export function itemHolders(input: AnalysisInput, norms: readonly AreaNorm[]): Int32Array {
  const { items } = profileIndex(input.profile);
  const people = input.people;
  const holders = new Int32Array(items.length).fill(SEVERAL_HOLDERS);
  for (let index = 0; index < items.length; index++) {
    if (!input.itemColumns[index]) continue;
    const threshold = norms[items[index]!.area]!.threshold;
    let holder = NO_HOLDER;
    let scanned = false;
    for (let row = 0; row < people.length; row++) {
      const level = people[row]!.itemLevels[index]!;
      if (level >= MIN_LEVEL) scanned = true;
      if (!(level >= threshold)) continue;
      if (holder !== NO_HOLDER) {
        holder = SEVERAL_HOLDERS;
        break;
      }
      holder = row;
    }
    holders[index] = holder === NO_HOLDER && !scanned ? NOT_SCANNED : holder;
  }
  return holders;
}

/**
 * Key people and sole holders. A key person covers a network area whose status their absence would lower:
 * every coverer when covered = 1 or covered = target. A sole holder is the one person reaching their area's
 * threshold on an item (item columns only; `holders` from itemHolders). Ordered by areas, then items, then
 * row order.
 */
export function keyPeople(input: AnalysisInput, areas: readonly AreaResult[], holders: Int32Array): KeyPerson[] {
  const people = input.people;
  const byRow = new Map<number, { areas: string[]; items: string[] }>();
  const entry = (row: number) => {
    let found = byRow.get(row);
    if (!found) {
      found = { areas: [], items: [] };
      byRow.set(row, found);
    }
    return found;
  };
  for (const area of areas) {
    if (area.scope !== 'network' || area.covered === 0) continue;
    if (area.covered !== 1 && area.covered !== area.target) continue;
    for (let row = 0; row < people.length; row++) {
      if (people[row]!.areaLevels[area.index]! >= area.threshold) entry(row).areas.push(area.id);
    }
  }
  const { items } = profileIndex(input.profile);
  for (let index = 0; index < holders.length; index++) {
    const row = holders[index]!;
    if (row >= 0) entry(row).items.push(items[index]!.item.id);
  }
  return [...byRow.entries()]
    .sort(([a, x], [b, y]) => y.areas.length - x.areas.length || y.items.length - x.items.length || a - b)
    .map(([row, found]) => ({ name: people[row]!.name, areas: found.areas, items: found.items }));
}

/** The level a mentor needs on an area with threshold t: min(4, max(3, t + 1)). */
export function mentorLevel(threshold: number): number {
  return Math.min(4, Math.max(3, threshold + 1));
}
