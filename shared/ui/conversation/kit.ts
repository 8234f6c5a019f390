// What the Scan part's conversation pieces need beyond the panel: reading both views and the plan, suggestions, a goal's write, the texts.

import { analyze } from '../../analysis/analyze';
import { goalProgress, goalsOf, readDevPlan } from '../../analysis/conversation/dev-plan';
import { compareViews, readSecondView, type ViewComparison } from '../../analysis/conversation/second-view';
import { type GoalSuggestion, goalRow, suggestGoals } from '../../analysis/conversation/suggest';
import { CONVERSATION_TEXTS, type PlanColumn } from '../../analysis/conversation/texts';
import type { AnalysisOptions } from '../../analysis/types';
import type { SheetSnapshot } from '../../host/bridge';
import type { Language } from '../../i18n/language';
import { fillTemplate, type MessageParams } from '../../i18n/message';
import type { MatrixReading } from '../../matrix/reading';
import { goalWrite } from '../../scan/goal-write';
import { readSecondTeam } from '../../scan/second-view-team';
import { TALK_MESSAGES, type TalkKey } from './texts';

/** A conversation text in the panel's language. */
export function talkText(key: TalkKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(TALK_MESSAGES[key][lang], params);
}

/** A plan column's header (the hand-made goal's field labels) in the panel's language. */
export function planHeader(key: PlanColumn, lang: Language): string {
  return CONVERSATION_TEXTS[key][lang];
}

/** What the Scan part shows of one person's conversation, read from the sheets as they are now. */
export interface PersonConversation {
  /** Self beside the second view; undefined without a Tweede blik sheet or a view of this person. */
  readonly comparison?: ViewComparison;
  /** With an Ontwikkelplan sheet: the open goals with Nu from the matrix, how many are reached, suggestions. */
  readonly plan?: {
    readonly open: ReturnType<typeof goalProgress>;
    readonly reached: number;
    readonly total: number;
    readonly suggestions: readonly GoalSuggestion[];
  };
}

/**
 * Reads a person's conversation: `self` is the Teammatrix as the panel read it, `second` and `plan` the sheets
 * (a missing sheet shows nothing of it), `options` the Dekking's norms (suggestions use the areas' thresholds).
 * A plan that cannot be read throws its ConversationError naming the cell.
 */
export function personConversation(
  self: MatrixReading,
  name: string,
  second: SheetSnapshot,
  plan: SheetSnapshot,
  options: AnalysisOptions,
): PersonConversation {
  const at = (sheet: string) => ({ sheet, row: 1, column: 1 });
  const view = second.exists
    ? readSecondView({ ...second.grid, origin: at(second.sheet) }, self.profile, { lenient: true })
    : undefined;
  const comparison = view ? compareViews(self, view, name) : undefined;
  if (!plan.exists) return comparison ? { comparison } : {};
  const goals = readDevPlan({ ...plan.grid, origin: at(plan.sheet) }, self.profile);
  const mine = goalsOf(goalProgress(goals, self), name);
  const suggestions = suggestGoals(self, analyze(self, options), name, goals);
  return {
    ...(comparison ? { comparison } : {}),
    plan: {
      open: mine.filter((goal) => !goal.reached),
      reached: mine.filter((goal) => goal.reached).length,
      total: mine.filter((goal) => goal.goal !== undefined).length,
      suggestions,
    },
  };
}

/** The person's level now on an area or one of its items (the item's own column, else the area), as Nu is read. */
export function levelNow(reading: MatrixReading, name: string, area: number, item?: number): number {
  const goal = {
    sheetRow: 0,
    name,
    area,
    ...(item !== undefined ? { item } : {}),
    action: '',
    withWhom: '',
    when: '',
    status: '',
  };
  return goalProgress([goal], reading)[0]!.now;
}

export { goalRow, goalWrite, readSecondTeam };
