// google.script.run over the built Apps Script project loaded in a vm: the sidebar's client talks to the server.

import type { ScriptRun } from '../../../appsscript/sidebar/client';
import type { LoadedGas } from './load-gas';

/**
 * Arguments and answers are copied as the service does ("legal parameters and return values are JavaScript
 * primitives … objects and arrays"; no Error object crosses, developers.google.com/apps-script/guides/html/
 * reference/run), and the answer comes back asynchronously.
 */
export function scriptRunOver(loaded: LoadedGas): () => ScriptRun {
  return () => {
    let onSuccess: (value: unknown) => void = () => {};
    const runner: ScriptRun = new Proxy({} as ScriptRun, {
      get(_target, property: string) {
        if (property === 'withSuccessHandler') {
          return (handler: typeof onSuccess) => {
            onSuccess = handler;
            return runner;
          };
        }
        if (property === 'withFailureHandler') return () => runner;
        return (...args: unknown[]) => {
          const answer = JSON.parse(JSON.stringify(loaded.call(property, ...JSON.parse(JSON.stringify(args)))));
          void Promise.resolve().then(() => onSuccess(answer));
        };
      },
    });
    return runner;
  };
}
