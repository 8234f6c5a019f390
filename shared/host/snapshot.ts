// Momentopname (docs/design.md#12-rounds-history-and-reports): the snapshot sheet's name "Scan JJJJ-MM-DD", a suffix when taken, and which sheets are snapshots.

import { fail, quoteValue } from '../i18n/message';
import type { SnapshotRequest } from './bridge';
import { checkMatrixSheet, MAX_SHEET_NAME, shownValue } from './validate';

export const SNAPSHOT_PREFIX = 'Scan ';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SNAPSHOT = /^Scan (\d{4}-\d{2}-\d{2})(?: \((\d+)\))?$/;

/** Whether text is a real calendar day written as JJJJ-MM-DD ("2026-02-30" is not). */
export function isSnapshotDate(date: unknown): date is string {
  if (typeof date !== 'string') return false;
  const match = DATE.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, day));
  return moment.getUTCFullYear() === year && moment.getUTCMonth() === month - 1 && moment.getUTCDate() === day;
}

/** The day as the user's clock shows it, JJJJ-MM-DD (the panel sends it, so a host's time zone never shifts it). */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A request as it came over a host boundary, checked before anything is read or written. */
export function checkSnapshotRequest(request: unknown): SnapshotRequest {
  const { sheet, date } = (request ?? {}) as Partial<SnapshotRequest>;
  if (typeof sheet !== 'string' || sheet.trim() === '' || sheet.length > MAX_SHEET_NAME) {
    fail('snapshotNoMatrix', { sheet: shownValue(sheet) });
  }
  // A snapshot is of a team matrix only: never of the log, another snapshot, Profiel or Dekking.
  checkMatrixSheet(sheet, 'snapshot');
  if (!isSnapshotDate(date)) fail('snapshotBadDate', { value: quoteValue(date ?? null) });
  return { sheet, date };
}

/**
 * The name of a new snapshot of `date`: "Scan JJJJ-MM-DD", or with " (2)", " (3)" … the first that no existing
 * sheet has. Compared without case, as Excel and Sheets do for sheet names.
 */
export function snapshotName(date: string, existing: readonly string[]): string {
  if (!isSnapshotDate(date)) fail('snapshotBadDate', { value: quoteValue(date) });
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = `${SNAPSHOT_PREFIX}${date}`;
  if (!taken.has(base.toLowerCase())) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base} (${suffix})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Whether a sheet name is a snapshot's ("Scan 2026-12-01", "Scan 2026-12-01 (2)"). */
export function isSnapshotSheet(name: string): boolean {
  const match = SNAPSHOT.exec(name);
  return match !== null && isSnapshotDate(match[1]) && (match[2] === undefined || Number(match[2]) >= 2);
}

/** The snapshot sheets among a workbook's sheet names, newest first (by day, then by suffix). */
export function snapshotSheets(names: readonly string[]): string[] {
  const order = (name: string) => {
    const match = SNAPSHOT.exec(name)!;
    return { date: match[1]!, suffix: Number(match[2] ?? 1) };
  };
  return names.filter(isSnapshotSheet).sort((a, b) => {
    const x = order(a);
    const y = order(b);
    return x.date === y.date ? y.suffix - x.suffix : x.date < y.date ? 1 : -1;
  });
}
