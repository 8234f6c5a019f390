// The change log in Excel (docs/design.md#12-rounds-history-and-reports): queued into the save's own batch, so a save stays two syncs.

import { LOG_HEADER, LOG_SHEET, type LogEntry, logRowValues } from '../../shared/host/change-log';
import { literalRows } from './cell-values';
import type { ExcelRun } from './run';
import { DATE_FORMAT } from './styles';

/**
 * Queued in the save's first sync: whether the log exists. Worksheets.getItemOrNullObject resolves
 * isNullObject at that sync (learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)).
 */
export function probeChangeLog(context: Excel.RequestContext): Excel.Worksheet {
  const log = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
  log.load('name');
  // A workbook whose structure is protected takes no new sheet; the save must still land.
  context.workbook.protection.load('protected');
  return log;
}

/**
 * Queues the log rows into the save's second sync. A save's rows go in just below the header, the newest save first:
 * Range.insert shifts the older rows down, so the batch needs no read of how long the log is. The first time,
 * the log is added, hidden, with its header. Text cells get the text format first, so "=x" stays text.
 * Queue it before the row's writes: its first command is then the batch's first. Returns whether it adds the log.
 */
export function queueChangeLog(
  context: Excel.RequestContext,
  probe: Excel.Worksheet,
  entries: readonly LogEntry[],
  moment: number,
  lang: 'nl' | 'en' = 'nl',
): QueuedLog | undefined {
  if (entries.length === 0) return undefined;
  // No log yet and no sheet may be added: the save lands unlogged rather than being refused.
  if (probe.isNullObject && context.workbook.protection.protected) return undefined;
  const header = LOG_HEADER[lang];
  const rows = logRowValues(entries).map((values) => [moment, ...values]);
  let log = probe;
  if (probe.isNullObject) {
    log = context.workbook.worksheets.add(LOG_SHEET);
    log.visibility = 'Hidden';
    const top = log.getRangeByIndexes(0, 0, 1, header.length);
    top.numberFormat = [header.map(() => '@')];
    top.values = literalRows([header]) as string[][];
  } else {
    log.getRangeByIndexes(1, 0, rows.length, header.length).insert('Down');
  }
  const target = log.getRangeByIndexes(1, 0, rows.length, header.length);
  target.numberFormat = rows.map((row) =>
    row.map((value, column) => (column === 0 ? DATE_FORMAT : typeof value === 'string' ? '@' : 'General')),
  );
  // null leaves a cell as it is (Range.values): the freshly inserted cells are empty.
  target.values = literalRows(rows) as (string | number | boolean)[][];
  return { adds: probe.isNullObject, rows };
}

/** What a save queued into the log: whether it adds the log, and the rows it puts below the header. */
export interface QueuedLog {
  readonly adds: boolean;
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/**
 * After a rejected save batch (Excel has no transactions): takes the save's log rows back if they are there,
 * below the header as written, so the log names no change that did not happen. Best effort, like putBack.
 */
export async function takeBackChangeLog(run: ExcelRun, queued: QueuedLog): Promise<void> {
  try {
    await run(async (context) => {
      const log = probeChangeLog(context);
      await context.sync();
      if (log.isNullObject) return;
      const written = log.getRangeByIndexes(1, 0, queued.rows.length, queued.rows[0]!.length);
      written.load('values');
      await context.sync();
      const same = queued.rows.every((row, r) =>
        row.every((value, c) => (value === null ? '' : value) === written.values[r]?.[c]),
      );
      if (!same) return;
      if (queued.adds) log.delete();
      else written.delete('Up');
      await context.sync();
    });
  } catch {
    // The save's own error is the one to show.
  }
}
