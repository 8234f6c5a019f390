// Goal suggestions for the development plan: growth points in the areas a person wishes to develop, with their mentor.

import type { Language } from '../../i18n/language';
import { EMPTY, isLevel, MAX_LEVEL } from '../../levels/levels';
import { findPerson, type MatrixReading } from '../../matrix/reading';
import { personKey } from '../../text/normalize';
import type { Analysis } from '../types';
import type { PlanGoal } from './dev-plan';
import { CONVERSATION_TEXTS } from './texts';

export interface GoalSuggestion {
  readonly name: string;
  readonly area: number;
  readonly item?: number;
  /** The level now (EMPTY when not scanned yet). */
  readonly now: number;
  readonly goal: number;
  /** The learning pair's mentor for the area (docs/design.md#4b-insights-beyond-coverage); empty when none. */
  readonly withWhom: string;
}

/** The next level worth aiming at: the area's threshold while below it, else one level up. */
function nextGoal(now: number, threshold: number): number {
  if (!isLevel(now) || now < threshold) return Math.min(MAX_LEVEL, Math.ceil(threshold));
  return Math.min(MAX_LEVEL, Math.floor(now) + 1);
}

/**
 * Suggestions for a person: in every area they marked as a development wish, each item below the area's
 * threshold (where the matrix has item columns), else the area itself while it is below expert; goals the plan
 * already holds for the same area or item are left out.
 */
export function suggestGoals(
  reading: MatrixReading,
  analysis: Analysis,
  name: string,
  existing: readonly PlanGoal[] = [],
): GoalSuggestion[] {
  const person = findPerson(reading, name);
  if (!person) return [];
  const key = personKey(name);
  const planned = new Set(
    existing
      .filter((goal) => personKey(goal.name) === key)
      .map((goal) => (goal.item !== undefined ? `i${goal.item}` : `a${goal.area}`)),
  );
  const suggestions: GoalSuggestion[] = [];
  let firstItem = 0;
  reading.profile.areas.forEach((area, index) => {
    const itemIndexes = area.items.map((_, offset) => firstItem + offset);
    firstItem += area.items.length;
    if (!person.wishes[index]) return;
    const result = analysis.areas[index]!;
    const mentor = analysis.pairs.find((pair) => pair.area === result.id && pair.learner === person.name)?.mentor ?? '';
    const withColumns = itemIndexes.filter((item) => reading.itemColumns[item]);
    const candidates = withColumns.length
      ? withColumns
          .filter((item) => {
            const level = person.itemLevels[item]!;
            return level === EMPTY || (isLevel(level) && level < result.threshold);
          })
          .map((item) => ({ item, now: person.itemLevels[item]! }))
      : isLevel(person.areaLevels[index]!) && person.areaLevels[index]! >= MAX_LEVEL
        ? []
        : [{ item: undefined, now: person.areaLevels[index]! }];
    for (const { item, now } of candidates) {
      if (planned.has(item !== undefined ? `i${item}` : `a${index}`)) continue;
      suggestions.push({
        name: person.name,
        area: index,
        ...(item !== undefined ? { item } : {}),
        now,
        goal: nextGoal(now, result.threshold),
        withWhom: mentor,
      });
    }
  });
  return suggestions;
}

/** A suggestion (or a hand-made goal) as a row of the plan's sheet, in its column order; text stays text. */
export function goalRow(
  reading: MatrixReading,
  goal: Pick<GoalSuggestion, 'name' | 'area' | 'item' | 'now' | 'goal' | 'withWhom'>,
  lang: Language,
  extra: { readonly action?: string; readonly when?: string } = {},
): (string | number | null)[] {
  const area = reading.profile.areas[goal.area]!;
  const itemId =
    goal.item === undefined ? '' : reading.profile.areas.flatMap((candidate) => candidate.items)[goal.item]!.id;
  return [
    goal.name,
    area.name,
    itemId,
    isLevel(goal.now) ? goal.now : null,
    goal.goal,
    extra.action ?? '',
    goal.withWhom,
    extra.when ?? '',
    CONVERSATION_TEXTS.statusOpen[lang],
  ];
}
