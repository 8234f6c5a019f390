// Checks an injection plan that crossed a host boundary for the shape of plan.ts and for size, before it is applied.

import { fail } from '../i18n/message';
import type { WorkbookPlan } from '../workbook/plan';
import { checkSheetName, isIndex, MAX_CELL_TEXT, MAX_FORMULA, type SheetLimits, shownValue } from './validate';

/** A plan has a handful of sheets (Teammatrix, Profiel, Dekking). */
export const MAX_PLAN_SHEETS = 20;
/** All blocks' cells together; docs/design.md#10-performance-targets's largest team (2,000 × 127) is about 260,000. */
export const MAX_PLAN_CELLS = 2_000_000;
/** Styles, validations, rules, charts, carried cells: each list of a sheet. */
export const MAX_PLAN_LIST = 100_000;

type Json = Record<string, unknown>;

/** Walks the plan, failing with the path of the first value that is not of the plan's shape. */
class PlanChecker {
  cells = 0;

  constructor(private readonly limits: SheetLimits) {}

  bad(path: string, value: unknown): never {
    fail('hostBadPlan', { path, value: shownValue(typeof value === 'object' && value !== null ? '(…)' : value) });
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.bad(path, value);
    return value as Json;
  }

  list(value: unknown, path: string, max = MAX_PLAN_LIST): unknown[] {
    if (!Array.isArray(value) || value.length > max) this.bad(path, value);
    return value as unknown[];
  }

  text(value: unknown, path: string, max = MAX_CELL_TEXT): string {
    if (typeof value !== 'string' || value.length > max) this.bad(path, value);
    return value as string;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (!allowed.includes(value as T)) this.bad(path, value);
    return value as T;
  }

  number(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.bad(path, value);
    return value as number;
  }

  /** A 0-based row (`rows`) or column index, within the host's sheet. */
  index(value: unknown, path: string, axis: 'rows' | 'columns'): number {
    if (!isIndex(value, 0, this.limits[axis] - 1)) this.bad(path, value);
    return value as number;
  }

  /** A count of rows or columns from 0 up to the sheet's size. */
  count(value: unknown, path: string, axis: 'rows' | 'columns'): number {
    if (!isIndex(value, 0, this.limits[axis])) this.bad(path, value);
    return value as number;
  }

  position(value: unknown, path: string): void {
    const at = this.object(value, path);
    this.index(at.row, `${path}.row`, 'rows');
    this.index(at.column, `${path}.column`, 'columns');
  }

  range(value: unknown, path: string): void {
    const range = this.object(value, path);
    this.position(range, path);
    const rows = this.count(range.rows, `${path}.rows`, 'rows');
    const columns = this.count(range.columns, `${path}.columns`, 'columns');
    if ((range.row as number) + rows > this.limits.rows) this.bad(`${path}.rows`, rows);
    if ((range.column as number) + columns > this.limits.columns) this.bad(`${path}.columns`, columns);
  }

  /** A list, each item checked with its path: `sheets[0].styles[2]`. */
  each(value: unknown, path: string, check: (item: unknown, where: string) => void, max = MAX_PLAN_LIST): void {
    this.list(value, path, max).forEach((item, index) => {
      check(item, `${path}[${index}]`);
    });
  }

  flag(value: unknown, path: string): void {
    if (typeof value !== 'boolean') this.bad(path, value);
  }

  optional(value: unknown, check: () => void): void {
    if (value !== undefined && value !== null) check();
  }

  formula(value: unknown, path: string): void {
    const formula = this.object(value, path);
    const kind = this.oneOf(formula.kind, `${path}.kind`, ['custom', 'native']);
    if (kind === 'native') {
      this.text(formula.text, `${path}.text`, MAX_FORMULA);
      return;
    }
    this.text(formula.id, `${path}.id`, 100);
    this.each(
      formula.args,
      `${path}.args`,
      (arg, where) => {
        const argument = this.object(arg, where);
        const argKind = this.oneOf(argument.kind, `${where}.kind`, [
          'matrix',
          'profileTable',
          'cell',
          'range',
          'literal',
        ]);
        if (argKind === 'cell') this.position(argument, where);
        if (argKind === 'range') this.range(argument.range, `${where}.range`);
        if (argKind === 'cell' || argKind === 'range')
          this.optional(argument.sheet, () => checkSheetName(argument.sheet));
        if (argKind === 'literal' && typeof argument.value !== 'number') this.text(argument.value, `${where}.value`);
        if (argKind === 'literal' && typeof argument.value === 'number') this.number(argument.value, `${where}.value`);
      },
      50,
    );
  }

  /** A cell's shape; a number that no cell can hold (NaN, ∞) is left to the host, which names the cell. */
  cell(value: unknown, path: string): void {
    if (value === null || typeof value === 'boolean' || typeof value === 'number') return;
    if (typeof value === 'string') this.text(value, path);
    else this.formula(this.object(value, path).formula, `${path}.formula`);
  }

  block(value: unknown, path: string): void {
    const block = this.object(value, path);
    this.position(block, path);
    const rows = this.list(block.values, `${path}.values`, this.limits.rows);
    rows.forEach((row, r) => {
      const cells = this.list(row, `${path}.values[${r}]`, this.limits.columns);
      this.cells += cells.length;
      if (this.cells > MAX_PLAN_CELLS) this.bad(`${path}.values[${r}]`, this.cells);
      cells.forEach((cell, c) => {
        this.cell(cell, `${path}.values[${r}][${c}]`);
      });
    });
  }

  sheet(value: unknown, path: string): void {
    const sheet = this.object(value, path);
    checkSheetName(sheet.name);
    this.oneOf(sheet.mode, `${path}.mode`, ['replace', 'merge']);
    this.each(sheet.blocks, `${path}.blocks`, (block, where) => this.block(block, where));
    this.each(sheet.styles, `${path}.styles`, (style, where) => {
      this.range(this.object(style, where).range, `${where}.range`);
      this.text((style as Json).style, `${where}.style`, 50);
    });
    this.each(sheet.columnWidths, `${path}.columnWidths`, (width, where) => {
      this.index(this.object(width, where).column, `${where}.column`, 'columns');
      this.number((width as Json).width, `${where}.width`);
    });
    this.optional(sheet.frozen, () => {
      const frozen = this.object(sheet.frozen, `${path}.frozen`);
      this.count(frozen.rows, `${path}.frozen.rows`, 'rows');
      this.count(frozen.columns, `${path}.frozen.columns`, 'columns');
    });
    this.each(sheet.validations, `${path}.validations`, (rule, where) => {
      const validation = this.object(rule, where);
      this.range(validation.range, `${where}.range`);
      this.each(
        validation.values,
        `${where}.values`,
        (item, at) => (typeof item === 'number' ? this.number(item, at) : this.text(item, at)),
        500,
      );
      this.flag(validation.strict, `${where}.strict`);
      this.text(validation.prompt, `${where}.prompt`);
    });
    this.each(sheet.colourScales, `${path}.colourScales`, (scale, where) => {
      const colours = this.object(scale, where);
      this.range(colours.range, `${where}.range`);
      for (const key of ['min', 'mid', 'max']) this.number(colours[key], `${where}.${key}`);
    });
    this.each(sheet.highlights, `${path}.highlights`, (highlight, where) => {
      const rules = this.object(highlight, where);
      this.range(rules.range, `${where}.range`);
      this.each(
        rules.rules,
        `${where}.rules`,
        (rule, at) => {
          this.text(this.object(rule, at).equals, `${at}.equals`);
          this.oneOf((rule as Json).colour, `${at}.colour`, ['good', 'warning', 'bad']);
        },
        50,
      );
    });
    this.each(
      sheet.charts,
      `${path}.charts`,
      (item, where) => {
        const chart = this.object(item, where);
        this.text(chart.title, `${where}.title`, 255);
        this.range(chart.categories, `${where}.categories`);
        this.each(chart.series, `${where}.series`, (range, at) => this.range(range, at), 50);
        this.position(chart.anchor, `${where}.anchor`);
      },
      50,
    );
    this.optional(sheet.table, () => {
      const table = this.object(sheet.table, `${path}.table`);
      this.text(table.name, `${path}.table.name`, 255);
      this.range(table.range, `${path}.table.range`);
    });
    this.flag(sheet.protect, `${path}.protect`);
    this.optional(sheet.carry, () => this.carry(sheet.carry, `${path}.carry`));
  }

  carry(value: unknown, path: string): void {
    const carry = this.object(value, path);
    this.flag(carry.existed, `${path}.existed`);
    this.each(carry.teamscanAreas, `${path}.teamscanAreas`, (range, where) => this.range(range, where));
    this.each(carry.teamscanTexts, `${path}.teamscanTexts`, (item, where) => {
      this.position(item, where);
      this.text((item as Json).text, `${where}.text`);
    });
    this.each(carry.cells, `${path}.cells`, (item, where) => {
      const cell = this.object(item, where);
      this.position(cell, where);
      this.position(cell.to, `${where}.to`);
      if (typeof cell.value === 'boolean') return;
      this.cell(cell.value, `${where}.value`);
      this.optional(cell.formula, () => this.text(cell.formula, `${where}.formula`, MAX_FORMULA));
    });
  }
}

/**
 * A plan as it came over a host boundary (the Sheets sidebar's server call, or the panel's call into the Excel bridge),
 * checked wholly before the host reads or writes anything: every field of plan.ts's shape, every index within
 * the host's sheet, at most MAX_PLAN_SHEETS sheets and MAX_PLAN_CELLS cells. Throws hostBadPlan naming the
 * path ("sheets[1].blocks[0].row") and the value.
 */
export function checkPlan(plan: unknown, limits: SheetLimits): WorkbookPlan {
  const checker = new PlanChecker(limits);
  const root = checker.object(plan, 'plan');
  checker.text(root.profileId, 'profileId', 255);
  checker.oneOf(root.detail, 'detail', ['gebieden', 'kva', 'competenties']);
  checker.each(root.sheets, 'sheets', (sheet, where) => checker.sheet(sheet, where), MAX_PLAN_SHEETS);
  checkSheetName(root.activate);
  checker.range(root.matrixRange, 'matrixRange');
  checker.optional(root.profileTableRange, () => checker.range(root.profileTableRange, 'profileTableRange'));
  checker.optional(root.lang, () => checker.oneOf(root.lang, 'lang', ['nl', 'en']));
  return plan as WorkbookPlan;
}
