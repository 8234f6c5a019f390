// Plans the Tweede blik sheet: the Teammatrix's layout and names, kept in step with it, plus the rater column.

import { isRaterHeader } from '../analysis/conversation/second-view';
import { CONVERSATION_TEXTS, SHEET_SECOND_VIEW } from '../analysis/conversation/texts';
import type { Language } from '../i18n/language';
import { type Grid, isBlank } from '../matrix/grid';
import type { Detail } from '../profiles/detail';
import type { Profile } from '../profiles/model';
import { matrixSheet } from './matrix-sheet';
import type { SheetPlan } from './plan';

/**
 * The second view's plan: the matrix's columns (as the Teammatrix plan has them for this profile and detail) and
 * every name of the matrix, merged into the sheet as it is (nothing typed there is written over), with the rater
 * column after the last one. `matrixNames` are the Teammatrix's names after the injection.
 */
export function secondViewSheet(
  profile: Profile,
  detail: Detail,
  lang: Language,
  matrixNames: readonly string[],
  existing?: Grid,
): SheetPlan {
  const { sheet, range } = matrixSheet(profile, detail, lang, matrixNames, existing);
  const header = existing?.values[0] ?? [];
  const hasRater = header.some(isRaterHeader);
  const lastUsed = header.reduce<number>((last, cell, column) => (isBlank(cell) ? last : column), -1);
  const raterColumn = Math.max(range.columns, lastUsed + 1);
  const width = hasRater ? range.columns : raterColumn + 1;
  const { table: _table, ...rest } = sheet;
  return {
    ...rest,
    name: SHEET_SECOND_VIEW,
    blocks: hasRater
      ? sheet.blocks
      : [...sheet.blocks, { row: 0, column: raterColumn, values: [[CONVERSATION_TEXTS.rater[lang]]] }],
    styles: [
      ...sheet.styles.filter((style) => !(style.style === 'header' && style.range.row === 0)),
      { range: { row: 0, column: 0, rows: 1, columns: width }, style: 'header' },
    ],
    columnWidths: hasRater ? sheet.columnWidths : [...sheet.columnWidths, { column: raterColumn, width: 22 }],
  };
}
