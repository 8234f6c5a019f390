// The Dekking sheet: threshold and target inputs, the norms table, the DEKKING, HIATEN, key-people and
// learning-pairs tables, a legend and a chart.

import type { Language } from '../i18n/language';
import { fillTemplate } from '../i18n/message';
import { LEVELS } from '../levels/levels';
import type { Profile } from '../profiles/model';
import {
  COVERAGE_ROW,
  EXTRA_COLUMN,
  GAPS_COLUMN,
  KEY_PEOPLE_COLUMN,
  legendRow,
  normsTableRange,
  PAIRS_COLUMN,
  SUBTITLE_ROW,
  TABLE_WIDTH,
} from './dashboard-layout';
import type { CellBlock, FormulaArgument, PlanCell, PlanRange, SheetPlan, StyledRange } from './plan';
import { SHEET_DASHBOARD } from './plan';
import { WORKBOOK_TEXTS } from './texts';

export { COVERAGE_ROW, GAPS_COLUMN, KEY_PEOPLE_COLUMN } from './dashboard-layout';

/** What the dashboard's tables are computed from. */
export interface DashboardContext {
  readonly profile: Profile;
  readonly lang: Language;
  readonly threshold: { readonly row: number; readonly column: number };
  readonly target: { readonly row: number; readonly column: number };
  /** The norms table on this sheet, header included (docs/design.md#4a-norms-per-area): what every table reads as drempel and doel. */
  readonly norms: PlanRange;
  readonly matrix: PlanRange;
  readonly profileArgument: FormulaArgument;
}

/**
 * Fills the dashboard's tables. The add-ins put one spilling Teamscan formula in the top-left cell; the
 * add-in-free workbook writes native formulas cell by cell. Each table has its header on COVERAGE_ROW.
 */
export interface DashboardContent {
  coverage(context: DashboardContext): PlanCell[][];
  gaps(context: DashboardContext): PlanCell[][];
  keyPeople(context: DashboardContext): PlanCell[][];
  pairs(context: DashboardContext): PlanCell[][];
  /** Lines below the legend (the add-in-free workbook's how-tos), optional. */
  notes?(context: DashboardContext): PlanCell[][];
}

const THRESHOLD_CELL = { row: 1, column: 1 };
const TARGET_CELL = { row: 2, column: 1 };

/** "=IF($B$2="","",$B$2)": shows the input, and stays empty (the default) where the input is, never 0. */
const follows = (cell: string): PlanCell => ({ formula: { kind: 'native', text: `=IF(${cell}="","",${cell})` } });

/**
 * The norms table, pre-filled with formulas that follow B2 and B3, so those stay the defaults; a number typed
 * over a formula is that area's own norm. Everyone areas take only a threshold: their Doel stays empty.
 */
export function normsCells(profile: Profile, lang: Language): PlanCell[][] {
  const w = WORKBOOK_TEXTS;
  return [
    [w.normsArea[lang], w.normsThreshold[lang], w.normsTarget[lang], null],
    ...profile.areas.map((area): PlanCell[] =>
      area.scope === 'network'
        ? [area.role, follows('$B$2'), follows('$B$3'), null]
        : [area.role, follows('$B$2'), null, w.normsEveryone[lang]],
    ),
  ];
}

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

const range = (row: number, column: number, rows: number, columns: number): PlanRange => ({
  row,
  column,
  rows,
  columns,
});

export function dashboardSheet(
  context: Omit<DashboardContext, 'threshold' | 'target' | 'norms'>,
  content: DashboardContent,
  settings: { readonly threshold: number; readonly target: number },
): SheetPlan {
  const { lang, profile } = context;
  const w = WORKBOOK_TEXTS;
  const norms = normsTableRange(profile);
  const full: DashboardContext = { ...context, threshold: THRESHOLD_CELL, target: TARGET_CELL, norms };
  const areaRows = profile.areas.length;
  const legendAt = legendRow(profile);
  const legendCells = legend(lang);
  const notes = content.notes?.(full) ?? [];
  const notesAt = legendAt + legendCells.length + 1;
  const statusRange = range(COVERAGE_ROW + 1, 5, areaRows, 1);
  const statusRules = [
    { equals: lang === 'nl' ? 'gedekt' : 'covered', colour: 'good' as const },
    { equals: lang === 'nl' ? 'kwetsbaar' : 'vulnerable', colour: 'warning' as const },
    { equals: lang === 'nl' ? 'gat' : 'gap', colour: 'bad' as const },
  ];
  const tables: { column: number; title: string; cells: PlanCell[][]; width: number }[] = [
    { column: 0, title: w.coverageTitle[lang], cells: content.coverage(full), width: 6 },
    { column: GAPS_COLUMN, title: w.gapsTitle[lang], cells: content.gaps(full), width: TABLE_WIDTH },
    { column: KEY_PEOPLE_COLUMN, title: w.keyPeopleTitle[lang], cells: content.keyPeople(full), width: TABLE_WIDTH },
    { column: PAIRS_COLUMN, title: w.pairsTitle[lang], cells: content.pairs(full), width: TABLE_WIDTH },
  ];
  // As few rectangles as the layout allows: Apps Script writes one setValues per block (docs/design.md#10-performance-targets).
  const [coverage, ...spilling] = tables;
  const blocks: CellBlock[] = [
    {
      row: 0,
      column: 0,
      values: [
        [fillTemplate(w.dashboardTitle[lang], { title: profile.title })],
        [w.threshold[lang], settings.threshold, w.thresholdNote[lang]],
        [w.target[lang], settings.target, w.targetNote[lang]],
        [],
        [coverage!.title],
        ...coverage!.cells,
      ],
    },
    ...spilling.map(
      (table): CellBlock => ({ row: SUBTITLE_ROW, column: table.column, values: [[table.title], ...table.cells] }),
    ),
    {
      row: norms.row - 1,
      column: 0,
      values: [[w.normsTitle[lang], null, null, w.normsNote[lang]], ...normsCells(profile, lang)],
    },
    { row: legendAt, column: 0, values: notes.length ? [...legendCells, [], ...notes] : legendCells },
  ];
  const styles: StyledRange[] = [
    { range: range(0, 0, 1, 6), style: 'title' },
    { range: range(1, 1, 2, 1), style: 'input' },
    { range: range(1, 2, 2, 1), style: 'note' },
    ...tables.flatMap((table): StyledRange[] => [
      { range: range(SUBTITLE_ROW, table.column, 1, 1), style: 'subtitle' },
      { range: range(COVERAGE_ROW, table.column, 1, table.width), style: 'header' },
    ]),
    { range: range(norms.row - 1, 0, 1, 1), style: 'subtitle' },
    { range: range(norms.row - 1, 3, 1, 1), style: 'note' },
    { range: range(norms.row, 0, 1, 3), style: 'header' },
    { range: range(norms.row + 1, 1, norms.rows - 1, 2), style: 'input' },
    { range: range(norms.row + 1, 3, norms.rows - 1, 1), style: 'note' },
    { range: range(legendAt, 0, 1, 1), style: 'subtitle' },
    { range: range(legendAt + 1, 0, legendCells.length - 1, 1), style: 'note' },
    ...(notes.length ? [{ range: range(notesAt, 0, 1, 1), style: 'subtitle' as const }] : []),
    ...(notes.length > 1 ? [{ range: range(notesAt + 1, 0, notes.length - 1, 1), style: 'note' as const }] : []),
  ];
  return {
    name: SHEET_DASHBOARD,
    mode: 'replace',
    blocks,
    styles,
    columnWidths: [
      { column: 0, width: 20 },
      ...[1, 2, 3, 4].map((column) => ({ column, width: 11 })),
      { column: 5, width: 12 },
      ...[GAPS_COLUMN, KEY_PEOPLE_COLUMN, PAIRS_COLUMN, EXTRA_COLUMN].map((column) => ({
        column: column - 1,
        width: 3,
      })),
      // The gaps table's Soort: wide enough for its longest value, "nog niet gescand" / "not scanned yet".
      { column: GAPS_COLUMN, width: 17 },
      { column: GAPS_COLUMN + 1, width: 18 },
      { column: GAPS_COLUMN + 2, width: 80 },
      { column: KEY_PEOPLE_COLUMN, width: 24 },
      { column: KEY_PEOPLE_COLUMN + 1, width: 24 },
      { column: KEY_PEOPLE_COLUMN + 2, width: 24 },
      { column: PAIRS_COLUMN, width: 16 },
      { column: PAIRS_COLUMN + 1, width: 24 },
      { column: PAIRS_COLUMN + 2, width: 24 },
    ],
    validations: [],
    colourScales: [],
    highlights: [{ range: statusRange, rules: statusRules }],
    charts: [
      {
        title: w.chartTitle[lang],
        type: 'bar',
        categories: range(COVERAGE_ROW, 0, areaRows + 1, 1),
        series: [range(COVERAGE_ROW, 1, areaRows + 1, 1)],
        anchor: { row: notesAt + notes.length + (notes.length ? 1 : 0), column: 0 },
      },
    ],
    protect: false,
  };
}
