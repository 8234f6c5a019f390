// How an area's status is shown: the analysis's status, "niet gescand" under a key the text table can hold.

import type { AreaResult, AreaStatus } from '../../analysis/types';

export type ShownStatus = Exclude<AreaStatus, 'niet gescand'> | 'notScanned';

/** The key of a status in the panel's texts and marks (`status_notScanned` for "niet gescand"). */
export function shownOf(status: AreaStatus): ShownStatus {
  return status === 'niet gescand' ? 'notScanned' : status;
}

export function shownStatus(area: AreaResult): ShownStatus {
  return shownOf(area.status);
}

/** A symbol and a colour where a badge does not fit (the heat map's header); the legend explains both. */
export const STATUS_MARK: Record<ShownStatus, { readonly symbol: string; readonly colour: string }> = {
  gedekt: { symbol: '●', colour: '#0e700e' },
  kwetsbaar: { symbol: '▲', colour: '#bc4b09' },
  gat: { symbol: '■', colour: '#c50f1f' },
  notScanned: { symbol: '○', colour: '#616161' },
};

export const STATUS_COLOUR: Record<ShownStatus, 'success' | 'warning' | 'danger' | 'informative'> = {
  gedekt: 'success',
  kwetsbaar: 'warning',
  gat: 'danger',
  notScanned: 'informative',
};

/** Blue from light (0) to deep (4): the heat map shows development, not judgement, so no red for 0. */
export function levelColour(level: number): string {
  const step = Math.max(0, Math.min(4, level));
  return `hsl(205, 70%, ${94 - step * 8}%)`;
}
