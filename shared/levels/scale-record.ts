// The scale a no-install workbook written from a yes/no matrix records in its name Teamscan_Schaal
// (docs/design.md#3-levels-and-cell-values, docs/workbook.md): read by the CLI and by the Excel panel.

import { readLevel } from './parse';
import type { Scale } from './scale';

/** The workbook-wide defined name holding the scale, a text constant such as "ja-nee". */
export const SCALE_RECORD_NAME = 'Teamscan_Schaal';

/** The scales a written workbook records: those whose areas are covered by any held item. */
export type RecordedScale = 'ja-nee' | 'x-o';

/** The recorded id from the name's formula text (a quoted text constant, an "=" before it allowed); else undefined. */
export function recordedScaleId(text: string): RecordedScale | undefined {
  const bare = text
    .trim()
    .replace(/^=/, '')
    .replace(/^"(.*)"$/, '$1')
    .trim()
    .toLowerCase();
  return bare === 'ja-nee' || bare === 'x-o' ? bare : undefined;
}

/**
 * How a file with a scale record is read: its levels are 0–4 (held 2, not held 0, as written) and an area is
 * covered by whoever holds any of its items.
 */
export function recordedReading(id: RecordedScale): Scale {
  return { id, read: readLevel, anyItem: true };
}
