// Formulas filled down a column: a text cut once at its relative row numbers, each row below made from it on demand.

/** A text literal or a quoted sheet name: never holds a reference to shift. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
/** A cell reference A1 … XFD1048576, not part of a name, a function (LOG10) or a sheet name (Blad1!). */
const REFERENCE = /(^|[^A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/g;

/** A formula cut at its relative row numbers: text = parts[0] + rows[0] + parts[1] + … + parts[n]. */
export interface RowTemplate {
  readonly parts: readonly string[];
  readonly rows: readonly number[];
}

export function rowTemplate(text: string): RowTemplate {
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

/** The template's text with every relative row moved down by `by`. */
export function filledText({ parts, rows }: RowTemplate, by: number): string {
  let text = parts[0]!;
  for (let i = 0; i < rows.length; i++) text += rows[i]! + by + parts[i + 1]!;
  return text;
}

/**
 * A native formula that is its column's first formula moved `by` rows down, as a spreadsheet fills a formula
 * down. It holds no text of its own: a team of thousands would otherwise keep a long text per cell.
 */
export class FilledFormula {
  readonly kind = 'native';
  constructor(
    readonly source: RowTemplate,
    readonly by: number,
  ) {}
  get text(): string {
    return filledText(this.source, this.by);
  }
}

/** Fills `text` (the formula of the column's first row) down: row `by` below it, as a plan cell. */
export function fillDown(source: RowTemplate, by: number): { readonly formula: FilledFormula } {
  return { formula: new FilledFormula(source, by) };
}
