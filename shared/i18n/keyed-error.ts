// An error that carries a message key and parameters, rendered in the reader's language where it is shown.

import { DEFAULT_LANGUAGE, type Language, type Localized } from './language';

export type MessageParams = Readonly<Record<string, string | number>>;

/** A string table: per key, the template in each language; {name} marks a parameter. */
export type MessageTable<K extends string> = { readonly [key in K]: Localized };

export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A failure named by key: the core's errors and each host's. It is translated with the table it was built
 * with, so a host's table stays in the host and nothing is registered globally. `source` names that table
 * ('core', or the host's name), for hosts that pass errors on as data and rebuild them on the other side.
 */
export class KeyedError<K extends string = string> extends Error {
  readonly source: string;
  readonly key: K;
  readonly params: MessageParams;
  private readonly table: MessageTable<K>;

  constructor(source: string, table: MessageTable<K>, key: K, params: MessageParams = {}) {
    // The message (logs, stack traces, hosts that show no panel) is in the default language.
    super(fillTemplate(table[key][DEFAULT_LANGUAGE], params));
    this.name = 'KeyedError';
    this.source = source;
    this.key = key;
    this.params = params;
    this.table = table;
  }

  localized(lang: Language): string {
    return fillTemplate(this.table[this.key][lang], this.params);
  }
}
