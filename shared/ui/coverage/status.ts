// How an area's status is shown: the analysis's status, "niet gescand" under a key the text table can hold.

import type { AreaResult, AreaStatus } from '../../analysis/types';
import { type LevelBand, levelBandColours } from '../../theme/levels';

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

/** A level's fill and text colour on the heat map: its band of the one level scale (shared/theme/levels.ts), as the reports draw it. */
export function levelColours(level: number): LevelBand {
  return levelBandColours(level);
}
