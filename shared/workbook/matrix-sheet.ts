// The Teammatrix sheet: header, names, level pickers and colour scale; merged into an existing matrix losslessly.

import type { Language } from '../i18n/language';
import { fillTemplate } from '../i18n/message';
import { type ColumnTarget, matchHeader, profileIndex, targetKey } from '../matrix/columns';
import { type Grid, isBlank } from '../matrix/grid';
import { competencyColumns, type Detail } from '../profiles/detail';
import type { Profile } from '../profiles/model';
import { personKey } from '../text/normalize';
import type { CellBlock, ListValidation, PlanRange, SheetPlan, StyledRange } from './plan';
import { SHEET_MATRIX } from './plan';
import { NOT_APPLICABLE_VALUE, WISH_VALUES, WORK_LEVELS, WORKBOOK_TEXTS } from './texts';

/** Rows below the people that still get pickers, so new people can be added without re-injecting. */
export const SPARE_ROWS = 200;
export const LEVEL_CHOICES: readonly (string | number)[] = [0, 1, 2, 3, 4, NOT_APPLICABLE_VALUE];

interface WantedColumn {
  readonly header: string;
  readonly key: string;
  readonly kind: 'name' | 'optional' | 'competency' | 'wish';
  readonly width: number;
}

/**
 * A header column's width (in characters): at least `least`, and wide enough for the header's longest word in the
 * bold header font, so a header wraps between words ("Ontwikkelwens" / "Bruggenbouwer"), never inside one.
 */
export function headerWidth(header: string, least: number): number {
  const longest = Math.max(0, ...header.split(/\s+/).map((word) => word.length));
  return Math.max(least, Math.ceil(longest * 1.1 + 2));
}

function wantedColumns(profile: Profile, detail: Detail, lang: Language): WantedColumn[] {
  const w = WORKBOOK_TEXTS;
  const index = profileIndex(profile);
  const keyOf = (header: string) => {
    const target = matchHeader(index, header);
    if (!target) throw new Error(`header ${header} does not map back to the profile`);
    return targetKey(target);
  };
  const width = detail === 'competenties' ? 9 : detail === 'kva' ? 20 : 15;
  return [
    { header: w.name[lang], key: 'name', kind: 'name', width: 26 },
    { header: w.role[lang], key: 'role', kind: 'optional', width: 18 },
    { header: w.workLevel[lang], key: 'workLevel', kind: 'optional', width: 14 },
    { header: w.updated[lang], key: 'updated', kind: 'optional', width: 17 },
    ...competencyColumns(profile, detail, lang).map((column) => ({
      header: column.header,
      key: keyOf(column.header),
      kind: 'competency' as const,
      width: headerWidth(column.header, width),
    })),
    ...profile.areas
      .filter((area) => area.scope === 'network')
      .map((area) => {
        const header = fillTemplate(w.wish[lang], { area: area.role });
        return { header, key: keyOf(header), kind: 'wish' as const, width: headerWidth(header, 14) };
      }),
  ];
}

export interface MatrixSheetResult {
  readonly sheet: SheetPlan;
  /** The header and every row that may hold a person (people and spare rows). */
  readonly range: PlanRange;
}

/**
 * Plans the Teammatrix. With an existing matrix (its used range from A1), only missing columns are added
 * after the last one and only new names below the last person: no existing cell is written.
 */
export function matrixSheet(
  profile: Profile,
  detail: Detail,
  lang: Language,
  names: readonly string[],
  existing?: Grid,
): MatrixSheetResult {
  const index = profileIndex(profile);
  const current = existing?.values ?? [];
  const header = current[0] ?? [];
  const present = new Map<string, number>();
  /** Level columns the matrix already has, of any detail. */
  const levelColumns: number[] = [];
  header.forEach((cell, column) => {
    const target: ColumnTarget | undefined = typeof cell === 'string' ? matchHeader(index, cell) : undefined;
    if (target && !present.has(targetKey(target))) present.set(targetKey(target), column);
    if (target && (target.kind === 'area' || target.kind === 'areaType' || target.kind === 'item'))
      levelColumns.push(column);
  });
  const lastUsedColumn = header.reduce<number>((last, cell, column) => (isBlank(cell) ? last : column), -1);
  const wanted = wantedColumns(profile, detail, lang);
  const placed: { column: number; wanted: WantedColumn; added: boolean }[] = [];
  let next = lastUsedColumn + 1;
  for (const column of wanted) {
    const at = present.get(column.key);
    placed.push(
      at === undefined ? { column: next++, wanted: column, added: true } : { column: at, wanted: column, added: false },
    );
  }
  const nameColumn = placed.find((p) => p.wanted.kind === 'name')!.column;
  const lastPersonRow = current.reduce<number>((last, row, r) => (r > 0 && !isBlank(row[nameColumn]) ? r : last), 0);
  const lastUsedRow = current.reduce<number>((last, row, r) => (row.some((cell) => !isBlank(cell)) ? r : last), 0);
  const known = new Set(
    current.slice(1).map((row) => (isBlank(row[nameColumn]) ? '' : personKey(String(row[nameColumn])))),
  );
  // One row per person: a name repeated in the list (case, spaces, invisible characters aside) is added once.
  const newNames: string[] = [];
  for (const name of names.map((candidate) => candidate.trim()).filter(Boolean)) {
    const key = personKey(name);
    if (known.has(key)) continue;
    known.add(key);
    newNames.push(name);
  }

  const blocks: CellBlock[] = placed
    .filter((p) => p.added)
    .map((p) => ({ row: 0, column: p.column, values: [[p.wanted.header]] }));
  const firstNewRow = Math.max(lastPersonRow, lastUsedRow) + 1;
  if (newNames.length > 0) {
    blocks.push({ row: firstNewRow, column: nameColumn, values: newNames.map((name) => [name]) });
  }
  const peopleRows = Math.max(firstNewRow - 1 + newNames.length, lastUsedRow);
  const rows = peopleRows + SPARE_ROWS;
  const width = Math.max(next, lastUsedColumn + 1);
  const bodyOf = (column: number): PlanRange => ({ row: 1, column, rows: rows, columns: 1 });
  const columnsOf = (kind: WantedColumn['kind']) => placed.filter((p) => p.wanted.kind === kind).map((p) => p.column);
  const w = WORKBOOK_TEXTS;
  const competencies = columnsOf('competency');
  // Level columns of another detail already in the matrix (areas after a switch to K/V/A) keep their colours:
  // an applier renews a merge sheet's colour scales, so the plan names every level column, not just its own.
  const coloured = [...new Set([...competencies, ...levelColumns])].sort((x, y) => x - y);
  const validations: ListValidation[] = [
    ...competencies.map((column) => ({
      range: bodyOf(column),
      values: LEVEL_CHOICES,
      strict: false,
      prompt: w.levelPrompt[lang],
    })),
    ...columnsOf('wish').map((column) => ({
      range: bodyOf(column),
      values: WISH_VALUES,
      strict: false,
      prompt: w.wishPrompt[lang],
    })),
    ...placed
      .filter((p) => p.wanted.key === 'workLevel')
      .map((p) => ({ range: bodyOf(p.column), values: WORK_LEVELS, strict: false, prompt: w.workLevelPrompt[lang] })),
  ];
  const styles: StyledRange[] = [
    { range: { row: 0, column: 0, rows: 1, columns: width }, style: 'header' },
    ...competencies.map((column) => ({ range: bodyOf(column), style: 'level' as const })),
    ...placed
      .filter((p) => p.wanted.key === 'updated')
      .map((p) => ({ range: bodyOf(p.column), style: 'date' as const })),
  ];
  const range: PlanRange = { row: 0, column: 0, rows: rows + 1, columns: width };
  return {
    range,
    sheet: {
      name: SHEET_MATRIX,
      mode: 'merge',
      blocks,
      styles,
      columnWidths: placed.filter((p) => p.added).map((p) => ({ column: p.column, width: p.wanted.width })),
      frozen: { rows: 1, columns: nameColumn + 1 },
      validations,
      colourScales: coloured.map((column) => ({ range: bodyOf(column), min: 0, mid: 2, max: 4 })),
      highlights: [],
      charts: [],
      table: { name: SHEET_MATRIX, range: { row: 0, column: 0, rows: peopleRows + 1, columns: width } },
      protect: false,
    },
  };
}
