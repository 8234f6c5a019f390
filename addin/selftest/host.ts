// What the Excel probes run against: Excel.run, the bridge, Office's facts, all bound to the temporary sheet.

import type { ReportView } from '../../shared/host/bridge';
import type { SelfTestTarget } from '../../shared/selftest/runner';
import type { ExcelBridge } from '../excel/bridge';
import type { ExcelRun } from '../excel/run';

/** The temporary sheet's name starts with this; nothing else of Teamscan uses it. */
export const TEMP_PREFIX = 'Teamscan-zelftest-';

/** What a custom function last saw of its invocation (addin/functions/register.ts notes it in the shared runtime). */
export interface InvocationFacts {
  readonly parameterAddresses: boolean;
  readonly isInValuePreview: boolean;
}

/** The parts of Office.js the probes read, each optional: a probe whose part is missing reports n.v.t. */
export interface OfficeFacts {
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Office.context.diagnostics: version ("16.0.17928.20114") and platform ("PC", "OfficeOnline", "Mac"). */
  readonly diagnostics?: { readonly version?: string; readonly platform?: string };
  /** The invocation facts the functions noted, cleared by `forgetInvocation`. */
  readonly lastInvocation?: () => InvocationFacts | undefined;
  readonly forgetInvocation?: () => void;
  /**
   * Opens the report dialog with this report, resolving once the page holds it (addin/excel/report-dialog.ts), and
   * gives a function that closes it; `onClosed` is called when it is gone.
   */
  readonly openDialog?: (report: ReportView, onClosed: () => void) => Promise<() => void>;
  /** Waits (polling a custom function's result). */
  readonly wait: (ms: number) => Promise<void>;
  /** The panel's local date "JJJJ-MM-DD" (a snapshot's name). */
  readonly today: string;
}

export interface ExcelProbeHost {
  readonly run: ExcelRun;
  readonly bridge: ExcelBridge;
  readonly office: OfficeFacts;
  /** The temporary sheet. */
  readonly sheet: string;
  /** Other sheets a probe made (a snapshot): removed with the temporary sheet. */
  readonly made: string[];
}

function randomSuffix(): string {
  return Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');
}

/** Removes sheets by exact name, unprotecting each first; a sheet already gone is skipped. */
export async function removeSheets(run: ExcelRun, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await run(async (context) => {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    for (const sheet of sheets) sheet.load('name');
    await context.sync();
    for (const sheet of sheets) {
      if (sheet.isNullObject) continue;
      sheet.protection.unprotect();
      sheet.delete();
    }
    await context.sync();
  });
}

/**
 * The temporary sheet: added hidden-from-nobody at the end of the tabs under a name no user sheet has (a random
 * suffix, checked against the workbook's names), and removed with every sheet a probe made.
 */
export function excelTarget(run: ExcelRun, bridge: ExcelBridge, office: OfficeFacts): SelfTestTarget<ExcelProbeHost> {
  let host: ExcelProbeHost | undefined;
  return {
    async createTempSheet() {
      const existing = new Set((await bridge.listSheets()).map((name) => name.toLowerCase()));
      let name = `${TEMP_PREFIX}${randomSuffix()}`;
      while (existing.has(name.toLowerCase())) name = `${TEMP_PREFIX}${randomSuffix()}`;
      host = { run, bridge, office, sheet: name, made: [] };
      await run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
      return host;
    },
    async removeTempSheet() {
      if (!host) return;
      // Only what this run made: the temporary sheet and the sheets its probes named as theirs, each in its own
      // batch (a failing delete stops the rest of a batch), the temporary sheet first.
      let first: unknown;
      for (const name of [host.sheet, ...host.made]) {
        try {
          await removeSheets(run, [name]);
        } catch (error) {
          first ??= error;
        }
      }
      if (first !== undefined) throw first;
    },
  };
}
