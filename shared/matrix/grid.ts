// The plain cell grid every host hands to the core: values as read, where they sit, which cells are empty.

import type { GridOrigin } from './address';

/** A cell value as hosts deliver it (Excel, Apps Script, CSV, exceljs after conversion). */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface Grid {
  readonly values: readonly (readonly CellValue[])[];
  /** Where the grid sits, for cell addresses in messages; A1 of an unnamed sheet when absent. */
  readonly origin?: GridOrigin;
  /**
   * Cells the host knows to be empty although their value says otherwise (Excel desktop hands an empty
   * cell to a custom function as 0). `true` marks an empty cell.
   */
  readonly emptyMask?: readonly (readonly boolean[])[];
  /**
   * Rows are records of a text file (.csv): a value right of the header's last filled cell means the record
   * has more fields than its header (an unquoted delimiter shifted it), an error rather than a skipped cell.
   */
  readonly textRecords?: boolean;
}

export function gridOf(values: readonly (readonly CellValue[])[], origin?: GridOrigin): Grid {
  return origin ? { values, origin } : { values };
}

/** Nothing in the cell: null, undefined, or text of only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell as trimmed text; a date as its ISO form. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}
