// Typed norms are the user's data (docs/design.md#4a-norms-per-area, docs/design.md#7-the-injected-workbook): a number typed over a norm's default in the Dekking sheet's
// norms table goes, on re-injection, into its area's row of the new norms table — matched by area, not by cell.

import type { SheetSnapshot } from '../host/bridge';
import { matchHeader, profileIndex } from '../matrix/columns';
import { type CellValue, cellText, isBlank } from '../matrix/grid';
import type { Profile } from '../profiles/model';
import { matchKey } from '../text/normalize';
import { normsTableRange } from './dashboard-layout';
import type { CellBlock, PlanCell, SheetPlan } from './plan';
import { WORKBOOK_TEXTS } from './texts';

/** A norm cell of the old sheet that holds what the user typed (a value, or a formula of their own). */
export interface TypedNorm {
  readonly row: number;
  readonly column: number;
  /** The area's label in the old table, as shown (e.g. "Bruggenbouwer"). */
  readonly label: string;
  /** The area's index in the new profile; undefined when the new profile has no such area. */
  readonly area?: number;
  /** 1: Drempel, 2: Doel (the column within the table). */
  readonly field: 1 | 2;
}

const AREA_WORDS = new Set([WORKBOOK_TEXTS.normsArea.nl, WORKBOOK_TEXTS.normsArea.en].map(matchKey));
const THRESHOLD_WORDS = new Set([WORKBOOK_TEXTS.normsThreshold.nl, WORKBOOK_TEXTS.normsThreshold.en].map(matchKey));

/** Whether a formula is a norm's default: "=IF($B$2="","",$B$2)" (or $B$3), spaces and case aside. */
export function isDefaultNormFormula(formula: string): boolean {
  const key = formula.replace(/\s+/g, '').replace(/^=/, '').toUpperCase();
  return /^IF\(\$B\$([23])="","",\$B\$\1\)$/.test(key);
}

/** The header row (0-based) of the old sheet's norms table: "Gebied | Drempel" in columns A and B; -1 if none. */
function headerRow(values: readonly (readonly CellValue[])[]): number {
  return values.findIndex(
    (line) => AREA_WORDS.has(matchKey(cellText(line?.[0]))) && THRESHOLD_WORDS.has(matchKey(cellText(line?.[1]))),
  );
}

/**
 * The typed norms of an old Dekking sheet: below its norms table's header, each row with an area label, every
 * Drempel or Doel cell that is filled and not Teamscan's default formula. `ownFormula` tells whether a formula
 * counts as typed (a user's own formula) — where formulas cannot be told apart it may say no.
 */
export function typedNorms(
  snapshot: SheetSnapshot,
  profile: Profile,
  ownFormula: (formula: string) => boolean = (formula) => !isDefaultNormFormula(formula),
): TypedNorm[] {
  if (!snapshot.exists) return [];
  const values = snapshot.grid.values;
  const header = headerRow(values);
  if (header < 0) return [];
  const index = profileIndex(profile);
  const norms: TypedNorm[] = [];
  for (let row = header + 1; row < values.length && !isBlank(values[row]?.[0]); row++) {
    const label = cellText(values[row]![0]).trim();
    const target = matchHeader(index, label);
    for (const field of [1, 2] as const) {
      const formula = snapshot.formulas?.[row]?.[field];
      const typed = formula ? ownFormula(formula) : !isBlank(values[row]?.[field]);
      if (!typed) continue;
      norms.push({ row, column: field, label, field, ...(target?.kind === 'area' ? { area: target.area } : {}) });
    }
  }
  return norms;
}

/** Where a typed norm of a known area goes in the new sheet: its area's row of the new norms table. */
export function normTarget(profile: Profile, norm: TypedNorm): { row: number; column: number } | undefined {
  if (norm.area === undefined) return undefined;
  const table = normsTableRange(profile);
  return { row: table.row + 1 + norm.area, column: table.column + norm.field };
}

/**
 * The sheet with each given cell written over what the plan has there (a norm's default formula): the block that
 * covers the cell is rewritten; a cell no block covers gets its own one-cell block.
 */
export function withCells(
  sheet: SheetPlan,
  cells: readonly { readonly row: number; readonly column: number; readonly value: PlanCell }[],
): SheetPlan {
  const blocks: CellBlock[] = sheet.blocks.map((block) => ({
    ...block,
    values: block.values.map((line) => [...line]),
  }));
  for (const cell of cells) {
    const block = blocks.find(
      (candidate) =>
        cell.row >= candidate.row &&
        cell.row < candidate.row + candidate.values.length &&
        cell.column >= candidate.column &&
        cell.column < candidate.column + Math.max(0, ...candidate.values.map((line) => line.length)),
    );
    const line = block ? (block.values[cell.row - block.row] as PlanCell[]) : undefined;
    if (block && line) {
      const at = cell.column - block.column;
      while (line.length < at) line.push(null);
      line[at] = cell.value;
    } else {
      blocks.push({ row: cell.row, column: cell.column, values: [[cell.value]] });
    }
  }
  return { ...sheet, blocks };
}

/** Whether the plan writes the norms table where the layout puts it (so a norm may be written into it). */
export function plansNormsTable(sheet: SheetPlan, profile: Profile): boolean {
  const table = normsTableRange(profile);
  return sheet.blocks.some((block) => {
    const line = block.values[table.row - block.row];
    const cell = line?.[table.column - block.column];
    return typeof cell === 'string' && AREA_WORDS.has(matchKey(cell));
  });
}

/**
 * The sheet with the norms typed in another workbook's Dekking sheet (`workbook --from`) written into its norms
 * table, each in its area's row; values only (a formula there is the source's own and is not taken).
 */
export function withTypedNorms(sheet: SheetPlan, profile: Profile, source: SheetSnapshot): SheetPlan {
  if (!plansNormsTable(sheet, profile)) return sheet;
  const cells = typedNorms(source, profile, () => false).flatMap((norm) => {
    const to = normTarget(profile, norm);
    const value = source.grid.values[norm.row]?.[norm.column];
    const plain = typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
    return to && plain !== null ? [{ ...to, value: plain }] : [];
  });
  return withCells(sheet, cells);
}
