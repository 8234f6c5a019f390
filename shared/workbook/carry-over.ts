// Re-injection keeps what a user typed on a replace sheet (Profiel, Dekking): the old sheet's cells are split
// into Teamscan's and the user's, and the user's go into the new sheet plan as a block (docs/design.md#7-the-injected-workbook).

import type { SizeBasis } from '../formulas/result-size';
import type { SheetSnapshot } from '../host/bridge';
import type { CellValue } from '../matrix/grid';
import { epochMsToSerial, isBlank, serialToEpochMs } from '../matrix/grid';
import type { Profile } from '../profiles/model';
import { normTarget, plansNormsTable, typedNorms, withCells } from './carry-norms';
import {
  isTeamscanFormula,
  isTeamscanText,
  type LayoutBuilder,
  LEGACY_INPUT_LABELS,
  teamscanTexts,
} from './carry-over-texts';
import { inAnyRange, planFootprint, plannedCalls, rightEdge, spillBound, teamscanCallId } from './footprint';
import type { CarriedCell, CellBlock, PlanCell, PlanRange, SheetCarry, SheetPlan, StyledRange } from './plan';
import { SHEET_DASHBOARD } from './plan';
import { shownBound } from './shown-bound';

export interface CarryContext {
  /** The profiles whose texts are Teamscan's: the new one and the workbook's old one. */
  readonly profiles: readonly Profile[];
  /** What the new plan's results are sized by (its spill bounds). */
  readonly basis: SizeBasis;
  /** What the old sheet's results were sized by. */
  readonly oldBasis: SizeBasis;
  readonly layout: LayoutBuilder;
}

/** A date as a spreadsheet serial in local time (days since 1899-12-30), as Excel and Sheets store dates. */
export function dateSerial(date: Date): number {
  return epochMsToSerial(date.getTime() - date.getTimezoneOffset() * 60_000);
}

/** The moment a local-time serial stands for (the inverse of dateSerial). */
export function serialDate(serial: number): Date {
  const utc = serialToEpochMs(serial);
  return new Date(utc + new Date(utc).getTimezoneOffset() * 60_000);
}

interface OldCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly formula?: string;
}

function occupied(snapshot: SheetSnapshot): OldCell[] {
  const cells: OldCell[] = [];
  const rows = Math.max(snapshot.grid.values.length, snapshot.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const values = snapshot.grid.values[r] ?? [];
    const formulas = snapshot.formulas?.[r] ?? [];
    const columns = Math.max(values.length, formulas.length);
    for (let c = 0; c < columns; c++) {
      const formula = formulas[c];
      const value = values[c];
      if (formula) cells.push({ row: r, column: c, value: value ?? null, formula });
      else if (!isBlank(value)) cells.push({ row: r, column: c, value });
    }
  }
  return cells;
}

/** What a carried cell holds as a plan cell: text stays text, a formula is the host's own text. */
function planCell(cell: CarriedCell): PlanCell {
  return cell.formula ? { formula: { kind: 'native', text: cell.formula } } : cell.value;
}

function carriedContent(cell: OldCell): Pick<CarriedCell, 'value' | 'formula' | 'epochMs'> {
  const value = cell.value;
  const plain =
    value instanceof Date
      ? dateSerial(value)
      : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : '';
  return {
    value: plain,
    ...(cell.formula ? { formula: cell.formula } : {}),
    ...(value instanceof Date && !cell.formula ? { epochMs: value.getTime() } : {}),
  };
}

/** Places the user's cells that fall in Teamscan's footprint in the same row, right of the whole footprint. */
function place(
  user: readonly OldCell[],
  footprint: readonly PlanRange[],
): Map<OldCell, { row: number; column: number }> {
  const targets = new Map<OldCell, { row: number; column: number }>();
  const taken = new Set<string>();
  const moving = new Map<number, OldCell[]>();
  for (const cell of user) {
    if (inAnyRange(footprint, cell.row, cell.column)) {
      moving.set(cell.row, [...(moving.get(cell.row) ?? []), cell]);
    } else {
      targets.set(cell, { row: cell.row, column: cell.column });
      taken.add(`${cell.row},${cell.column}`);
    }
  }
  // One empty column between Teamscan's footprint and the moved cells; their spacing within the row is kept.
  const base = rightEdge(footprint) + 1;
  for (const [row, cells] of moving) {
    const first = Math.min(...cells.map((cell) => cell.column));
    let shift = base - first;
    while (cells.some((cell) => taken.has(`${row},${cell.column + shift}`))) shift++;
    for (const cell of cells) {
      targets.set(cell, { row, column: cell.column + shift });
      taken.add(`${row},${cell.column + shift}`);
    }
  }
  return targets;
}

/** The carried cells as blocks, one per run of adjacent cells in a row, and a date style for each date. */
function carriedBlocks(cells: readonly CarriedCell[]): { blocks: CellBlock[]; styles: StyledRange[] } {
  const sorted = [...cells].sort((a, b) => a.to.row - b.to.row || a.to.column - b.to.column);
  const blocks: { row: number; column: number; values: PlanCell[][] }[] = [];
  for (const cell of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.row === cell.to.row && last.column + last.values[0]!.length === cell.to.column) {
      last.values[0]!.push(planCell(cell));
    } else {
      blocks.push({ row: cell.to.row, column: cell.to.column, values: [[planCell(cell)]] });
    }
  }
  const styles = cells
    .filter((cell) => cell.epochMs !== undefined)
    .map((cell) => ({ range: { ...cell.to, rows: 1, columns: 1 }, style: 'date' as const }));
  return { blocks, styles };
}

/**
 * The new sheet plan with the user's cells of the old sheet carried over, and what it read recorded in `carry`
 * (for the appliers' stale check). A cell is Teamscan's when it is a text Teamscan writes in that column (any
 * profile given, either language, today's or an earlier layout), a number where the plan writes a number (an
 * input such as the threshold), the value beside an earlier layout's input label, or a call of a Teamscan
 * function the plan writes again (the first ones of each function, in reading order) with what it shows.
 * Everything else is the user's: kept in place, or moved right of Teamscan's footprint when the new layout
 * needs its cell. A user's own Teamscan call is carried as a formula; what it shows is not carried.
 */
export function carryOver(sheet: SheetPlan, snapshot: SheetSnapshot, context: CarryContext): SheetPlan {
  const footprint = planFootprint(sheet, context.basis);
  if (!snapshot.exists) {
    return { ...sheet, carry: { existed: false, teamscanAreas: [], teamscanTexts: [], cells: [] } };
  }
  const cells = occupied(snapshot);
  const texts = teamscanTexts(sheet.name, context.profiles, context.layout);
  const planned = plannedCalls(sheet);
  const plannedConstants = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    block.values.forEach((line, r) => {
      line.forEach((cell, c) => {
        plannedConstants.set(`${block.row + r},${block.column + c}`, cell);
      });
    });
  }
  const ours: PlanRange[] = [];
  const results: PlanRange[] = [];
  const userCalls = new Set<OldCell>();
  const seen = new Map<string, number>();
  for (const cell of cells) {
    const id = cell.formula ? teamscanCallId(cell.formula) : undefined;
    if (!id) continue;
    const bound = shownBound(spillBound(id, cell.row, cell.column, [context.oldBasis]), snapshot);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count <= (planned.get(id) ?? 0)) {
      ours.push(bound);
    } else {
      userCalls.add(cell);
      results.push(bound);
    }
  }
  const teamscanTextCells: { row: number; column: number; text: string }[] = [];
  const user: OldCell[] = [];
  const label = (row: number) => String(snapshot.grid.values[row]?.[0] ?? '').trim();
  // A number where the plan writes a number, in a row whose label left of it the old sheet shows as Teamscan's
  // too (the threshold beside "Drempel", a norm beside its area): an input of Teamscan's, rewritten by the plan.
  const plannedInput = (row: number, column: number): boolean => {
    const here = plannedConstants.get(`${row},${column}`);
    if (typeof here !== 'number' && typeof here !== 'boolean') return false;
    for (let c = 0; c < column; c++) {
      const planned = plannedConstants.get(`${row},${c}`);
      const old = snapshot.grid.values[row]?.[c];
      if (typeof planned === 'string' && typeof old === 'string' && isTeamscanText(texts, old, c)) return true;
    }
    return false;
  };
  for (const cell of cells) {
    if (userCalls.has(cell)) {
      user.push(cell);
      continue;
    }
    if (inAnyRange(ours, cell.row, cell.column) || inAnyRange(results, cell.row, cell.column)) continue;
    if (cell.formula !== undefined && isTeamscanFormula(texts, cell.formula, cell.column)) {
      ours.push({ row: cell.row, column: cell.column, rows: 1, columns: 1 });
      continue;
    }
    if (cell.formula === undefined) {
      const text = typeof cell.value === 'string' ? cell.value : undefined;
      if (text !== undefined && isTeamscanText(texts, text, cell.column)) {
        teamscanTextCells.push({ row: cell.row, column: cell.column, text: text.trim() });
        continue;
      }
      const input = typeof cell.value === 'number' || typeof cell.value === 'boolean';
      const legacyInput = cell.column === 1 && LEGACY_INPUT_LABELS.has(label(cell.row));
      if (input && (plannedInput(cell.row, cell.column) || legacyInput)) {
        ours.push({ row: cell.row, column: cell.column, rows: 1, columns: 1 });
        continue;
      }
    }
    user.push(cell);
  }
  const norms = carryNorms(sheet, snapshot, context.profiles[0]!, user, teamscanTextCells);
  const targets = place(norms.user, footprint);
  const carried: CarriedCell[] = norms.user.map((cell) => ({
    row: cell.row,
    column: cell.column,
    to: targets.get(cell)!,
    ...carriedContent(cell),
    ...(norms.orphans.has(cell) ? { norm: { area: norms.orphans.get(cell)!, kept: false } } : {}),
  }));
  const { blocks, styles } = carriedBlocks(carried);
  const carry: SheetCarry = {
    existed: true,
    // Only what the old sheet showed as Teamscan's: a cell typed into the new footprint since is the user's.
    teamscanAreas: [...ours, ...results],
    teamscanTexts: norms.texts,
    cells: [...norms.kept, ...carried],
  };
  const normed = withCells(
    sheet,
    norms.kept.map((cell) => ({ ...cell.to, value: planCell(cell) })),
  );
  return { ...normed, blocks: [...normed.blocks, ...blocks], styles: [...sheet.styles, ...styles], carry };
}

/**
 * Takes the typed norms out of the user's cells of the old Dekking sheet (docs/design.md#4a-norms-per-area, docs/design.md#7-the-injected-workbook): a norm of an area the
 * new profile has goes into that area's row of the new norms table (`kept`); one of an area it lacks stays the
 * user's cell, carried with its area's label (`orphans`: cell → label), so it is not lost and can be said.
 */
function carryNorms(
  sheet: SheetPlan,
  snapshot: SheetSnapshot,
  profile: Profile,
  user: readonly OldCell[],
  texts: readonly { row: number; column: number; text: string }[],
): {
  user: OldCell[];
  kept: CarriedCell[];
  orphans: Map<OldCell, string>;
  texts: { row: number; column: number; text: string }[];
} {
  const result = { user: [...user], kept: [] as CarriedCell[], orphans: new Map<OldCell, string>(), texts: [...texts] };
  if (sheet.name !== SHEET_DASHBOARD || !plansNormsTable(sheet, profile)) return result;
  for (const norm of typedNorms(snapshot, profile)) {
    const cell = result.user.find((candidate) => candidate.row === norm.row && candidate.column === norm.column);
    if (!cell) continue;
    const to = normTarget(profile, norm);
    if (to) {
      result.user.splice(result.user.indexOf(cell), 1);
      result.kept.push({
        row: cell.row,
        column: cell.column,
        to,
        ...carriedContent(cell),
        norm: { area: norm.label, kept: true },
      });
      continue;
    }
    result.orphans.set(cell, norm.label);
    // The label goes with its norm, so the kept number still says whose it was.
    const label = result.texts.findIndex((text) => text.row === norm.row && text.column === 0);
    if (label >= 0) {
      result.texts.splice(label, 1);
      result.user.push({ row: norm.row, column: 0, value: snapshot.grid.values[norm.row]?.[0] ?? null });
    }
  }
  return result;
}
