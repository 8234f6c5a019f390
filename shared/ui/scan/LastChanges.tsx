// A person's last changes from the Teamscan-log (docs/design.md#12-rounds-history-and-reports): a collapsible list, read when it is opened.

import { useState } from 'react';
import type { HostBridge } from '../../host/bridge';
import { LOG_SHEET } from '../../host/change-log';
import type { Language } from '../../i18n/language';
import { type CellValue, cellText, isBlank, serialToEpochMs } from '../../matrix/grid';
import { personKey } from '../../text/normalize';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';

export const LAST_CHANGES = 5;

export interface LoggedChange {
  readonly time: CellValue;
  readonly column: string;
  readonly before: CellValue;
  readonly now: CellValue;
}

/** A log time as a number to sort on: a Date, or Excel's serial day number as the log stores it there. */
function timeOrder(time: CellValue): number {
  if (time instanceof Date) return time.getTime();
  return typeof time === 'number' ? serialToEpochMs(time) : Number.NEGATIVE_INFINITY;
}

/** The person's newest log rows first (hosts append or insert, so order by Tijd), at most `limit`. */
export function lastChanges(
  log: readonly (readonly CellValue[])[],
  name: string,
  limit = LAST_CHANGES,
): LoggedChange[] {
  const key = personKey(name);
  return log
    .slice(1)
    .filter((row) => personKey(cellText(row[1])) === key)
    .map((row) => ({ time: row[0] ?? null, column: cellText(row[2]), before: row[3] ?? null, now: row[4] ?? null }))
    .sort((a, b) => timeOrder(b.time) - timeOrder(a.time))
    .slice(0, limit);
}

function timeText(time: CellValue, lang: Language): string {
  const order = timeOrder(time);
  if (!Number.isFinite(order)) return cellText(time);
  // An Excel serial is the workbook's wall-clock time: shown as is, without a time zone shift.
  const zone = time instanceof Date ? {} : { timeZone: 'UTC' };
  return new Date(order).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'short',
    timeStyle: 'short',
    ...zone,
  });
}

export function LastChanges({ bridge, name }: { readonly bridge: HostBridge; readonly name: string }) {
  const { t, lang } = useTexts();
  const panel = usePanelStyles();
  const [changes, setChanges] = useState<LoggedChange[] | undefined>(undefined);
  const value = (cell: CellValue) => (isBlank(cell) ? t('lastChangesEmpty') : cellText(cell));
  const open = async () => {
    const log = await bridge.readSheet(LOG_SHEET);
    setChanges(log.exists ? lastChanges(log.grid.values, name) : []);
  };
  return (
    <details
      data-testid="last-changes"
      onToggle={(event) => {
        if ((event.target as HTMLDetailsElement).open) void open().catch(() => setChanges([]));
      }}
    >
      <summary>{t('lastChangesTitle')}</summary>
      {changes === undefined ? null : changes.length === 0 ? (
        <p className={panel.muted}>{t('lastChangesNone')}</p>
      ) : (
        <ul>
          {changes.map((change, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list read at once, never reordered
            <li key={index}>
              <span className={panel.muted}>{timeText(change.time, lang)}</span> {change.column}: {value(change.before)}{' '}
              → {value(change.now)}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
