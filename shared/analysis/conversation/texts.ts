// Sheet names, headers and words of the development conversation (docs/design.md#12-rounds-history-and-reports) in Dutch and English.

import type { Localized } from '../../i18n/language';

/** The second view's sheet: the Teammatrix's layout, filled by a colleague or the team lead. */
export const SHEET_SECOND_VIEW = 'Tweede blik';
/** The development plan's sheet: one goal per row. */
export const SHEET_DEV_PLAN = 'Ontwikkelplan';

export const CONVERSATION_TEXTS = {
  /** The column after the matrix's layout that holds who gave the second view of that row. */
  rater: { nl: 'Tweede blik door', en: 'Second view by' },
  name: { nl: 'Naam', en: 'Name' },
  area: { nl: 'Gebied', en: 'Area' },
  competency: { nl: 'Competentie', en: 'Competency' },
  now: { nl: 'Nu', en: 'Now' },
  goal: { nl: 'Doel', en: 'Goal' },
  action: { nl: 'Actie', en: 'Action' },
  withWhom: { nl: 'Met wie', en: 'With whom' },
  when: { nl: 'Wanneer', en: 'When' },
  status: { nl: 'Status', en: 'Status' },
  statusOpen: { nl: 'open', en: 'open' },
  statusBusy: { nl: 'bezig', en: 'in progress' },
  statusReached: { nl: 'bereikt', en: 'reached' },
  goalPrompt: { nl: 'Het niveau dat u wilt bereiken (0–4)', en: 'The level you want to reach (0–4)' },
  nowNote: {
    nl: 'Nu en bereikt leest Teamscan steeds opnieuw uit de Teammatrix.',
    en: 'Teamscan reads Now and reached from the Teammatrix each time.',
  },
} satisfies Record<string, Localized>;

/** The plan's columns in order, as keys of CONVERSATION_TEXTS. */
export const PLAN_COLUMNS = [
  'name',
  'area',
  'competency',
  'now',
  'goal',
  'action',
  'withWhom',
  'when',
  'status',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** Every header a plan column answers to: both languages, and "Doel" spelled as a target. */
export const PLAN_HEADER_ALIASES: Readonly<Record<PlanColumn, readonly string[]>> = {
  name: ['naam', 'name'],
  area: ['gebied', 'area'],
  competency: ['competentie', 'competency', 'item'],
  now: ['nu', 'now'],
  goal: ['doel', 'goal', 'target'],
  action: ['actie', 'action'],
  withWhom: ['met wie', 'with whom', 'with'],
  when: ['wanneer', 'when'],
  status: ['status'],
};

/** The words a typed status is read as; anything else is kept as typed and counts as open. */
export const REACHED_WORDS: ReadonlySet<string> = new Set(['bereikt', 'reached', 'klaar', 'done']);
