// What a report may publish under docs/design.md#9-reliability-and-privacy's privacy rule: every figure over a group of at least k people.

import type { AreaResult } from '../analysis/types';
import { MIN_LEVEL } from '../levels/levels';
import type { MatrixReading } from '../matrix/reading';
import { personKey } from '../text/normalize';
import { ReportError } from './messages';
import type { ReportInput } from './sections';

/** k by default (docs/design.md#9-reliability-and-privacy) and what the panel always uses. */
export const DEFAULT_MIN_GROUP = 5;
/** k is never below this (docs/design.md#9-reliability-and-privacy). */
export const LOWEST_MIN_GROUP = 3;

/** Why a figure is left out; the report says it in the reader's language. */
export type Withheld = 'tooFewScanned' | 'tooFewBoth' | 'wouldSingleOut' | 'tooFewColleagues';

/** The report's k, refused when it is not a whole number of at least LOWEST_MIN_GROUP. */
export function minGroupOf(input: Pick<ReportInput, 'minGroup'>): number {
  const k = input.minGroup ?? DEFAULT_MIN_GROUP;
  if (!Number.isInteger(k) || k < LOWEST_MIN_GROUP) {
    throw new ReportError('reportMinGroup', { value: String(k), lowest: LOWEST_MIN_GROUP });
  }
  return k;
}

/** Rows (indexes into reading.people) with a level on the area: n.v.t. and empty do not count. */
export function scannedOn(reading: MatrixReading, area: number): number[] {
  const rows: number[] = [];
  reading.people.forEach((person, row) => {
    if (person.areaLevels[area]! >= MIN_LEVEL) rows.push(row);
  });
  return rows;
}

/** One area's figures in the anonymous report, all over `members` (kept for the privacy audit, never printed). */
export interface AnonymousArea {
  readonly area: AreaResult;
  readonly members: readonly number[];
  /** People per level 0..4 (a level's whole part), over the members. */
  readonly counts: readonly number[];
  /** Set when the area is left out; its figures are then never printed. */
  readonly withheld?: Withheld;
}

/** One area's progress: covered before and now over the people present and scanned on it in both rounds. */
export interface AnonymousProgress {
  readonly area: AreaResult;
  /** Rows of the current round in the group. */
  readonly members: readonly number[];
  readonly coveredBefore: number;
  readonly coveredNow: number;
  readonly withheld?: Withheld;
}

export interface AnonymousFigures {
  readonly minGroup: number;
  readonly areas: readonly AnonymousArea[];
  readonly progress?: {
    readonly since: string;
    readonly areas: readonly AnonymousProgress[];
    readonly joined: number;
    readonly left: number;
  };
}

/**
 * The anonymous report's figures. An area is shown only where at least k people are scanned on it. Progress is
 * counted only over the people present and scanned on the area in both rounds, shown where that group is at
 * least k and where the people scanned on it now but not in the group are none or at least k (else the
 * difference between the area's current figures and its progress would be one person's). Refuses the report
 * when fewer than k people are scanned at all.
 */
export function anonymousFigures(input: ReportInput): AnonymousFigures {
  const { reading, analysis } = input;
  const k = minGroupOf(input);
  if (analysis.scanned < k) throw new ReportError('reportTooFewPeople', { minimum: k, scanned: analysis.scanned });
  const areas = analysis.areas.map((area): AnonymousArea => {
    const members = scannedOn(reading, area.index);
    const counts = [0, 0, 0, 0, 0];
    for (const row of members) counts[Math.min(4, Math.floor(reading.people[row]!.areaLevels[area.index]!))]!++;
    return members.length >= k ? { area, members, counts } : { area, members, counts, withheld: 'tooFewScanned' };
  });
  const earlier = input.progress?.before;
  if (!input.progress || !earlier) return { minGroup: k, areas };
  const { comparison, since } = input.progress;
  const beforeRows = new Map(earlier.people.map((person) => [personKey(person.name), person]));
  const progress = areas.map((shown): AnonymousProgress => {
    const { area } = shown;
    const old = earlier.profile.areas.findIndex((candidate) => candidate.id === area.id);
    const was = (row: number) => {
      const person = beforeRows.get(personKey(reading.people[row]!.name));
      return person && old >= 0 ? person.areaLevels[old]! : -Infinity;
    };
    const members = shown.members.filter((row) => was(row) >= MIN_LEVEL);
    const coveredBefore = members.filter((row) => was(row) >= area.threshold).length;
    const coveredNow = members.filter((row) => reading.people[row]!.areaLevels[area.index]! >= area.threshold).length;
    const figures = { area, members, coveredBefore, coveredNow };
    if (shown.withheld || members.length < k) return { ...figures, withheld: 'tooFewBoth' };
    const onlyNow = shown.members.length - members.length;
    return onlyNow > 0 && onlyNow < k ? { ...figures, withheld: 'wouldSingleOut' } : figures;
  });
  return {
    minGroup: k,
    areas,
    progress: { since, areas: progress, joined: comparison.joined.length, left: comparison.left.length },
  };
}

/** The personal report's comparison on one area: the team average only where k others are scanned on it. */
export interface PersonalComparison {
  readonly area: AreaResult;
  readonly mine: number | null;
  /** Everyone scanned on the area, the person included: the same figure in every personal report. */
  readonly team: number | null;
  /** Rows the average is over (kept for the privacy audit, never printed). */
  readonly members: readonly number[];
  readonly withheld?: Withheld;
}

export function personalComparison(input: ReportInput, row: number): PersonalComparison[] {
  const { reading, analysis } = input;
  const k = minGroupOf(input);
  return analysis.areas.map((area) => {
    const own = reading.people[row]!.areaLevels[area.index]!;
    const mine = own >= MIN_LEVEL ? own : null;
    const members = scannedOn(reading, area.index);
    const others = members.filter((member) => member !== row).length;
    if (others < k) return { area, mine, team: null, members, withheld: 'tooFewColleagues' };
    const sum = members.reduce((total, member) => total + reading.people[member]!.areaLevels[area.index]!, 0);
    return { area, mine, team: sum / members.length, members };
  });
}
