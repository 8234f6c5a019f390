// The Rekenblad's level blocks: every matrix cell read as a level code, each person's level per area, and the
// person's scanned / minimum / basis columns (docs/design.md#4-what-the-answers-mean).

import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { SHEET_MATRIX } from '../plan';
import type { calcColumns } from './calc-columns';
import { at, type CalcRowCells, type columnFiller, formula } from './calc-row';
import type { MatrixLayout } from './layout';
import { type LevelCodeTable, levelCodeExpression } from './syntax';

type Columns = ReturnType<typeof calcColumns>;
type Filler = ReturnType<typeof columnFiller>;

/** Where one table row sits: `r` is the matrix row (1 = first person row), `row` the sheet row. */
export interface LevelRow {
  readonly r: number;
  readonly row: number;
  readonly cells: CalcRowCells;
  readonly down: Filler;
}

/** Each matrix cell of the row read as a level code, by the short look-up formula, filled down per column. */
export function levelCodeCells({ r, cells, down }: LevelRow, columns: Columns, table: LevelCodeTable): void {
  for (const [column, code] of columns.codeOf) {
    cells.put(
      code,
      down(r, code, () => levelCodeExpression(`${SHEET_MATRIX}!${at(column, r)}`, table)),
    );
  }
}

/**
 * One area's level of the person in the row. Mixed detail (docs/design.md#4-what-the-answers-mean): the mean of the
 * scanned parts when there are any (their highest on a yes/no matrix), else the area's own cell, else n.v.t. when
 * the area or a part says so, else no level.
 */
export function areaLevelFormula(layout: MatrixLayout, columns: Columns, a: number, row: number): string {
  const area = layout.areas[a]!;
  const group = columns.groups[a]!;
  const name = at(columns.NAME, row);
  const { codeOf } = columns;
  const wish = area.wish === undefined ? '' : `,${at(codeOf.get(area.wish)!, row)}`;
  const all = group.count ? `${at(group.first, row)}:${at(group.first + group.count - 1, row)}${wish}` : '';
  const parts = area.parts.length
    ? `${at(group.first + (area.own === undefined ? 0 : 1), row)}:${at(group.first + group.count - 1, row)}`
    : '';
  const own = area.own === undefined ? undefined : at(codeOf.get(area.own)!, row);
  const fallback = own
    ? parts
      ? `IF(${own}>=0,${own},IF(OR(${own}=-2,COUNTIF(${parts},-2)>0),-2,-1))`
      : own
    : parts
      ? `IF(COUNTIF(${parts},-2)>0,-2,-1)`
      : '-1';
  // The codes below 0 (no level, n.v.t.) are below every level, so MAX is the highest scanned part.
  const level = layout.anyItem ? `MAX(${parts})` : `SUMIF(${parts},">=0")/COUNTIF(${parts},">=0")`;
  const body = parts ? `IF(COUNTIF(${parts},">=0")>0,${level},${fallback})` : fallback;
  return all || wish ? `IF(ISERROR(SUM(${all || wish.slice(1)})),NA(),IF(${name}="",-1,${body}))` : '-1';
}

/**
 * The person's own columns: name, running number, scanned at all, lowest level over the everyone areas, and the
 * basis level and status (covered when every everyone area with a level is at or above its own threshold).
 */
export function personCells(
  { r, row, cells, down }: LevelRow,
  layout: MatrixLayout,
  columns: Columns,
  thresholds: readonly string[],
  lang: Language,
): void {
  const { NAME, NUMBER, SCANNED, MINIMUM, BASIS_LEVEL, BASIS_STATUS, levelColumn, competencyCodes } = columns;
  const everyone = layout.profile.areas.flatMap((area, a) => (area.scope === 'everyone' ? [a] : []));
  const name = at(NAME, row);
  const level = (a: number) => at(levelColumn[a]!, row);
  cells.put(
    NAME,
    down(r, NAME, () => `TRIM(${SHEET_MATRIX}!${at(layout.nameColumn, r)}&"")`),
  );
  const count = `IF(${name}="",0,1)`;
  cells.put(NUMBER, r === 1 ? formula(count) : down(r, NUMBER, () => `${at(NUMBER, row - 1)}+${count}`));
  const competency = `${at(competencyCodes.first, row)}:${at(competencyCodes.first + competencyCodes.count - 1, row)}`;
  cells.put(
    SCANNED,
    down(r, SCANNED, () => (competencyCodes.count ? `IF(COUNTIF(${competency},">=0")>0,1,0)` : '0')),
  );
  const lows = everyone.map((a) => `IF(${level(a)}>=0,${level(a)},99)`);
  cells.put(
    MINIMUM,
    down(r, MINIMUM, () => (lows.length ? `MIN(${lows.join(',')})` : '99')),
  );
  const minimum = at(MINIMUM, row);
  cells.put(
    BASIS_LEVEL,
    down(r, BASIS_LEVEL, () => `IF(${name}="","",IF(${minimum}=99,"",${minimum}))`),
  );
  const status = (key: 'statusNotScanned' | 'statusCovered' | 'statusGap') => `"${text(key, lang)}"`;
  const reached = everyone.map((a) => `OR(${level(a)}<0,${level(a)}>=${thresholds[a]})`);
  cells.put(
    BASIS_STATUS,
    down(
      r,
      BASIS_STATUS,
      () =>
        `IF(${name}="","",IF(${minimum}=99,${status('statusNotScanned')},` +
        `IF(AND(${reached.join(',') || 'TRUE'}),${status('statusCovered')},${status('statusGap')})))`,
    ),
  );
  layout.areas.forEach((_, a) => {
    cells.put(
      levelColumn[a]!,
      down(r, levelColumn[a]!, () => areaLevelFormula(layout, columns, a, row)),
    );
  });
}
