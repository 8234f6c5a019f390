// The HIATEN rows on the Rekenblad: one candidate row per area and per item column, with a running count.

import { FORMULA_TEXTS } from '../../formulas/texts';
import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { profileIndex } from '../../matrix/columns';
import { COVERAGE_ROW } from '../dashboard-sheet';
import type { CellBlock, PlanCell } from '../plan';
import { SHEET_DASHBOARD } from '../plan';
import type { MatrixLayout } from './layout';
import { cellRef, literal, rangeRef, templateFormula } from './syntax';
import { CALC_SHEET, NATIVE_TEXTS } from './texts';

const HEADER_ROW = 7;

export interface GapsRefs {
  readonly kinds: string;
  readonly labels: string;
  readonly texts: string;
  /** Running count of the rows that are a gap: the k-th gap is where the count first reaches k. */
  readonly counts: string;
  readonly total: string;
  /** Candidate rows: the most gaps there can be. */
  readonly rows: number;
}

export interface GapsInput {
  readonly layout: MatrixLayout;
  readonly lang: Language;
  /** First (0-based) column of the block. */
  readonly column: number;
  readonly threshold: string;
  readonly target: string;
  /** The final value of an area's list of names (covered by, below the threshold, not scanned). */
  readonly finalAccumulator: (area: number, kind: 'coveredBy' | 'below' | 'missing') => string;
  readonly itemCodes: (column: number) => string;
  readonly names: string;
}

const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

export function gapsBlock(input: GapsInput): { block: CellBlock; refs: GapsRefs; lastColumn: number } {
  const { layout, lang, threshold, target } = input;
  const t = FORMULA_TEXTS;
  const n = NATIVE_TEXTS;
  const first = input.column;
  const FLAG = first;
  const COUNT = first + 1;
  const KIND = first + 2;
  const LABEL = first + 3;
  const TEXT = first + 4;
  const ITEM_TEXT = first + 5;
  const rows: PlanCell[][] = [
    [n.gapFlag[lang], n.gapCount[lang], t.kind[lang], t.area[lang], t.explanation[lang], null],
  ];
  const rowOf = (index: number) => HEADER_ROW + 1 + index;
  const addRow = (flag: string, kind: PlanCell, label: PlanCell, explanation: string, itemText: PlanCell = null) => {
    const row = rowOf(rows.length - 1);
    const count = rows.length === 1 ? cellRef(row, FLAG) : `${cellRef(row - 1, COUNT)}+${cellRef(row, FLAG)}`;
    rows.push([formula(flag), formula(count), kind, label, formula(explanation), itemText]);
  };
  const covered = text('statusCovered', lang);
  const gap = text('statusGap', lang);
  layout.profile.areas.forEach((area, a) => {
    const status = cellRef(COVERAGE_ROW + 1 + a, 5, SHEET_DASHBOARD);
    if (area.scope === 'network') {
      const coveredCount = cellRef(COVERAGE_ROW + 1 + a, 1, SHEET_DASHBOARD);
      const gapText = templateFormula(t.gapText[lang], { threshold });
      const vulnerableText = templateFormula(t.vulnerableText[lang], {
        covered: coveredCount,
        target,
        names: input.finalAccumulator(a, 'coveredBy'),
      });
      addRow(
        `IF(${status}<>${literal(covered)},1,0)`,
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
      t.kindBasis[lang],
      area.role,
      `IF(${below}<>"",${belowText},${literal(t.basisNobodyText[lang])})&IF(${missing}<>"",${missingText},"")`,
    );
  });
  const items = profileIndex(layout.profile).items;
  for (const { item, column } of layout.items) {
    const row = rowOf(rows.length - 1);
    const definition = items[item]!.item;
    addRow(
      `IF(SUMPRODUCT((${input.names}<>"")*(${input.itemCodes(column)}>=${threshold}))=0,1,0)`,
      t.kindBlindSpot[lang],
      definition.id,
      templateFormula(t.blindSpotText[lang], { text: cellRef(row, ITEM_TEXT), threshold }),
      definition.text,
    );
  }
  const count = rows.length - 1;
  const range = (column: number) => rangeRef(HEADER_ROW + 1, column, count, 1, CALC_SHEET);
  return {
    block: { row: HEADER_ROW, column: first, values: rows },
    lastColumn: ITEM_TEXT,
    refs: {
      kinds: range(KIND),
      labels: range(LABEL),
      texts: range(TEXT),
      counts: range(COUNT),
      total: cellRef(HEADER_ROW + count, COUNT, CALC_SHEET),
      rows: count,
    },
  };
}
