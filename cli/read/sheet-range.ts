// --bereik A1:H20 (docs/design.md#5-reading-a-matrix): the block of a sheet a matrix is read from, read by the same rules as a formula's range.

import { rangeAddress } from '../../shared/matrix/address';
import { type Grid, isBlank } from '../../shared/matrix/grid';
import { LocalizedInputError } from '../input-error';

/** A block of a sheet: 1-based first and last row and column. */
export interface SheetRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The last row and column of an .xlsx sheet (Excel's limits). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;
const RANGE = /^\s*\$?([A-Za-z]{1,3})\$?([0-9]{1,7})\s*:\s*\$?([A-Za-z]{1,3})\$?([0-9]{1,7})\s*$/;

const TEXTS = {
  notARange: (value: string) => ({
    nl: `--bereik "${value}" is geen bereik: schrijf linksboven en rechtsonder met een dubbele punt, bijv. --bereik A1:H20.`,
    en: `--range "${value}" is not a range: write its top-left and bottom-right cells with a colon, e.g. --range A1:H20.`,
  }),
  beyondSheet: (value: string) => ({
    nl: `--bereik "${value}" gaat buiten een werkblad: kolommen A tot XFD, regels 1 tot 1048576.`,
    en: `--range "${value}" goes beyond a sheet: columns A to XFD, rows 1 to 1048576.`,
  }),
  outsideUsed: (value: string, where: string, used: string) => ({
    nl: `--bereik "${value}" ligt buiten het gebruikte deel van ${where} (${used}): daar staat niets om te lezen.`,
    en: `--range "${value}" lies outside the used area of ${where} (${used}): there is nothing there to read.`,
  }),
  empty: (value: string, where: string, used: string) => ({
    nl: `--bereik "${value}" is leeg in ${where} (gebruikt deel: ${used}): kies het blok met de kopregel en de mensen.`,
    en: `--range "${value}" is empty in ${where} (used area: ${used}): choose the block holding the header row and the people.`,
  }),
};

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** "A1:H20" (also "$A$1:$H$20", "h20:a1") as a block; anything else is refused naming the value. */
export function parseSheetRange(value: string): SheetRange {
  const match = RANGE.exec(value);
  if (!match) throw new LocalizedInputError(TEXTS.notARange(value));
  const rows = [Number(match[2]), Number(match[4])];
  const columns = [columnNumber(match[1]!), columnNumber(match[3]!)];
  if (rows.some((row) => row < 1 || row > LAST_ROW) || columns.some((column) => column > LAST_COLUMN)) {
    throw new LocalizedInputError(TEXTS.beyondSheet(value));
  }
  return {
    top: Math.min(rows[0]!, rows[1]!),
    bottom: Math.max(rows[0]!, rows[1]!),
    left: Math.min(columns[0]!, columns[1]!),
    right: Math.max(columns[0]!, columns[1]!),
  };
}

/**
 * The cells of `range` in a sheet's grid (which starts at A1), placed where they sit so messages keep naming
 * the sheet's cells. A block wholly outside the used area, or holding nothing, is refused naming both.
 * `where` names the sheet or file in the message.
 */
export function cutSheetRange(grid: Grid, range: SheetRange, value: string, where: string): Grid {
  const origin = grid.origin ?? { row: 1, column: 1 };
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  const used = rangeAddress({ row: origin.row, column: origin.column }, grid.values.length, width);
  const top = range.top - origin.row;
  const left = range.left - origin.column;
  const bottom = Math.min(range.bottom - origin.row, grid.values.length - 1);
  const right = Math.min(range.right - origin.column, width - 1);
  if (top > bottom || left > right || bottom < 0 || right < 0) {
    throw new LocalizedInputError(TEXTS.outsideUsed(value, where, used));
  }
  const rows = grid.values.slice(Math.max(top, 0), bottom + 1);
  const values = rows.map((row) => row.slice(Math.max(left, 0), right + 1));
  if (!values.some((row) => row.some((cell) => !isBlank(cell)))) {
    throw new LocalizedInputError(TEXTS.empty(value, where, used));
  }
  const cutMask = grid.emptyMask
    ?.slice(Math.max(top, 0), bottom + 1)
    .map((row) => row.slice(Math.max(left, 0), right + 1));
  return {
    values,
    origin: { ...origin, row: origin.row + Math.max(top, 0), column: origin.column + Math.max(left, 0) },
    ...(cutMask ? { emptyMask: cutMask } : {}),
    ...(grid.textRecords ? { textRecords: true } : {}),
  };
}
