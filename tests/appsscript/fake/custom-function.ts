// Runs a project function as Sheets runs a custom function: read-only services, no authorization, 30 seconds.

import type { LoadedGas } from './load-gas';

/**
 * The custom-functions guide (developers.google.com/apps-script/guides/sheets/functions):
 * - "A custom function call must return within 30 seconds. If it does not, the cell will display an error"
 *   ("Exceeded maximum execution time").
 * - Spreadsheet: "Read only (can use most get*() methods, but not set*())"; "Cannot open other spreadsheets
 *   (SpreadsheetApp.openById() or SpreadsheetApp.openByUrl())". Properties: "Read only (can use all get*()
 *   methods, but not set*())". Lock: "Works, but isn't particularly useful". HTML: "Can generate HTML, but
 *   cannot execute it".
 * - "If your custom function throws the error message You do not have permission to call X service., the service
 *   requires user authorization and thus cannot be used in a custom function." Services the guide does not list
 *   (Session, the Ui a menu or sidebar needs) are refused the same way.
 */
export const CUSTOM_FUNCTION_LIMIT_MS = 30_000;
export const TIMED_OUT = 'Exceeded maximum execution time';

const READS = /^(get|is|has|can)/;
/** get methods a custom function may not call: a Ui exists only for a user's action; other files need authorization. */
const REFUSED_GETS: ReadonlySet<string> = new Set(['getUi', 'openById', 'openByUrl', 'open']);

/** What a custom-function run did that Sheets refuses: every refused call, even one the script caught. */
export interface CustomFunctionRun {
  readonly result: unknown;
  readonly refused: string[];
  readonly elapsedMs: number;
}

function refusal(service: string, method: string, refused: string[]): Error {
  const name = `${service}.${method}`;
  refused.push(name);
  return new Error(`You do not have permission to call ${name}`);
}

/** A read-only view of a service: get methods pass (their results read-only too), anything else throws. */
function readOnly(service: string, target: object, refused: string[], cache = new WeakMap<object, object>()): object {
  const known = cache.get(target);
  if (known) return known;
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      const member = Reflect.get(object, property, receiver);
      if (typeof member !== 'function' || typeof property === 'symbol') return member;
      return (...args: unknown[]) => {
        if (!READS.test(property) || REFUSED_GETS.has(property)) throw refusal(service, property, refused);
        const value = member.apply(object, args);
        return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
          ? readOnly(service, value, refused, cache)
          : value;
      };
    },
  });
  cache.set(target, proxy);
  return proxy;
}

function refusedService(service: string, refused: string[]): object {
  return new Proxy(
    {},
    {
      get(_object, property) {
        if (typeof property === 'symbol') return undefined;
        return () => {
          throw refusal(service, property, refused);
        };
      },
    },
  );
}

/**
 * Calls `name` as a custom function: SpreadsheetApp and PropertiesService read-only, Session and anything needing
 * authorization refused, and a run longer than 30 s fails as Sheets fails it. The project's globals are restored
 * afterwards, so the same loaded project serves menu and sidebar calls too.
 */
export function callAsCustomFunction(loaded: LoadedGas, name: string, ...args: unknown[]): CustomFunctionRun {
  const context = loaded.context as Record<string, unknown>;
  const refused: string[] = [];
  const services = ['SpreadsheetApp', 'PropertiesService', 'Session'] as const;
  const saved = new Map(services.map((service) => [service, context[service]]));
  context.SpreadsheetApp = readOnly('SpreadsheetApp', saved.get('SpreadsheetApp') as object, refused);
  context.PropertiesService = readOnly('PropertiesService', saved.get('PropertiesService') as object, refused);
  context.Session = refusedService('Session', refused);
  const started = performance.now();
  try {
    const result = loaded.call(name, ...args);
    const elapsedMs = performance.now() - started;
    if (elapsedMs > CUSTOM_FUNCTION_LIMIT_MS) throw new Error(TIMED_OUT);
    return { result, refused, elapsedMs };
  } finally {
    for (const [service, value] of saved) context[service] = value;
  }
}
