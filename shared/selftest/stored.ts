// The last self-test's verdicts as the workbook keeps them, and the safe paths (fallbacks) they call for.

import type { ProbeStatus } from './probe';
import type { SelfTestReport } from './result-text';

/** The settings key (Excel document settings) and document property (Sheets) the verdicts are kept under. */
export const STORED_KEY = 'teamscan.selftest';

/** What is kept: when, on which host, and each probe's status by id. */
export interface StoredSelfTest {
  readonly at: string;
  readonly host: string;
  readonly statuses: Readonly<Record<string, ProbeStatus>>;
}

export function toStored(report: SelfTestReport): StoredSelfTest {
  return {
    at: report.at,
    host: report.info.host,
    statuses: Object.fromEntries(report.run.results.map((result) => [result.id, result.status])),
  };
}

export function storedText(stored: StoredSelfTest): string {
  return JSON.stringify(stored);
}

const STATUSES = new Set<unknown>(['pass', 'fail', 'na']);

/** The stored verdicts from their text; undefined for anything that is not one (a setting of another version). */
export function parseStored(text: unknown): StoredSelfTest | undefined {
  if (typeof text !== 'string' || text.length > 20_000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { at, host, statuses } = value as Record<string, unknown>;
  if (typeof at !== 'string' || typeof host !== 'string' || typeof statuses !== 'object' || statuses === null) {
    return undefined;
  }
  const entries = Object.entries(statuses as Record<string, unknown>);
  if (!entries.every(([, status]) => STATUSES.has(status))) return undefined;
  return { at, host, statuses: Object.fromEntries(entries) as Record<string, ProbeStatus> };
}

/** The safe paths the product can take, each proven by probes that test the path it otherwise assumes. */
export interface Fallbacks {
  /** Every text is written with a leading apostrophe (not only text starting with =, + or -). */
  readonly textApostrophe: boolean;
  /** The TEAMSCAN functions refuse with a message instead of computing. */
  readonly functionsRefuse: boolean;
}

export const NO_FALLBACKS: Fallbacks = { textApostrophe: false, functionsRefuse: false };

/** Which probe's failure switches which fallback on. */
export const FALLBACK_PROBES: Readonly<Record<keyof Fallbacks, readonly string[]>> = {
  textApostrophe: ['text-stays-text'],
  functionsRefuse: ['parameter-addresses', 'empty-vs-zero'],
};

export function fallbacksOf(stored: StoredSelfTest | undefined): Fallbacks {
  const failedAny = (ids: readonly string[]) => ids.some((id) => stored?.statuses[id] === 'fail');
  return {
    textApostrophe: failedAny(FALLBACK_PROBES.textApostrophe),
    functionsRefuse: failedAny(FALLBACK_PROBES.functionsRefuse),
  };
}
