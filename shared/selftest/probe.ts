// A self-test probe: one behaviour of a real host the adapters rely on and the documentation leaves open.

import type { Localized } from '../i18n/language';

/** A probe's verdict: the host did what the adapters rely on, did otherwise, or the check cannot run here. */
export type ProbeStatus = 'pass' | 'fail' | 'na';

export interface ProbeOutcome {
  readonly status: ProbeStatus;
  /** What the probe saw (pass, fail), or why it cannot run here (na): plain values, language-neutral where it can. */
  readonly saw: string | Localized;
}

/**
 * One probe, run against a host `H` bound to the self-test's temporary sheet. `run` may throw: the runner reports
 * that as a fail with the error's text and goes on with the next probe.
 */
export interface Probe<H> {
  /** Stable id ("text-stays-text"): the stored result and the fallbacks name probes by it. */
  readonly id: string;
  /** What it checks, in words. */
  readonly checks: Localized;
  /** The answer the adapters rely on, in words. */
  readonly expected: string | Localized;
  run(host: H): Promise<ProbeOutcome>;
}

export const passed = (saw: string | Localized): ProbeOutcome => ({ status: 'pass', saw });
export const failed = (saw: string | Localized): ProbeOutcome => ({ status: 'fail', saw });
export const notApplicable = (why: string | Localized): ProbeOutcome => ({ status: 'na', saw: why });

/** pass when `ok`, else fail, with the same observation. */
export const verdict = (ok: boolean, saw: string | Localized): ProbeOutcome => (ok ? passed(saw) : failed(saw));

/** A value as the result text shows it: strings quoted, the rest as JSON. */
export function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
