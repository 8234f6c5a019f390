// Localizable messages and the error type every core failure is reported with.

import { CORE_MESSAGES, type CoreMessageKey } from './core-messages';
import { fillTemplate, KeyedError, type MessageParams } from './keyed-error';
import { DEFAULT_LANGUAGE, type Language, type Localized } from './language';
import { type NoteKey, READING_NOTES } from './reading-notes';

export { fillTemplate, type MessageParams };

/** A message that is rendered in the reader's language only when it is shown. */
export interface Message<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params: MessageParams;
}

/** A core message (an error, a status word) or a reading's note. */
export type MessageKey = CoreMessageKey | NoteKey;

export function message(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

/** A core message: what an error carries, so it can be thrown as a TeamscanError. */
export function coreMessage(key: CoreMessageKey, params: MessageParams = {}): Message<CoreMessageKey> {
  return { key, params };
}

/**
 * Fills a message's template in the given language. The notes' table is reached only from here, so code that
 * never shows a note (the Apps Script server) does not carry it (docs/design.md#10-performance-targets).
 */
export function formatMessage(msg: Message, lang: Language = DEFAULT_LANGUAGE): string {
  const key = msg.key;
  const template: Localized = Object.hasOwn(READING_NOTES, key)
    ? READING_NOTES[key as NoteKey]
    : CORE_MESSAGES[key as CoreMessageKey];
  return fillTemplate(template[lang], msg.params);
}

export function text(key: CoreMessageKey, lang: Language = DEFAULT_LANGUAGE): string {
  return CORE_MESSAGES[key][lang];
}

/** Shows a user's value inside a message: text in quotes, other values as they are. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '"(datum)"' : `"${value.toISOString().slice(0, 10)}"`;
  if (value === null || value === undefined) return '""';
  if (typeof value === 'object') return '"(object)"';
  return String(value);
}

/** Every error the core raises: carries the message so each host can show it in its own language. */
export class TeamscanError extends KeyedError<CoreMessageKey> {
  readonly detail: Message<CoreMessageKey>;

  constructor(detail: Message<CoreMessageKey>) {
    super('core', CORE_MESSAGES, detail.key, detail.params);
    this.name = 'TeamscanError';
    this.detail = detail;
  }
}

export function fail(key: CoreMessageKey, params: MessageParams = {}): never {
  throw new TeamscanError(coreMessage(key, params));
}
