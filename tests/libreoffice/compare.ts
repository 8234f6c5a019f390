// Compares the Dekking sheet LibreOffice computed with the core's own DEKKING, BASISNIVEAU, HIATEN (by risk) and
// SLEUTELPERSONEN tables, given the norms table as the sheet shows it.

import { analyze } from '../../shared/analysis/analyze';
import { coverageTable, gapsTable } from '../../shared/formulas/functions/coverage';
import { keyPeopleTable } from '../../shared/formulas/functions/insights';
import { basisTable } from '../../shared/formulas/functions/people';
import type { FormulaTable } from '../../shared/formulas/types';
import type { Language } from '../../shared/i18n/language';
import type { Scale } from '../../shared/levels/scale';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import type { Profile } from '../../shared/profiles/model';
import { normsTableRange, PAIRS_COLUMN } from '../../shared/workbook/dashboard-layout';
import { COVERAGE_ROW, GAPS_COLUMN, KEY_PEOPLE_COLUMN } from '../../shared/workbook/dashboard-sheet';
import { BASIS_COLUMN } from '../../shared/workbook/native';
import { NATIVE_TEXTS } from '../../shared/workbook/native/texts';
import { WORKBOOK_TEXTS } from '../../shared/workbook/texts';
import type { SheetRows } from './soffice';

export interface Expected {
  readonly lang: Language;
  readonly normsRow: number;
  /** The norms table as the sheet shows it (header, then Gebied, Drempel, Doel per area). */
  readonly norms: FormulaTable;
  readonly coverage: FormulaTable;
  readonly basis: FormulaTable;
  readonly gaps: FormulaTable;
  readonly keyPeople: FormulaTable;
}

/** Overrides of the norms table by area index: what a user typed over the formulas. */
export type NormOverrides = Readonly<Record<number, { readonly threshold?: CellValue; readonly target?: CellValue }>>;

/**
 * The core's answers for a matrix as the Teamscan functions give them when drempel and doel are the Dekking sheet's
 * norms table: each area's row shows B2 and B3 (an everyone area no Doel) unless the user typed over it.
 */
export function expected(
  profile: Profile,
  values: readonly (readonly CellValue[])[],
  settings: { threshold: unknown; target: unknown },
  lang: Language,
  overrides: NormOverrides = {},
  scale?: Scale,
): Expected {
  const shownInput = (value: unknown) => (value === null || value === undefined ? '' : (value as CellValue));
  const table: CellValue[][] = [
    [WORKBOOK_TEXTS.normsArea[lang], WORKBOOK_TEXTS.normsThreshold[lang], WORKBOOK_TEXTS.normsTarget[lang]],
    ...profile.areas.map((area, a): CellValue[] => [
      area.role,
      overrides[a]?.threshold ?? shownInput(settings.threshold),
      area.scope === 'network' ? (overrides[a]?.target ?? shownInput(settings.target)) : '',
    ]),
  ];
  const reading = readMatrix({ values }, profile, scale ? { scale } : {});
  const analysis = analyze(reading, { norms: { values: table } });
  // Without a scope-everyone area there is no basis to show; the workbook leaves the table out.
  const hasBasis = profile.areas.some((area) => area.scope === 'everyone');
  return {
    lang,
    normsRow: normsTableRange(profile).row,
    norms: table,
    coverage: coverageTable(analysis, lang),
    basis: hasBasis ? basisTable(reading, analysis.areas, lang) : [],
    gaps: gapsTable(analysis, lang, 'risk'),
    keyPeople: keyPeopleTable(analysis, profile, lang),
  };
}

function same(actual: string | undefined, wanted: unknown): boolean {
  const text = actual ?? '';
  if (typeof wanted === 'number') return text !== '' && Math.abs(Number(text) - wanted) < 1e-9;
  return text === String(wanted ?? '');
}

/** Every difference between the sheet and the core, as readable lines; empty when they agree. */
export function differences(sheet: SheetRows, want: Expected): string[] {
  const problems: string[] = [];
  const cell = (row: number, column: number) => sheet[row]?.[column];
  const check = (row: number, column: number, wanted: unknown, what: string) => {
    if (!same(cell(row, column), wanted)) {
      problems.push(`${what}: sheet ${JSON.stringify(cell(row, column))}, core ${JSON.stringify(wanted)}`);
    }
  };
  /** A table from (COVERAGE_ROW, column) with nothing in its first column below it. */
  const table = (rows: FormulaTable, column: number, name: string) => {
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        check(COVERAGE_ROW + r, column + c, value, `${name} r${r} c${c}`);
      });
    });
    for (let r = COVERAGE_ROW + rows.length; r < sheet.length; r++) {
      if ((cell(r, column) ?? '') !== '') problems.push(`${name} r${r - COVERAGE_ROW}: extra ${cell(r, column)}`);
    }
  };
  want.norms.forEach((row, r) => {
    row.forEach((value, c) => {
      check(want.normsRow + r, c, value, `Normen r${r} c${c}`);
    });
  });
  want.coverage.forEach((row, r) => {
    row.forEach((value, c) => {
      check(COVERAGE_ROW + r, c, value, `Dekking r${r} c${c}`);
    });
  });
  table(want.basis, BASIS_COLUMN, 'Basis');
  table(want.keyPeople, KEY_PEOPLE_COLUMN, 'Sleutelpersonen');
  check(COVERAGE_ROW, PAIRS_COLUMN, NATIVE_TEXTS.pairsElsewhere[want.lang], 'Leerkoppels');
  if ((cell(COVERAGE_ROW + 1, PAIRS_COLUMN) ?? '') !== '') problems.push('Leerkoppels: more than the one line');
  want.gaps.forEach((row, r) => {
    check(COVERAGE_ROW + r, GAPS_COLUMN, row[0], `Hiaten r${r} soort`);
    check(COVERAGE_ROW + r, GAPS_COLUMN + 1, row[1], `Hiaten r${r} gebied`);
    // The native explanation leaves out the candidates list; what it says must be the core's text.
    const actual = cell(COVERAGE_ROW + r, GAPS_COLUMN + 2) ?? '';
    const wanted = String(row[2] ?? '');
    if (!actual || !wanted.startsWith(actual)) problems.push(`Hiaten r${r} toelichting: "${actual}" vs "${wanted}"`);
  });
  const after = cell(COVERAGE_ROW + want.gaps.length, GAPS_COLUMN) ?? '';
  if (after !== '') problems.push(`Hiaten: extra row ${after}`);
  return problems;
}
