// The state of a fake spreadsheet as a plain value, to compare a workbook before and after a failed write.

import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

/** A rule as its builder described it, its ranges as A1 text (a range object drags its whole sheet along). */
const specs = new WeakMap<object, string>();
function ruleSpec(rule: unknown): string {
  if (typeof rule === 'object' && rule !== null) {
    const known = specs.get(rule);
    if (known !== undefined) return known;
  }
  const spec = JSON.stringify(rule, (key, value) =>
    key === 'ranges' && Array.isArray(value)
      ? value.map((range: FakeRange | string) => (typeof range === 'string' ? range : range.getA1Notation()))
      : value,
  );
  if (typeof rule === 'object' && rule !== null) specs.set(rule, spec);
  return spec;
}

function cells(map: Map<string, unknown>): [string, unknown][] {
  return [...map]
    .filter(([, value]) => value !== '' && value !== null && value !== undefined)
    .map(([key, value]): [string, unknown] => [key, value instanceof Date ? value.toISOString() : value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every sheet in order with its name, size, values, formulas, validation and formatting per cell, conditional formats,
 * frozen panes, column widths, charts and protections. (The applier makes no merged cells, so the fake has
 * none to compare.)
 */
export function workbookState(spreadsheet: FakeSpreadsheet) {
  return spreadsheet.sheets.map((sheet: FakeSheet) => ({
    name: sheet.name,
    size: [sheet.maxRows, sheet.maxColumns],
    values: cells(sheet.values),
    formulas: cells(sheet.formulas as Map<string, unknown>),
    validations: cells(sheet.rulesByCell).map(([key, rule]) => [key, ruleSpec(rule)]),
    formats: [...sheet.formats.byAttribute]
      .map(([attribute, map]): [string, [string, unknown][]] => [attribute, cells(map)])
      .filter(([, list]) => list.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    conditionalFormats: sheet.rules.map(ruleSpec),
    frozen: [sheet.frozenRows, sheet.frozenColumns],
    widths: Array.from({ length: sheet.maxColumns }, (_, c) => sheet.getColumnWidth(c + 1)),
    charts: sheet.charts.map(ruleSpec),
    protections: sheet.protections.map((p) => ({ warningOnly: p.warningOnly, description: p.description })),
  }));
}
