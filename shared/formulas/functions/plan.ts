// ONTWIKKELPLAN: a person's open goals from the Ontwikkelplan sheet, "Nu" read live from the matrix (docs/design.md#12-rounds-history-and-reports).

import { type GoalProgress, goalProgress, goalsOf } from '../../analysis/conversation/dev-plan';
import type { Language } from '../../i18n/language';
import { profileIndex } from '../../matrix/columns';
import type { MatrixReading } from '../../matrix/reading';
import * as declared from '../declarations';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaDefinition, FormulaTable } from '../types';
import { levelCell } from './people';
import { failInScope } from './unreadable';

/** The table's columns: the plan sheet's without Naam and Status. */
const COLUMNS = ['area', 'competency', 'now', 'goal', 'action', 'withWhom', 'when'] as const;

function goalRow(goal: GoalProgress, reading: MatrixReading, lang: Language): FormulaTable[number] {
  const item = goal.item === undefined ? '' : profileIndex(reading.profile).items[goal.item]!.item.id;
  return [
    reading.profile.areas[goal.area]!.role,
    item,
    levelCell(goal.now, lang),
    goal.goal ?? '',
    goal.action,
    goal.withWhom,
    goal.when,
  ];
}

export const ONTWIKKELPLAN: FormulaDefinition<typeof declared.ONTWIKKELPLAN.params> = {
  ...declared.ONTWIKKELPLAN,
  run: ({ plan, person, matrix }, context) => {
    // The plan is required here: its reader refuses one left out.
    const mine = goalsOf(goalProgress(plan!, matrix), person.name);
    // "Nu" and "bereikt" come from the person's row: an unreadable cell there is named, never read as no level.
    for (const goal of mine) failInScope(matrix, { area: goal.area, gridRow: person.gridRow });
    const header = COLUMNS.map((key) => FORMULA_TEXTS[key][context.lang]);
    const open = mine.filter((goal) => !goal.reached);
    return [header, ...open.map((goal) => goalRow(goal, matrix, context.lang))];
  },
};
