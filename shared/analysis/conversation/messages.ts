// Messages of the development conversation (docs/design.md#12-rounds-history-and-reports): reading the plan sheet. A table of its own, not
// the core's, so the Apps Script server and the task pane, which never read a plan, do not carry it.

import { KeyedError, type MessageParams, type MessageTable } from '../../i18n/keyed-error';

export const CONVERSATION_MESSAGES = {
  planNoHeader: {
    nl: 'Het blad {sheet} heeft geen kopregel met Naam, Gebied en Doel.',
    en: 'The sheet {sheet} has no header row with Name, Area and Goal.',
  },
  planUnknownArea: {
    nl: 'Cel {cell}: {value} is geen gebied of competentie van het profiel {profile}.',
    en: 'Cell {cell}: {value} is not an area or competency of the profile {profile}.',
  },
  planBadGoal: {
    nl: 'Cel {cell}: het doel {value} is geen niveau van 0 tot 4.',
    en: 'Cell {cell}: the goal {value} is not a level from 0 to 4.',
  },
  planNoColumn: {
    nl: 'Het blad {sheet} heeft geen kolom {column}: het doel is niet toegevoegd, zodat er niets verloren gaat. Zet de kolom terug of voeg het doel daar zelf toe.',
    en: 'The sheet {sheet} has no column {column}: the goal was not added, so nothing is lost. Put the column back or add the goal there yourself.',
  },
} as const;

export type ConversationMessageKey = keyof typeof CONVERSATION_MESSAGES;

/** A refusal of the conversation's sheets, naming the cell and the value; shown in the reader's language. */
export class ConversationError extends KeyedError<ConversationMessageKey> {
  constructor(key: ConversationMessageKey, params: MessageParams = {}) {
    super('conversation', CONVERSATION_MESSAGES as MessageTable<ConversationMessageKey>, key, params);
    this.name = 'ConversationError';
  }
}

export function failPlan(key: ConversationMessageKey, params: MessageParams = {}): never {
  throw new ConversationError(key, params);
}
