// google.script.run over the built Apps Script project loaded in a vm: the sidebar's client talks to the server.

import type { ScriptRun } from '../../../appsscript/sidebar/client';
import type { LoadedGas } from './load-gas';

/** Whether a value holds a type google.script.run refuses (a Date or a function, also inside objects and arrays). */
function prohibited(value: unknown): boolean {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return true;
  if (typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some(prohibited);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(prohibited);
  return false;
}

/**
 * As the service does (developers.google.com/apps-script/guides/html/reference/run): "Legal parameters and return
 * values are JavaScript primitives … objects and arrays"; "Requests fail if you attempt to pass a Date, Function,
 * DOM element besides a form, or other prohibited type, including prohibited types inside objects or arrays"; the
 * call returns at once ("google.script.run is asynchronous": nothing is thrown at the caller) and a server-side
 * exception reaches the failure handler ("withFailureHandler: a callback function to run if the server-side
 * function throws an exception"), with an Error whose message is the exception's. Without a failure handler the
 * error goes to the console, and the caller hears nothing.
 */
export function scriptRunOver(loaded: LoadedGas): () => ScriptRun {
  return () => {
    let onSuccess: (value: unknown) => void = () => {};
    let onFailure: ((error: unknown) => void) | undefined;
    const runner: ScriptRun = new Proxy({} as ScriptRun, {
      get(_target, property: string) {
        if (property === 'withSuccessHandler') {
          return (handler: typeof onSuccess) => {
            onSuccess = handler;
            return runner;
          };
        }
        if (property === 'withFailureHandler') {
          return (handler: (error: unknown) => void) => {
            onFailure = handler;
            return runner;
          };
        }
        return (...args: unknown[]) => {
          const fail = (message: string) => void Promise.resolve().then(() => onFailure?.(new Error(message)));
          if (prohibited(args)) return fail(`${property}: a parameter has an illegal type (Date or function)`);
          let result: unknown;
          try {
            result = loaded.call(property, ...JSON.parse(JSON.stringify(args)));
          } catch (error) {
            return fail(error instanceof Error ? error.message : String(error));
          }
          if (prohibited(result)) return fail(`${property}: the return value has an illegal type (Date or function)`);
          const answer = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
          void Promise.resolve().then(() => onSuccess(answer));
        };
      },
    });
    return runner;
  };
}
