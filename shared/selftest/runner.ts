// Runs every probe in a temporary sheet the run creates and always removes, within a time limit.

import type { Localized } from '../i18n/language';
import type { Probe, ProbeOutcome, ProbeStatus } from './probe';

/** Where the probes run: a temporary sheet made for the run and removed after it, whatever happened. */
export interface SelfTestTarget<H> {
  /** Creates the temporary sheet (a name no user sheet has) and gives the host bound to it. */
  createTempSheet(): Promise<H>;
  /** Removes the temporary sheet, and anything else the probes made; a sheet already gone is no error. */
  removeTempSheet(): Promise<void>;
}

/** The clock the runner measures with (the core has no timers of its own). */
export interface SelfTestClock {
  now(): number;
  /** Resolves after `ms` milliseconds. */
  after(ms: number): Promise<void>;
}

export interface RunOptions {
  readonly clock: SelfTestClock;
  /** Called before each probe (index from 0) and once with `done === total` at the end. */
  readonly onProgress?: (done: number, total: number, probe?: string) => void;
  /** The whole run's limit (default 50 s: the self-test takes under a minute). */
  readonly limitMs?: number;
  /** One probe's limit (default 15 s). */
  readonly probeLimitMs?: number;
}

export interface ProbeResult {
  readonly id: string;
  readonly checks: Localized;
  readonly expected: string | Localized;
  readonly status: ProbeStatus;
  readonly saw: string | Localized;
  readonly ms: number;
}

export interface SelfTestRun {
  readonly results: readonly ProbeResult[];
  /** Whether the temporary sheet was removed; the error's text when removing it failed. */
  readonly cleanup: { readonly removed: true } | { readonly removed: false; readonly error: string };
  readonly ms: number;
}

export const RUN_LIMIT_MS = 50_000;
export const PROBE_LIMIT_MS = 15_000;

const TIMED_OUT: unique symbol = Symbol('timed out');

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function runOne<H>(probe: Probe<H>, host: H, clock: SelfTestClock, limitMs: number): Promise<ProbeOutcome> {
  try {
    const outcome = await Promise.race([probe.run(host), clock.after(limitMs).then((): typeof TIMED_OUT => TIMED_OUT)]);
    if (outcome === TIMED_OUT) {
      return {
        status: 'fail',
        saw: { nl: `geen antwoord binnen ${limitMs / 1000} s`, en: `no answer within ${limitMs / 1000} s` },
      };
    }
    return outcome as ProbeOutcome;
  } catch (error) {
    return { status: 'fail', saw: errorMessage(error) };
  }
}

/**
 * Creates the temporary sheet, runs the probes one after another, and removes the sheet in a `finally`: a probe
 * that throws, times out or fails leaves nothing behind. When the sheet cannot be made every probe fails with
 * that reason; probes the time limit leaves no room for report n.v.t.
 */
export async function runSelfTest<H>(
  target: SelfTestTarget<H>,
  probes: readonly Probe<H>[],
  options: RunOptions,
): Promise<SelfTestRun> {
  const { clock } = options;
  const start = clock.now();
  const limit = options.limitMs ?? RUN_LIMIT_MS;
  const probeLimit = options.probeLimitMs ?? PROBE_LIMIT_MS;
  const results: ProbeResult[] = [];
  const record = (probe: Probe<H>, outcome: ProbeOutcome, began: number) =>
    results.push({
      id: probe.id,
      checks: probe.checks,
      expected: probe.expected,
      status: outcome.status,
      saw: outcome.saw,
      ms: Math.max(0, Math.round(clock.now() - began)),
    });
  let cleanup: SelfTestRun['cleanup'] = { removed: true };
  try {
    let host: H | undefined;
    let noSheet: string | undefined;
    try {
      host = await target.createTempSheet();
    } catch (error) {
      noSheet = errorMessage(error);
    }
    for (const [index, probe] of probes.entries()) {
      if (noSheet !== undefined || host === undefined) {
        const saw = { nl: `geen tijdelijk blad: ${noSheet}`, en: `no temporary sheet: ${noSheet}` };
        record(probe, { status: 'fail', saw }, clock.now());
        continue;
      }
      options.onProgress?.(index, probes.length, probe.id);
      const began = clock.now();
      const left = limit - (began - start);
      if (left <= 0) {
        record(
          probe,
          { status: 'na', saw: { nl: 'geen tijd meer binnen de minuut', en: 'no time left within the minute' } },
          began,
        );
        continue;
      }
      record(probe, await runOne(probe, host as H, clock, Math.min(probeLimit, left)), began);
    }
  } finally {
    try {
      await target.removeTempSheet();
    } catch (error) {
      cleanup = { removed: false, error: errorMessage(error) };
    }
    options.onProgress?.(probes.length, probes.length);
  }
  return { results, cleanup, ms: Math.round(clock.now() - start) };
}
