// The personal report's conversation sections: self beside second view, points to discuss, plan, agreements.

import {
  goalProgress,
  goalsOf,
  goalsReachedSince,
  type PlanGoal,
  readDevPlan,
} from '../analysis/conversation/dev-plan';
import { compareViews, type LevelPair, readSecondView, type SecondView } from '../analysis/conversation/second-view';
import type { Language } from '../i18n/language';
import { EMPTY, isLevel, NOT_APPLICABLE } from '../levels/levels';
import { profileIndex } from '../matrix/columns';
import type { Grid } from '../matrix/grid';
import type { MatrixReading } from '../matrix/reading';
import { personKey } from '../text/normalize';
import { conversationText as t } from './conversation-texts';
import { escapeHtml } from './html';
import { areaLabel, cellOf, formatNumber, type ReportInput } from './sections';

/** What the conversation adds to a personal report; the team and anonymous reports never read it. */
export interface ConversationInput {
  /** The Tweede blik sheet as read; only the person's own row is shown. */
  readonly secondView?: SecondView;
  /** The Ontwikkelplan sheet as read; only the person's own goals are shown. */
  readonly plan?: readonly PlanGoal[];
  /**
   * The sheets as a host read them, read here instead when `secondView` / `plan` are absent: the panel passes grids,
   * so the readers travel with the report makers (loaded on demand) rather than with the panel. The second view is
   * read leniently, as the panel reads the matrix (an unreadable cell is left out, never a block).
   */
  readonly secondViewSheet?: Grid;
  readonly planSheet?: Grid;
}

function secondViewOf(input: ConversationReportInput): SecondView | undefined {
  const given = input.conversation;
  if (given?.secondView) return given.secondView;
  return given?.secondViewSheet
    ? readSecondView(given.secondViewSheet, input.reading.profile, { lenient: true })
    : undefined;
}

function planOf(input: ConversationReportInput): readonly PlanGoal[] {
  const given = input.conversation;
  if (given?.plan) return given.plan;
  return given?.planSheet ? readDevPlan(given.planSheet, input.reading.profile) : [];
}

export type ConversationReportInput = ReportInput & { readonly conversation?: ConversationInput };

const STYLE = `<style>
.views th { background: #f3f6fa; font-weight: 600; }
.views td.level { width: auto; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.items { columns: 6; column-gap: 4mm; list-style: none; padding: 0; font-size: 8pt; }
.agree { border-bottom: 1px solid #bbb; height: 7mm; }
.instrument { border-left: 3px solid #5b93d6; padding-left: 2mm; font-size: 9.5pt; }
.plan td { vertical-align: top; }
h3 { font-size: 10.5pt; margin: 1mm 0; }
</style>`;

function shownLevel(level: number, lang: Language): string {
  if (level === NOT_APPLICABLE) return t('notApplicable', lang);
  return level === EMPTY || !isLevel(level) ? '–' : formatNumber(level, lang);
}

function itemOf(reading: MatrixReading, item: number) {
  return profileIndex(reading.profile).items[item]!.item;
}

function what(reading: MatrixReading, pair: Pick<LevelPair, 'area' | 'item'>): string {
  if (pair.item === undefined) return areaLabel(reading.profile.areas[pair.area]!);
  const item = itemOf(reading, pair.item);
  return `${item.id} ${item.text}`;
}

/** A section; `flow` lets a long one (a full scan's lists) break across pages instead of leaving a page half empty. */
function section(title: string, body: string, flow = false): string {
  return `<section${flow ? ' class="flow"' : ''}><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/** Points to discuss written out with their texts; beyond this many, the rest are named by id (the page budget). */
const DISCUSS_WRITTEN = 6;

/**
 * The points to discuss beyond the written ones, as one line: items stand in bold in the per-item list below, so
 * they are counted; areas (a long custom profile) are named with both levels.
 */
function moreToDiscuss(reading: MatrixReading, rest: readonly LevelPair[], lang: Language): string {
  if (rest.length === 0) return '';
  if (rest.every((pair) => pair.item !== undefined)) {
    return `<li>${escapeHtml(t('discussMoreBold', lang, { count: rest.length }))}</li>`;
  }
  const named = rest.map((pair) => {
    const name = pair.item === undefined ? what(reading, pair) : itemOf(reading, pair.item).id;
    return `${name} (${shownLevel(pair.self, lang)}/${shownLevel(pair.second, lang)})`;
  });
  return `<li>${escapeHtml(t('discussMore', lang, { count: rest.length, list: named.join(', ') }))}</li>`;
}

/** The sentence that says what the document is, and the second view beside the self-scan, its differences first. */
export function viewSections(input: ConversationReportInput, name: string): string[] {
  const { lang, reading } = input;
  // Without the conversation's sheets the personal report stays as it was.
  if (!input.conversation) return [];
  const sentence = `${STYLE}<p class="instrument">${escapeHtml(t('instrument', lang))}</p>`;
  const second = secondViewOf(input);
  if (!second) return [sentence];
  const view = compareViews(reading, second, name);
  if (!view) {
    return [sentence, section(t('sideBySide', lang), `<p>${escapeHtml(t('noSecondView', lang))}</p>`)];
  }
  const line = (pair: LevelPair) =>
    t('discussLine', lang, {
      what: what(reading, pair),
      self: shownLevel(pair.self, lang),
      second: shownLevel(pair.second, lang),
    });
  const written = view.discuss.slice(0, DISCUSS_WRITTEN);
  const more = moreToDiscuss(reading, view.discuss.slice(DISCUSS_WRITTEN), lang);
  const discuss = view.discuss.length
    ? `<p class="meta">${escapeHtml(t('discussNote', lang))}</p><ul>${written.map((pair) => `<li>${escapeHtml(line(pair))}</li>`).join('')}${more}</ul>`
    : `<p>${escapeHtml(t('discussNone', lang))}</p>`;
  const by = view.rater ? ` (${t('secondBy', lang, { rater: view.rater })})` : '';
  // Areas across, self and second view as two rows: both levels of an area stand right above each other.
  const areas = view.areas.filter((pair) => isLevel(pair.self) || isLevel(pair.second));
  const head = `<tr><th scope="col"><span class="hidden">${escapeHtml(t('area', lang))}</span></th>${areas
    .map((pair) => `<th scope="col">${escapeHtml(what(reading, pair))}</th>`)
    .join('')}</tr>`;
  const levels = (title: string, pick: (pair: LevelPair) => number) =>
    `<tr><th scope="row">${escapeHtml(title)}</th>${areas.map((pair) => cellOf(pick(pair), lang)).join('')}</tr>`;
  const table = `<table class="views"><thead>${head}</thead><tbody>${levels(t('self', lang), (pair) => pair.self)}${levels(
    t('second', lang),
    (pair) => pair.second,
  )}</tbody></table><p class="meta">${escapeHtml(`${t('second', lang)}${by}`)}</p>`;
  const items = view.items.filter((pair) => isLevel(pair.self) || isLevel(pair.second));
  // Per item compactly, "id zelf/tweede": the texts of the ones that matter are in the list to discuss.
  const itemList = items.length
    ? `<p class="meta">${escapeHtml(t('itemsNote', lang))}</p><ul class="items">${items
        .map((pair) => {
          const text = `${itemOf(reading, pair.item!).id} ${shownLevel(pair.self, lang)}/${shownLevel(pair.second, lang)}`;
          return `<li>${pair.discuss ? `<strong>${escapeHtml(text)}</strong>` : escapeHtml(text)}</li>`;
        })
        .join('')}</ul>`
    : '';
  return [sentence, section(t('discuss', lang), discuss, true), section(t('sideBySide', lang), table + itemList, true)];
}

/** The person's plan with who helps and when, goals reached since the earlier round, and space for agreements. */
export function planSections(input: ConversationReportInput, name: string): string[] {
  const { lang, reading } = input;
  if (!input.conversation) return [];
  const plan = planOf(input);
  const goals = goalsOf(goalProgress(plan, reading), name);
  const mine = plan.filter((goal) => personKey(goal.name) === personKey(name));
  const before = input.progress?.before;
  const since =
    before && mine.length
      ? `<p>${escapeHtml(t('reachedSince', lang, { since: input.progress!.since, count: goalsReachedSince(mine, before, reading).length, total: mine.length }))}</p>`
      : '';
  const header = (['planWhat', 'planNow', 'planGoal', 'planAction', 'planWith', 'planWhen', 'planStatus'] as const)
    .map((key) => `<th scope="col">${escapeHtml(t(key, lang))}</th>`)
    .join('');
  const rows = goals.map((goal) => {
    const cells = [
      what(reading, goal),
      shownLevel(goal.now, lang),
      goal.goal === undefined ? '–' : formatNumber(goal.goal, lang),
      goal.action,
      goal.withWhom,
      goal.when,
      goal.reached ? t('reached', lang) : goal.status || t('open', lang),
    ];
    return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  });
  const body = goals.length
    ? `<table class="plan"><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>${since}`
    : `<p>${escapeHtml(t('planNone', lang))}</p>`;
  // Three ruled lines and the date of the next conversation: written by hand on the printed page.
  const agreements = `<p class="meta">${escapeHtml(t('agreementsNote', lang))}</p>${'<div class="agree"></div>'.repeat(3)}<p>${escapeHtml(t('nextMeeting', lang))} ____________________</p>`;
  return [section(t('plan', lang), body), section(t('agreements', lang), agreements)];
}
