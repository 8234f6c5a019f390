// What the task pane and the custom functions share through the page they both run in (the shared runtime).

/** The shared runtime's one global of the self-test: what a function saw, and whether functions must refuse. */
export const RUNTIME_GLOBAL = 'TeamscanSelfTestState';

export interface RuntimeState {
  /** Set by each TEAMSCAN call: whether its invocation carried parameterAddresses and isInValuePreview. */
  invocation?: { readonly parameterAddresses: boolean; readonly isInValuePreview: boolean };
  /** Set by the task pane from the last self-test: functions refuse with a message (the safe path). */
  functionsRefuse?: boolean;
}

/** The state object, made on first use; `scope` is the page's global object. */
export function runtimeState(scope: object = globalThis): RuntimeState {
  const holder = scope as Record<string, RuntimeState | undefined>;
  holder[RUNTIME_GLOBAL] ??= {};
  return holder[RUNTIME_GLOBAL];
}
