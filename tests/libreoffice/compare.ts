// Compares the Dekking sheet LibreOffice computed with the core's own DEKKING, BASISNIVEAU and HIATEN tables.

import { analyze } from '../../shared/analysis/analyze';
import { coverageTable, gapsTable } from '../../shared/formulas/functions/coverage';
import { basisTable } from '../../shared/formulas/functions/people';
import type { FormulaTable } from '../../shared/formulas/types';
import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import type { Profile } from '../../shared/profiles/model';
import { COVERAGE_ROW, GAPS_COLUMN } from '../../shared/workbook/dashboard-sheet';
import { BASIS_COLUMN } from '../../shared/workbook/native';
import type { SheetRows } from './soffice';

export interface Expected {
  readonly coverage: FormulaTable;
  readonly basis: FormulaTable;
  readonly gaps: FormulaTable;
}

/** The core's answers for a matrix, as `teamscan analyze` and the DEKKING/BASISNIVEAU/HIATEN functions give them. */
export function expected(
  profile: Profile,
  values: readonly (readonly CellValue[])[],
  settings: { threshold: unknown; target: unknown },
  lang: Language,
): Expected {
  const reading = readMatrix({ values }, profile);
  const analysis = analyze(reading, settings);
  // Without a scope-everyone area there is no basis to show; the workbook leaves the table out.
  const hasBasis = profile.areas.some((area) => area.scope === 'everyone');
  return {
    coverage: coverageTable(analysis, lang),
    basis: hasBasis ? basisTable(reading, analysis.threshold, lang) : [],
    gaps: gapsTable(analysis, lang),
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
  want.coverage.forEach((row, r) => {
    row.forEach((value, c) => {
      check(COVERAGE_ROW + r, c, value, `Dekking r${r} c${c}`);
    });
  });
  want.basis.forEach((row, r) => {
    row.forEach((value, c) => {
      check(COVERAGE_ROW + r, BASIS_COLUMN + c, value, `Basis r${r} c${c}`);
    });
  });
  for (let r = COVERAGE_ROW + want.basis.length; r < sheet.length; r++) {
    if ((cell(r, BASIS_COLUMN) ?? '') !== '')
      problems.push(`Basis r${r - COVERAGE_ROW}: extra ${cell(r, BASIS_COLUMN)}`);
  }
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
