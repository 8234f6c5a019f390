// The HIATEN rows on the Rekenblad: one candidate row per area and per item column, each with a sort key so the
// Dekking sheet lists them by risk (docs/design.md#4b-insights-beyond-coverage), and per item who reaches its threshold (blind spots, sole holders).

import { FORMULA_TEXTS } from '../../formulas/texts';
import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { profileIndex } from '../../matrix/columns';
import { COVERAGE_ROW } from '../dashboard-layout';
import type { CellBlock, PlanCell } from '../plan';
import { SHEET_DASHBOARD } from '../plan';
import type { MatrixLayout } from './layout';
import { cellRef, literal, rangeRef, templateFormula } from './syntax';
import { CALC_SHEET, NATIVE_TEXTS } from './texts';

const HEADER_ROW = 7;
export const GAPS_BLOCK_WIDTH = 11;
/** Sole-holder keys are holder number × SOLE_BASE + item position, so they sort by person, then item. */
export const SOLE_BASE = 10_000;

export interface GapsRefs {
  readonly kinds: string;
  readonly labels: string;
  readonly texts: string;
  /** Per candidate row k (1-based, in order): the block row holding the k-th gap by risk, "" past the last. */
  readonly orders: string;
  readonly total: string;
  /** Candidate rows: the most gaps there can be. */
  readonly rows: number;
  /** The areas nobody is scanned on, by name, comma-separated ("" when none): HIATEN's last line. */
  readonly unscanned: string;
  /** The item rows (without sheet name): their sole-holder keys and ids. */
  readonly soleKeys: string;
  readonly itemIds: string;
  readonly items: number;
}

export interface GapsInput {
  readonly layout: MatrixLayout;
  readonly lang: Language;
  /** First (0-based) column of the block. */
  readonly column: number;
  /** Per area, cells on the Rekenblad: its threshold, target and risk. */
  readonly thresholds: readonly string[];
  readonly targets: readonly string[];
  readonly risks: readonly string[];
  /** The final value of an area's list of names (covered by, below the threshold, not scanned). */
  readonly finalAccumulator: (area: number, kind: 'coveredBy' | 'below' | 'missing') => string;
  readonly itemCodes: (column: number) => string;
  readonly names: string;
  readonly numbers: string;
}

const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

export function gapsBlock(input: GapsInput): { block: CellBlock; refs: GapsRefs; lastColumn: number } {
  const { layout, lang } = input;
  const t = FORMULA_TEXTS;
  const n = NATIVE_TEXTS;
  const first = input.column;
  const [FLAG, COUNT, KEY, ORDER, KIND, LABEL, TEXT, ITEM_TEXT, HOLDERS, HOLDER, SOLE_KEY] = Array.from(
    { length: GAPS_BLOCK_WIDTH },
    (_, offset) => first + offset,
  ) as [number, number, number, number, number, number, number, number, number, number, number];
  const header: PlanCell[] = [
    n.gapFlag[lang],
    n.gapCount[lang],
    n.gapKey[lang],
    n.gapOrder[lang],
    t.kind[lang],
    t.area[lang],
    t.explanation[lang],
    null,
    n.holders[lang],
    n.holder[lang],
    n.soleKey[lang],
  ];
  const rows: PlanCell[][] = [header];
  const rowOf = (index: number) => HEADER_ROW + 1 + index;
  // Network gaps first, highest risk first; then basis gaps and blind spots as they come; profile order within.
  const sortKey = (row: number, tier: string) =>
    formula(`IF(${cellRef(row, FLAG)}=1,${tier}+${99_999 - (row - HEADER_ROW)},"")`);
  const addRow = (flag: string, tier: string, kind: PlanCell, label: PlanCell, explanation: string) => {
    const row = rowOf(rows.length - 1);
    const count = rows.length === 1 ? cellRef(row, FLAG) : `${cellRef(row - 1, COUNT)}+${cellRef(row, FLAG)}`;
    const cells: PlanCell[] = [formula(flag), formula(count), sortKey(row, tier), null, kind, label];
    cells.push(formula(explanation), null, null, null, null);
    rows.push(cells);
    return cells;
  };
  const covered = text('statusCovered', lang);
  const gap = text('statusGap', lang);
  const notScanned = text('statusNotScanned', lang);
  layout.profile.areas.forEach((area, a) => {
    const status = cellRef(COVERAGE_ROW + 1 + a, 5, SHEET_DASHBOARD);
    const threshold = input.thresholds[a]!;
    if (area.scope === 'network') {
      const coveredCount = cellRef(COVERAGE_ROW + 1 + a, 1, SHEET_DASHBOARD);
      const gapText = templateFormula(t.gapText[lang], { threshold });
      const vulnerableText = templateFormula(t.vulnerableText[lang], {
        covered: coveredCount,
        target: input.targets[a]!,
        names: input.finalAccumulator(a, 'coveredBy'),
      });
      addRow(
        `IF(AND(${status}<>${literal(covered)},${status}<>${literal(notScanned)}),1,0)`,
        `2000000+${input.risks[a]!}*100000`,
        formula(`IF(${status}=${literal(gap)},${literal(t.kindGap[lang])},${literal(t.kindVulnerable[lang])})`),
        area.role,
        `IF(${status}=${literal(gap)},${gapText},${vulnerableText})`,
      );
      return;
    }
    const below = input.finalAccumulator(a, 'below');
    const missing = input.finalAccumulator(a, 'missing');
    const belowText = templateFormula(t.basisBelowText[lang], { threshold, names: below });
    const missingText = templateFormula(t.missingText[lang], { names: missing });
    addRow(
      `IF(${status}=${literal(gap)},1,0)`,
      '1000000',
      t.kindBasis[lang],
      area.role,
      `IF(${below}<>"",${belowText},${literal(t.basisNobodyText[lang])})&IF(${missing}<>"",${missingText},"")`,
    );
  });
  const items = profileIndex(layout.profile).items;
  const firstItem = rows.length - 1;
  layout.items.forEach(({ item, column }, position) => {
    const row = rowOf(rows.length - 1);
    const definition = items[item]!;
    const threshold = input.thresholds[definition.area]!;
    const reaching = `(${input.names}<>"")*(${input.itemCodes(column)}>=${threshold})`;
    const scanned = `SUMPRODUCT((${input.names}<>"")*(${input.itemCodes(column)}>=0))`;
    const holders = cellRef(row, HOLDERS);
    // A blind spot only among scanned items (docs/design.md#4-what-the-answers-mean): someone has a level on it and nobody reaches t.
    const cells = addRow(
      `IF(AND(${holders}=0,${scanned}>0),1,0)`,
      '1000000',
      t.kindBlindSpot[lang],
      definition.item.id,
      templateFormula(t.blindSpotText[lang], { text: cellRef(row, ITEM_TEXT), threshold }),
    );
    cells[ITEM_TEXT - first] = definition.item.text;
    cells[HOLDERS - first] = formula(`SUMPRODUCT(${reaching})`);
    cells[HOLDER - first] = formula(`IF(${holders}=1,SUMPRODUCT(${reaching}*${input.numbers}),"")`);
    cells[SOLE_KEY - first] = formula(`IF(${holders}=1,${cellRef(row, HOLDER)}*${SOLE_BASE}+${position},"")`);
  });
  const count = rows.length - 1;
  const keys = rangeRef(HEADER_ROW + 1, KEY, count, 1);
  const total = cellRef(HEADER_ROW + count, COUNT);
  rows.slice(1).forEach((cells, index) => {
    const k = index + 1;
    cells[ORDER - first] = formula(`IF(${k}>${total},"",MATCH(LARGE(${keys},${k}),${keys},0))`);
  });
  // Below the candidate rows: the names of the areas whose Dekking status is "niet gescand", in profile order.
  const unscannedRow: PlanCell[] = new Array<PlanCell>(GAPS_BLOCK_WIDTH).fill(null);
  const parts = layout.profile.areas.map(
    (area, a) =>
      `IF(${cellRef(COVERAGE_ROW + 1 + a, 5, SHEET_DASHBOARD)}=${literal(notScanned)},${literal(`, ${area.role}`)},"")`,
  );
  unscannedRow[KIND - first] = n.unscannedAreas[lang];
  unscannedRow[LABEL - first] = formula(`MID(${parts.join('&')},3,10000)`);
  rows.push(unscannedRow);
  const range = (column: number) => rangeRef(HEADER_ROW + 1, column, count, 1, CALC_SHEET);
  const itemRange = (column: number) => rangeRef(HEADER_ROW + 1 + firstItem, column, layout.items.length, 1);
  return {
    block: { row: HEADER_ROW, column: first, values: rows },
    lastColumn: SOLE_KEY,
    refs: {
      kinds: range(KIND),
      labels: range(LABEL),
      texts: range(TEXT),
      orders: range(ORDER),
      total: cellRef(HEADER_ROW + count, COUNT, CALC_SHEET),
      rows: count,
      unscanned: cellRef(HEADER_ROW + count + 1, LABEL, CALC_SHEET),
      soleKeys: itemRange(SOLE_KEY),
      itemIds: itemRange(LABEL),
      items: layout.items.length,
    },
  };
}
