// The Profiel sheet: title, source and licence (attribution), then the reference table of the profile.

import { FORMULA_TEXTS } from '../formulas/texts';
import type { Language } from '../i18n/language';
import { fillTemplate } from '../i18n/message';
import { profileAttribution } from '../profiles/attribution';
import type { Profile } from '../profiles/model';
import { type PlanCell, type PlanRange, SHEET_PROFILE, type SheetPlan } from './plan';
import { WORKBOOK_TEXTS } from './texts';

/** Row (0-based) of the table header on the Profiel sheet; the lines above hold title and attribution. */
export const PROFILE_HEADER_ROW = 5;
const COLUMNS = 6;

/** The table rows: per area a row of type "Gebied", then its items; custom profiles read back the same. */
export function profileTableRows(profile: Profile, lang: Language): PlanCell[][] {
  const t = FORMULA_TEXTS;
  const rows: PlanCell[][] = [
    [t.id[lang], t.area[lang], t.type[lang], t.description[lang], t.scope[lang], t.group[lang]],
  ];
  for (const area of profile.areas) {
    const scope = area.scope === 'everyone' ? t.scopeEveryone[lang] : t.scopeNetwork[lang];
    rows.push([area.code, area.role, WORKBOOK_TEXTS.areaRowType[lang], area.description || area.name, scope, '']);
    for (const item of area.items) rows.push([item.id, area.role, item.type ?? '', item.text, scope, item.group ?? '']);
  }
  return rows;
}

export function profileSheet(profile: Profile, lang: Language): { sheet: SheetPlan; table: PlanRange } {
  const w = WORKBOOK_TEXTS;
  const { source, licence } = profileAttribution(profile);
  const preamble: PlanCell[][] = [
    [`${profile.title} (${profile.year || '—'})`],
    [fillTemplate(w.source[lang], { source })],
    [fillTemplate(w.licence[lang], { licence })],
    [w.attribution[lang]],
    [null],
  ];
  const table = profileTableRows(profile, lang);
  const tableRange = { row: PROFILE_HEADER_ROW, column: 0, rows: table.length, columns: COLUMNS };
  const areaRows = table.flatMap((row, index) => (row[2] === w.areaRowType[lang] ? [index] : []));
  return {
    table: tableRange,
    sheet: {
      name: SHEET_PROFILE,
      mode: 'replace',
      blocks: [
        { row: 0, column: 0, values: preamble },
        { row: PROFILE_HEADER_ROW, column: 0, values: table },
      ],
      styles: [
        { range: { row: 0, column: 0, rows: 1, columns: COLUMNS }, style: 'title' },
        { range: { row: 1, column: 0, rows: 3, columns: COLUMNS }, style: 'note' },
        { range: { row: PROFILE_HEADER_ROW, column: 0, rows: 1, columns: COLUMNS }, style: 'header' },
        ...areaRows.map((index) => ({
          range: { row: PROFILE_HEADER_ROW + index, column: 0, rows: 1, columns: COLUMNS },
          style: 'subtitle' as const,
        })),
        { range: { row: PROFILE_HEADER_ROW + 1, column: 3, rows: table.length - 1, columns: 1 }, style: 'wrap' },
      ],
      columnWidths: [
        { column: 0, width: 10 },
        { column: 1, width: 18 },
        { column: 2, width: 9 },
        { column: 3, width: 90 },
        { column: 4, width: 10 },
        { column: 5, width: 22 },
      ],
      frozen: { rows: PROFILE_HEADER_ROW + 1, columns: 0 },
      validations: [],
      colourScales: [],
      highlights: [],
      charts: [],
      protect: true,
    },
  };
}
