// Applies a sheet plan's formatting on SpreadsheetApp: styles, widths, pickers, conditional formats, charts.

import type { Language } from '../../../shared/i18n/language';
import { columnLetters } from '../../../shared/matrix/address';
import {
  type CellStyle,
  LEVEL_SCALE_COLOURS,
  type ListValidation,
  type PlanRange,
  type SheetPlan,
} from '../../../shared/workbook/plan';
import type { ConditionalFormatRuleLike, RangeLike, RangeListLike, SheetLike, SpreadsheetAppLike } from '../gas';
import { sheetsText } from '../texts';

export const COLOURS = {
  headerBackground: '#DCE6F1',
  inputBackground: '#FFF2CC',
  note: '#595959',
  scaleMin: LEVEL_SCALE_COLOURS.min,
  scaleMid: LEVEL_SCALE_COLOURS.mid,
  scaleMax: LEVEL_SCALE_COLOURS.max,
  good: '#C6EFCE',
  warning: '#FFEB9C',
  bad: '#FFC7CE',
} as const;

const STYLE_APPLIERS: Record<CellStyle, (list: RangeListLike) => void> = {
  title: (list) => list.setFontWeight('bold').setFontSize(14),
  subtitle: (list) => list.setFontWeight('bold'),
  header: (list) => list.setFontWeight('bold').setBackground(COLOURS.headerBackground).setWrap(true),
  note: (list) => list.setFontStyle('italic').setFontColor(COLOURS.note),
  wrap: (list) => list.setWrap(true),
  level: (list) => list.setHorizontalAlignment('center'),
  date: (list) => list.setNumberFormat('yyyy-mm-dd hh:mm'),
  input: (list) => list.setFontWeight('bold').setBackground(COLOURS.inputBackground),
};

/** "B2:D9" of a 0-based plan range. */
export function a1(range: PlanRange): string {
  const first = `${columnLetters(range.column + 1)}${range.row + 1}`;
  const last = `${columnLetters(range.column + range.columns)}${range.row + range.rows}`;
  return first === last ? first : `${first}:${last}`;
}

export function rangeOf(sheet: SheetLike, range: PlanRange): RangeLike {
  return sheet.getRange(range.row + 1, range.column + 1, range.rows, range.columns);
}

/** One RangeList call set per style, however many ranges carry it. */
export function applyStyles(sheet: SheetLike, plan: SheetPlan): void {
  const byStyle = new Map<CellStyle, string[]>();
  for (const styled of plan.styles) {
    if (styled.range.rows < 1 || styled.range.columns < 1) continue;
    byStyle.set(styled.style, [...(byStyle.get(styled.style) ?? []), a1(styled.range)]);
  }
  for (const [style, ranges] of byStyle) STYLE_APPLIERS[style](sheet.getRangeList(ranges));
}

/** Plan widths are in characters (as Excel counts them); Sheets wants pixels. */
export function applyColumnWidths(sheet: SheetLike, plan: SheetPlan): void {
  setWidths(
    sheet,
    plan.columnWidths.map(({ column, width }) => ({ column: column + 1, width: Math.round(width * 7 + 5) })),
  );
}

/**
 * Sets 1-based columns' widths in pixels: consecutive columns of one width in one Sheet.setColumnWidths call
 * ("Sets the width of the given columns", developers.google.com/apps-script/reference/spreadsheet/sheet
 * #setcolumnwidthsstartcolumn,-numcolumns,-width), so a matrix's item columns take one call, not one each.
 */
export function setWidths(sheet: SheetLike, widths: readonly { column: number; width: number }[]): void {
  const sorted = [...widths].sort((a, b) => a.column - b.column);
  let start = 0;
  for (let index = 1; index <= sorted.length; index++) {
    const first = sorted[start]!;
    const next = sorted[index];
    const previous = sorted[index - 1]!;
    if (next && next.width === first.width && next.column === previous.column + 1) continue;
    sheet.setColumnWidths(first.column, previous.column - first.column + 1, first.width);
    start = index;
  }
}

function sameRule(a: ListValidation, b: ListValidation): boolean {
  return (
    a.strict === b.strict &&
    a.prompt === b.prompt &&
    a.range.row === b.range.row &&
    a.range.rows === b.range.rows &&
    a.values.join('\u0000') === b.values.join('\u0000')
  );
}

/** Side-by-side columns with the same list become one range, so a full scan is not 127 calls. */
export function coalesceValidations(validations: readonly ListValidation[]): ListValidation[] {
  const sorted = [...validations].sort((a, b) => a.range.row - b.range.row || a.range.column - b.range.column);
  const joined: ListValidation[] = [];
  for (const validation of sorted) {
    const last = joined[joined.length - 1];
    if (last && sameRule(last, validation) && last.range.column + last.range.columns === validation.range.column) {
      joined[joined.length - 1] = {
        ...last,
        range: { ...last.range, columns: last.range.columns + validation.range.columns },
      };
    } else {
      joined.push(validation);
    }
  }
  return joined;
}

export function applyValidations(app: SpreadsheetAppLike, sheet: SheetLike, plan: SheetPlan): void {
  for (const validation of coalesceValidations(plan.validations)) {
    const rule = app
      .newDataValidation()
      .requireValueInList(
        validation.values.map((value) => String(value)),
        true,
      )
      // A non-strict list warns but keeps a typed word ("ja", "3 - Gevorderd") as the reader accepts it.
      .setAllowInvalid(!validation.strict)
      .setHelpText(validation.prompt)
      .build();
    rangeOf(sheet, validation.range).setDataValidation(rule);
  }
}

/** The plan's colour scales and status highlights; earlier Teamscan rules on the same ranges are replaced. */
export function applyConditionalFormats(app: SpreadsheetAppLike, sheet: SheetLike, plan: SheetPlan): void {
  const ranges = [...plan.colourScales.map((s) => s.range), ...plan.highlights.map((h) => h.range)];
  if (ranges.length === 0) return;
  const ours = new Set(ranges.map(a1));
  const kept = sheet
    .getConditionalFormatRules()
    .filter((rule) => !rule.getRanges().some((range) => ours.has(range.getA1Notation())));
  const added: ConditionalFormatRuleLike[] = [];
  const number = app.InterpolationType.NUMBER;
  const scales = new Map<string, PlanRange[]>();
  for (const scale of plan.colourScales) {
    const key = `${scale.min}/${scale.mid}/${scale.max}`;
    scales.set(key, [...(scales.get(key) ?? []), scale.range]);
  }
  for (const [key, scaleRanges] of scales) {
    const [min, mid, max] = key.split('/') as [string, string, string];
    added.push(
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue(COLOURS.scaleMin, number, min)
        .setGradientMidpointWithValue(COLOURS.scaleMid, number, mid)
        .setGradientMaxpointWithValue(COLOURS.scaleMax, number, max)
        .setRanges(scaleRanges.map((range) => rangeOf(sheet, range)))
        .build(),
    );
  }
  for (const highlight of plan.highlights) {
    for (const rule of highlight.rules) {
      added.push(
        app
          .newConditionalFormatRule()
          .whenTextEqualTo(rule.equals)
          .setBackground(COLOURS[rule.colour])
          .setRanges([rangeOf(sheet, highlight.range)])
          .build(),
      );
    }
  }
  sheet.setConditionalFormatRules([...kept, ...added]);
}

export function applyCharts(sheet: SheetLike, plan: SheetPlan): void {
  for (const chart of plan.charts) {
    let builder = sheet.newChart().asBarChart().addRange(rangeOf(sheet, chart.categories));
    for (const series of chart.series) builder = builder.addRange(rangeOf(sheet, series));
    sheet.insertChart(
      builder
        .setNumHeaders(1)
        .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'none' })
        .build(),
    );
  }
}

/** A warning-only protection: Sheets asks before an edit, nobody is locked out (no password, docs/design.md#8-architecture). */
export function applyProtection(app: SpreadsheetAppLike, sheet: SheetLike, plan: SheetPlan, lang: Language): void {
  if (!plan.protect || sheet.getProtections(app.ProtectionType.SHEET).length > 0) return;
  sheet.protect().setWarningOnly(true).setDescription(sheetsText('protectedWarning', lang));
}
