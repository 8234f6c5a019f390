// The Dekking sheet: threshold and target inputs, the DEKKING and HIATEN tables, a legend and a chart.

import type { Language } from '../i18n/language';
import { fillTemplate } from '../i18n/message';
import { LEVELS } from '../levels/levels';
import type { Profile } from '../profiles/model';
import type { FormulaArgument, PlanCell, PlanRange, SheetPlan } from './plan';
import { SHEET_DASHBOARD } from './plan';
import { WORKBOOK_TEXTS } from './texts';

/** What the dashboard's tables are computed from. */
export interface DashboardContext {
  readonly profile: Profile;
  readonly lang: Language;
  readonly threshold: { readonly row: number; readonly column: number };
  readonly target: { readonly row: number; readonly column: number };
  readonly matrix: PlanRange;
  readonly profileArgument: FormulaArgument;
}

/**
 * Fills the dashboard's tables. The add-ins put one spilling Teamscan formula in the top-left cell; the
 * add-in-free workbook writes native formulas cell by cell. Coverage has the DEKKING shape either way.
 */
export interface DashboardContent {
  coverage(context: DashboardContext): PlanCell[][];
  gaps(context: DashboardContext): PlanCell[][];
}

export const COVERAGE_ROW = 5;
export const GAPS_COLUMN = 7;

const cell = (position: { row: number; column: number }): FormulaArgument => ({ kind: 'cell', ...position });

/** The add-ins' dashboard: DEKKING and HIATEN as spilling custom functions. */
export const CUSTOM_FUNCTION_DASHBOARD: DashboardContent = {
  coverage: (context) => [
    [
      {
        formula: {
          kind: 'custom',
          id: 'DEKKING',
          args: [{ kind: 'matrix' }, cell(context.threshold), cell(context.target), context.profileArgument],
        },
      },
    ],
  ],
  gaps: (context) => [
    [
      {
        formula: {
          kind: 'custom',
          id: 'HIATEN',
          args: [{ kind: 'matrix' }, cell(context.threshold), cell(context.target), context.profileArgument],
        },
      },
    ],
  ],
};

function legend(lang: Language): PlanCell[][] {
  const w = WORKBOOK_TEXTS;
  return [
    [w.legendTitle[lang]],
    [w.legendCovered[lang]],
    [w.legendVulnerable[lang]],
    [w.legendGap[lang]],
    [w.legendNotApplicable[lang]],
    [w.legendLevels[lang]],
    ...LEVELS.map((level) => [
      `${level.value} ${level.label[lang]}${level.descriptor ? ` — ${level.descriptor[lang]}` : ''}`,
    ]),
  ];
}

export function dashboardSheet(
  context: Omit<DashboardContext, 'threshold' | 'target'>,
  content: DashboardContent,
  settings: { readonly threshold: number; readonly target: number },
): SheetPlan {
  const { lang, profile } = context;
  const w = WORKBOOK_TEXTS;
  const full: DashboardContext = { ...context, threshold: { row: 1, column: 1 }, target: { row: 2, column: 1 } };
  const areaRows = profile.areas.length;
  const coverage = content.coverage(full);
  const gaps = content.gaps(full);
  const legendRow = COVERAGE_ROW + areaRows + 2;
  const legendCells = legend(lang);
  const statusRange: PlanRange = { row: COVERAGE_ROW + 1, column: 5, rows: areaRows, columns: 1 };
  const statusRules = [
    { equals: lang === 'nl' ? 'gedekt' : 'covered', colour: 'good' as const },
    { equals: lang === 'nl' ? 'kwetsbaar' : 'vulnerable', colour: 'warning' as const },
    { equals: lang === 'nl' ? 'gat' : 'gap', colour: 'bad' as const },
  ];
  return {
    name: SHEET_DASHBOARD,
    mode: 'replace',
    blocks: [
      {
        row: 0,
        column: 0,
        values: [
          [fillTemplate(w.dashboardTitle[lang], { title: profile.title })],
          [w.threshold[lang], settings.threshold, w.thresholdNote[lang]],
          [w.target[lang], settings.target, w.targetNote[lang]],
        ],
      },
      { row: COVERAGE_ROW, column: 0, values: coverage },
      { row: COVERAGE_ROW, column: GAPS_COLUMN, values: gaps },
      { row: legendRow, column: 0, values: legendCells },
    ],
    styles: [
      { range: { row: 0, column: 0, rows: 1, columns: 6 }, style: 'title' },
      { range: { row: 1, column: 1, rows: 2, columns: 1 }, style: 'input' },
      { range: { row: 1, column: 2, rows: 2, columns: 1 }, style: 'note' },
      { range: { row: COVERAGE_ROW, column: 0, rows: 1, columns: 6 }, style: 'header' },
      { range: { row: COVERAGE_ROW, column: GAPS_COLUMN, rows: 1, columns: 3 }, style: 'header' },
      { range: { row: legendRow, column: 0, rows: 1, columns: 1 }, style: 'subtitle' },
      { range: { row: legendRow + 1, column: 0, rows: legendCells.length - 1, columns: 1 }, style: 'note' },
    ],
    columnWidths: [
      { column: 0, width: 20 },
      ...[1, 2, 3, 4].map((column) => ({ column, width: 11 })),
      { column: 5, width: 12 },
      { column: 6, width: 3 },
      { column: GAPS_COLUMN, width: 12 },
      { column: GAPS_COLUMN + 1, width: 18 },
      { column: GAPS_COLUMN + 2, width: 80 },
    ],
    validations: [],
    colourScales: [],
    highlights: [{ range: statusRange, rules: statusRules }],
    charts: [
      {
        title: w.chartTitle[lang],
        type: 'bar',
        categories: { row: COVERAGE_ROW, column: 0, rows: areaRows + 1, columns: 1 },
        series: [{ row: COVERAGE_ROW, column: 1, rows: areaRows + 1, columns: 1 }],
        anchor: { row: legendRow + legendCells.length + 1, column: 0 },
      },
    ],
    protect: false,
  };
}
