// One typed client over google.script.run: promises, no Date across the wire, at most 10 calls in flight.

import { CORE_MESSAGES, type CoreMessageKey } from '../../shared/i18n/core-messages';
import type { MessageParams } from '../../shared/i18n/message';
import { coreMessage, TeamscanError } from '../../shared/i18n/message';
import { ENDPOINTS, type ServerApi, type ServerMethod, type WireResult } from '../api';
import { SHEETS_ERRORS, SheetsError, type SheetsErrorKey } from '../sheets-errors';

/** The part of google.script.run the client uses (each with… call returns a fresh runner). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [functionName: string]: unknown;
}

export const MAX_IN_FLIGHT = 10;

interface Pending {
  readonly start: () => void;
}

/** Throws if a Date (or a function) hides anywhere in the arguments: google.script.run would drop the call. */
export function assertWireSafe(value: unknown, path = 'argument'): void {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    throw new TypeError(`${path} is a Date; send it as a number or text`);
  }
  if (typeof value === 'function') throw new TypeError(`${path} is a function`);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      assertWireSafe(item, `${path}[${index}]`);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) assertWireSafe(item, `${path}.${key}`);
  }
}

/**
 * The keyed error the server threw, rebuilt from its table's name, key and parameters (a key from no known
 * table, say from a server of another version, leaves the server's text).
 */
export function rebuildError(wire: Extract<WireResult<unknown>, { ok: false }>): Error {
  const params: MessageParams = wire.params ?? {};
  const key = wire.key;
  if (key === undefined) return new Error(wire.message);
  if ((wire.source ?? 'core') === 'core' && Object.hasOwn(CORE_MESSAGES, key)) {
    return new TeamscanError(coreMessage(key as CoreMessageKey, params));
  }
  if (wire.source === 'sheets' && Object.hasOwn(SHEETS_ERRORS, key))
    return new SheetsError(key as SheetsErrorKey, params);
  return new Error(wire.message);
}

function unwrap<T>(result: unknown): T {
  const wire = result as WireResult<T> | null;
  if (!wire || typeof wire !== 'object' || !('ok' in wire)) throw new Error('Teamscan: unexpected server answer');
  if (wire.ok) return wire.value;
  throw rebuildError(wire);
}

export class ServerClient {
  private inFlight = 0;
  private readonly queue: Pending[] = [];

  constructor(
    private readonly run: () => ScriptRun,
    private readonly maxInFlight = MAX_IN_FLIGHT,
  ) {}

  /** Calls a server method; queued while `maxInFlight` calls are running. */
  call<K extends ServerMethod>(method: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
    assertWireSafe(args);
    return new Promise((resolve, reject) => {
      const start = () => {
        this.inFlight++;
        const done = () => {
          this.inFlight--;
          this.queue.shift()?.start();
        };
        const runner = this.run()
          .withSuccessHandler((value) => {
            done();
            try {
              resolve(unwrap<ReturnType<ServerApi[K]>>(value));
            } catch (error) {
              reject(error);
            }
          })
          .withFailureHandler((error) => {
            done();
            reject(error instanceof Error ? error : new Error(String(error)));
          });
        (runner[ENDPOINTS[method]] as (...values: unknown[]) => void)(...args);
      };
      if (this.inFlight < this.maxInFlight) start();
      else this.queue.push({ start });
    });
  }

  /** Calls running now (for tests and diagnostics). */
  get running(): number {
    return this.inFlight;
  }
}
