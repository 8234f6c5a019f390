// What the Sheets probes run against (in the sidebar): the typed server client, the bridge, the temporary sheet.

import type { Selection } from '../../../shared/host/bridge';
import type { SelfTestTarget } from '../../../shared/selftest/runner';
import type { SheetsBridge } from '../bridge';
import type { ServerClient } from '../client';

export const TEMP_PREFIX = 'Teamscan-zelftest-';

/** Text a user types that Sheets would read as something else: formula, number, date (as the Excel probe). */
export const TEXT_VALUES = ['=Jan', '+31', '-', '007', '3,5', '2024-05-01'] as const;

/**
 * The temporary sheet's cells, written in one server step: a matrix row whose coach cell a colleague changed from
 * 1 to 2 (rows 1–2), a little team with an empty cell and a 0 and two SCORE formulas (rows 10–12, column D), and
 * the text values (row 20). Apps Script formulas use commas, whatever the spreadsheet's locale (Range.setFormula).
 * Row 3's coach cell takes only 0, 1 or 2 (a strict rule): a save of 3 there fails when Sheets applies it.
 */
export const TEMP_CELLS: unknown[][] = [
  ['Naam', 'coach'],
  ['Proef', 2],
  ['Flush', { v: 1, only: [0, 1, 2] }],
  ...Array.from({ length: 6 }, () => []),
  ['Naam', 'coach', null, { f: '=SCORE(A10:B12,"Leeg","coach")' }],
  ['Leeg', null, null, { f: '=SCORE(A10:B12,"Nul","coach")' }],
  ['Nul', 0],
  ...Array.from({ length: 7 }, () => []),
  [...TEXT_VALUES],
];

export interface SheetsProbeHost {
  readonly client: ServerClient;
  readonly bridge: SheetsBridge;
  readonly sheet: string;
  /** Whether the change log is hidden (null: no log yet), as the server said when the run began. */
  readonly logHidden: boolean | null;
  readonly wait: (ms: number) => Promise<void>;
  readonly now: () => number;
  /** Puts another temporary sheet (removed with the first); `snapshot` protects it as a snapshot is. */
  readonly extraSheet: (cells: unknown[][], op?: 'put' | 'snapshot') => Promise<string>;
}

function randomSuffix(): string {
  return Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');
}

/** The temporary sheet, put by the server's one generic step under a name no user sheet has, and removed by it. */
export function sheetsTarget(
  client: ServerClient,
  bridge: SheetsBridge,
  timing: Pick<SheetsProbeHost, 'wait' | 'now'>,
): SelfTestTarget<SheetsProbeHost> {
  let name: string | undefined;
  let selection: Selection | undefined;
  const made: string[] = [];
  let existing = new Set<string>();
  const freshName = () => {
    let fresh: string;
    do fresh = `${TEMP_PREFIX}${randomSuffix()}`;
    while (existing.has(fresh.toLowerCase()));
    existing.add(fresh.toLowerCase());
    return fresh;
  };
  return {
    async createTempSheet() {
      // Sheets makes an inserted sheet the active one (Spreadsheet.insertSheet): the user's cell is put back after.
      selection = await bridge.getSelection();
      existing = new Set((await bridge.listSheets()).map((sheet) => sheet.toLowerCase()));
      name = freshName();
      const [, logHidden] = (await client.call('selfTest', 'store', null)) as [unknown, boolean | null];
      await client.call('selfTest', 'put', name, TEMP_CELLS);
      const extraSheet = async (cells: unknown[][], op: 'put' | 'snapshot' = 'put') => {
        const extra = freshName();
        made.push(extra);
        await client.call('selfTest', op, extra, cells);
        return extra;
      };
      return { client, bridge, sheet: name, logHidden, extraSheet, ...timing };
    },
    async removeTempSheet() {
      // Every sheet is tried, even when removing one fails; the first failure is reported.
      const failures: unknown[] = [];
      for (const extra of made.splice(0)) {
        await client.call('selfTest', 'remove', extra).catch((error: unknown) => failures.push(error));
      }
      if (name) await client.call('selfTest', 'remove', name).catch((error: unknown) => failures.push(error));
      if (selection) await bridge.selectRow(selection.sheet, selection.row, selection.column).catch(() => undefined);
      if (failures.length > 0) throw failures[0];
    },
  };
}
