// The Excel self-test: its probes in order, the host's facts for the result, and one run in a temporary sheet.

import type { Probe } from '../../shared/selftest/probe';
import type { HostInfo, SelfTestReport } from '../../shared/selftest/result-text';
import { runSelfTest, type SelfTestClock } from '../../shared/selftest/runner';
import { PRODUCT_VERSION } from '../../shared/selftest/version';
import type { ExcelBridge } from '../excel/bridge';
import type { ExcelRun } from '../excel/run';
import { type ExcelProbeHost, excelTarget, type OfficeFacts } from './host';
import { emptyVersusZero, findOnOneCell, parameterAddresses, textStaysText, valuePreviewFlag } from './probes-cells';
import { compareAndSet, dialogParts, hiddenLog, requirementSets, snapshotProtected } from './probes-workbook';
import { runtimeState } from './runtime-state';

/** Every Excel probe, in the order they run (the invocation probes read what the empty-vs-zero probe's calls saw). */
export const EXCEL_PROBES: readonly Probe<ExcelProbeHost>[] = [
  requirementSets,
  textStaysText,
  emptyVersusZero,
  parameterAddresses,
  valuePreviewFlag,
  findOnOneCell,
  compareAndSet,
  snapshotProtected,
  hiddenLog,
  dialogParts,
];

export interface ExcelSelfTestDeps {
  readonly run: ExcelRun;
  readonly bridge: ExcelBridge;
  readonly office: OfficeFacts;
  readonly clock: SelfTestClock;
  /** The host's UI locale ("nl-NL"). */
  readonly locale: string;
  /** Now as an ISO timestamp. */
  readonly now: () => string;
}

export function excelInfo(office: OfficeFacts, locale: string): HostInfo {
  return {
    host: 'Excel',
    version: office.diagnostics?.version || '?',
    platform: office.diagnostics?.platform || '?',
    locale,
    product: PRODUCT_VERSION,
  };
}

/**
 * Runs every probe. Functions refusing after an earlier self-test are let through while it runs, so the probes see
 * what this Excel does now; the refusal is put back after (the caller applies the new result's fallbacks).
 */
export async function runExcelSelfTest(
  deps: ExcelSelfTestDeps,
  onProgress?: (done: number, total: number, probe?: string) => void,
  probes: readonly Probe<ExcelProbeHost>[] = EXCEL_PROBES,
): Promise<SelfTestReport> {
  const state = runtimeState();
  const refusing = state.functionsRefuse;
  state.functionsRefuse = false;
  const at = deps.now();
  try {
    const run = await runSelfTest(excelTarget(deps.run, deps.bridge, deps.office), probes, {
      clock: deps.clock,
      ...(onProgress ? { onProgress } : {}),
    });
    return { info: excelInfo(deps.office, deps.locale), at, run };
  } finally {
    state.functionsRefuse = refusing;
  }
}
