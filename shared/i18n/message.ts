// Localizable messages and the error type every core failure is reported with.

import { CORE_MESSAGES, type CoreMessageKey } from './core-messages';
import { fillTemplate, KeyedError, type MessageParams } from './keyed-error';
import { DEFAULT_LANGUAGE, type Language } from './language';

export { fillTemplate, type MessageParams };

/** A message that is rendered in the reader's language only when it is shown. */
export interface Message {
  readonly key: CoreMessageKey;
  readonly params: MessageParams;
}

export function message(key: CoreMessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

/** Fills a message's template in the given language. */
export function formatMessage(msg: Message, lang: Language = DEFAULT_LANGUAGE): string {
  return fillTemplate(CORE_MESSAGES[msg.key][lang], msg.params);
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
  readonly detail: Message;

  constructor(detail: Message) {
    super('core', CORE_MESSAGES, detail.key, detail.params);
    this.name = 'TeamscanError';
    this.detail = detail;
  }
}

export function fail(key: CoreMessageKey, params: MessageParams = {}): never {
  throw new TeamscanError(message(key, params));
}
