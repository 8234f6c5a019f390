// Shared formulas (ECMA-376 §18.3.1.40, t="shared"): a column of formulas that differ only by their relative rows is
// written once, each further cell naming it, so a per-person helper column costs one formula text, not one per row.

/** A text literal or a quoted sheet name: never holds a reference to shift. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
/** A cell reference A1 … XFD1048576, not part of a name, a function (LOG10) or a sheet name (Blad1!). */
const REFERENCE = /(^|[^A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/g;

/** A formula cut at its relative row numbers: text = parts[0] + rows[0] + parts[1] + … + parts[n]. */
interface RowTemplate {
  readonly parts: readonly string[];
  readonly rows: readonly number[];
}

function template(text: string): RowTemplate {
  const parts: string[] = [];
  const rows: number[] = [];
  let pending = '';
  const scan = (part: string) => {
    let last = 0;
    for (const match of part.matchAll(REFERENCE)) {
      if (match[3]) continue;
      const rowAt = match.index + match[0].length - match[4]!.length;
      parts.push(pending + part.slice(last, rowAt));
      pending = '';
      rows.push(Number(match[4]));
      last = rowAt + match[4]!.length;
    }
    pending += part.slice(last);
  };
  let last = 0;
  for (const match of text.matchAll(QUOTED)) {
    scan(text.slice(last, match.index));
    pending += match[0];
    last = match.index + match[0].length;
  }
  scan(text.slice(last));
  parts.push(pending);
  return { parts, rows };
}

function filled({ parts, rows }: RowTemplate, by: number): string {
  let text = parts[0]!;
  for (let i = 0; i < rows.length; i++) text += rows[i]! + by + parts[i + 1]!;
  return text;
}

/** The formula text with every relative row moved down by `rows`, as a spreadsheet fills a formula down. */
export function shiftRows(text: string, rows: number): string {
  return filled(template(text), rows);
}

interface Master {
  /** The master cell's address, as exceljs names it in `sharedFormula`. */
  readonly address: string;
  readonly row: number;
  readonly template: RowTemplate;
  /** The last row of the column that shares the master's formula. */
  last: number;
}

/**
 * Decides per formula cell, written top to bottom, whether it repeats the formula above it one row down: then
 * it is written as a clone of that column's master. Returns the master's address, or undefined for a new master.
 */
export function sharedFormulas(): (address: string, row: number, column: number, text: string) => string | undefined {
  const masters = new Map<number, Master>();
  return (address, row, column, text) => {
    const master = masters.get(column);
    if (master && row === master.last + 1 && filled(master.template, row - master.row) === text) {
      master.last = row;
      return master.address;
    }
    masters.set(column, { address, row, template: template(text), last: row });
    return undefined;
  };
}
