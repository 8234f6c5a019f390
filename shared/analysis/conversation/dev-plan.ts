// The development plan as read from its sheet: goals per person, "Nu" read live from the matrix, "bereikt" when it reaches Doel.

import { quoteValue } from '../../i18n/message';
import { EMPTY, isLevel } from '../../levels/levels';
import { readLevel } from '../../levels/parse';
import { cellAddress, DEFAULT_ORIGIN } from '../../matrix/address';
import { matchHeader, profileIndex } from '../../matrix/columns';
import { type CellValue, cellText, type Grid } from '../../matrix/grid';
import { findPerson, type MatrixReading } from '../../matrix/reading';
import type { Profile } from '../../profiles/model';
import { foldText, matchKey, personKey } from '../../text/normalize';
import { failPlan } from './messages';
import { PLAN_COLUMNS, PLAN_HEADER_ALIASES, type PlanColumn, REACHED_WORDS, SHEET_DEV_PLAN } from './texts';

/** One goal of the plan, as typed (or added by the panel). */
export interface PlanGoal {
  /** 1-based sheet row, for a message or a write. */
  readonly sheetRow: number;
  readonly name: string;
  /** Index of the area in the profile. */
  readonly area: number;
  /** Index of the item in the profile's item order, when the goal is on one competency. */
  readonly item?: number;
  /** The level to reach; undefined while the row has none yet. */
  readonly goal?: number;
  readonly action: string;
  readonly withWhom: string;
  readonly when: string;
  /** The status as typed; "bereikt" is decided by the matrix, not by this word. */
  readonly status: string;
}

/** A goal beside the matrix as it is now. */
export interface GoalProgress extends PlanGoal {
  /** The person's level now on the goal's item (its own column) or else its area; EMPTY when not scanned. */
  readonly now: number;
  readonly reached: boolean;
}

/** Where each plan column is in a header row (by its header in either language); absent columns are missing. */
export function planColumns(header: readonly CellValue[]): Partial<Record<PlanColumn, number>> {
  const found: Partial<Record<PlanColumn, number>> = {};
  header.forEach((cell, column) => {
    const key = matchKey(cellText(cell));
    for (const name of PLAN_COLUMNS) {
      if (found[name] === undefined && PLAN_HEADER_ALIASES[name].includes(key)) found[name] = column;
    }
  });
  return found;
}

/**
 * Reads the plan sheet. An empty sheet is an empty plan; a header without Naam, Gebied and Doel, an area that is
 * not the profile's or a Doel that is no level is refused naming the cell and its value.
 */
export function readDevPlan(grid: Grid, profile: Profile): PlanGoal[] {
  const rows = grid.values;
  const origin = grid.origin ?? { ...DEFAULT_ORIGIN, sheet: SHEET_DEV_PLAN };
  if (rows.every((row) => row.every((cell) => cellText(cell) === ''))) return [];
  const at = planColumns(rows[0] ?? []);
  if (at.name === undefined || (at.area === undefined && at.competency === undefined) || at.goal === undefined) {
    failPlan('planNoHeader', { sheet: origin.sheet ?? SHEET_DEV_PLAN });
  }
  const index = profileIndex(profile);
  const goals: PlanGoal[] = [];
  const textAt = (row: readonly CellValue[], column: number | undefined) =>
    column === undefined ? '' : cellText(row[column]);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const name = textAt(row, at.name);
    if (!name) continue;
    const cell = (column: number) => cellAddress(origin, r, column);
    const competency = textAt(row, at.competency);
    const itemTarget = competency ? matchHeader(index, competency) : undefined;
    if (competency && itemTarget?.kind !== 'item') {
      failPlan('planUnknownArea', { cell: cell(at.competency!), value: quoteValue(competency), profile: profile.id });
    }
    const areaText = textAt(row, at.area);
    const areaTarget = areaText ? matchHeader(index, areaText) : undefined;
    if (areaText && areaTarget?.kind !== 'area' && !itemTarget) {
      failPlan('planUnknownArea', { cell: cell(at.area!), value: quoteValue(areaText), profile: profile.id });
    }
    const item = itemTarget?.kind === 'item' ? itemTarget.item : undefined;
    const area = itemTarget?.kind === 'item' ? itemTarget.area : areaTarget?.kind === 'area' ? areaTarget.area : -1;
    if (area < 0) continue;
    const raw = row[at.goal!];
    const level = cellText(raw) === '' ? EMPTY : readLevel(raw);
    if (level !== EMPTY && !isLevel(level)) {
      failPlan('planBadGoal', { cell: cell(at.goal!), value: quoteValue(raw) });
    }
    goals.push({
      sheetRow: origin.row + r,
      name,
      area,
      ...(item !== undefined ? { item } : {}),
      ...(level === EMPTY ? {} : { goal: level }),
      action: textAt(row, at.action),
      withWhom: textAt(row, at.withWhom),
      when: textAt(row, at.when),
      status: textAt(row, at.status),
    });
  }
  return goals;
}

/** The person's level now on what a goal is about: the item's own column when the matrix has it, else the area. */
function levelNow(goal: PlanGoal, reading: MatrixReading): number {
  const person = findPerson(reading, goal.name);
  if (!person) return EMPTY;
  if (goal.item !== undefined && reading.itemColumns[goal.item]) return person.itemLevels[goal.item]!;
  return person.areaLevels[goal.area]!;
}

/** Each goal with "Nu" read from the matrix and whether it is reached there (a typed "bereikt" alone is not). */
export function goalProgress(goals: readonly PlanGoal[], reading: MatrixReading): GoalProgress[] {
  return goals.map((goal) => {
    const now = levelNow(goal, reading);
    return { ...goal, now, reached: goal.goal !== undefined && isLevel(now) && now >= goal.goal };
  });
}

/** A person's goals, in the plan's order; `open` leaves out the reached ones. */
export function goalsOf(progress: readonly GoalProgress[], name: string, open = false): GoalProgress[] {
  const key = personKey(name);
  return progress.filter((goal) => personKey(goal.name) === key && !(open && goal.reached));
}

/** Whether the typed status says reached (while the matrix may not yet): shown, never counted. */
export function saysReached(goal: PlanGoal): boolean {
  return REACHED_WORDS.has(foldText(goal.status));
}

/** Goals the matrix reaches now that an earlier round (a snapshot) did not reach: what VOORTGANG and "Vergelijk met" count. */
export function goalsReachedSince(
  goals: readonly PlanGoal[],
  before: MatrixReading,
  now: MatrixReading,
): GoalProgress[] {
  const earlier = goalProgress(goals, before);
  return goalProgress(goals, now).filter((goal, i) => goal.reached && !earlier[i]!.reached);
}

/** How many of the plan's goals (those with a Doel) were reached since `before`: undefined for a plan without any. */
export function goalsCount(
  goals: readonly PlanGoal[],
  before: MatrixReading,
  now: MatrixReading,
): { readonly reached: number; readonly total: number } | undefined {
  const total = goals.filter((goal) => goal.goal !== undefined).length;
  return total ? { reached: goalsReachedSince(goals, before, now).length, total } : undefined;
}
