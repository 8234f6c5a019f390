// Excel's limits, checked before a workbook is written: a cell's text, a formula's text and the texts inside
// it, a picker's list, and sheet names. Beyond them Excel repairs or refuses the file, so Teamscan refuses first.

import type ExcelJS from 'exceljs';
import { formatNumber } from '../format';
import { LocalizedInputError } from '../input-error';
import { escapeControls } from '../output/terminal';

/** Excel's specifications and limits (support.microsoft.com, "Excel specifications and limits"). */
export const EXCEL_LIMITS = {
  cellText: 32_767,
  formulaText: 8_192,
  formulaLiteral: 255,
  listValidation: 255,
  sheetName: 31,
} as const;

/** What exceljs drops from text without a word (XML 1.0 cannot hold it): a cell would lose characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function preview(text: string): string {
  const shown = escapeControls(text);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/** A count as each reader writes it ("40.000" and "40,000"). */
const nl = (count: number) => formatNumber(count, 'nl');
const en = (count: number) => formatNumber(count, 'en');

function refuse(nl: string, en: string): never {
  throw new LocalizedInputError({ nl, en });
}

/** The texts inside a formula ("…", with "" for a quote), as Excel reads them. */
export function formulaLiterals(formula: string): string[] {
  const literals: string[] = [];
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] !== '"') continue;
    let text = '';
    for (i++; i < formula.length; i++) {
      if (formula[i] !== '"') text += formula[i];
      else if (formula[i + 1] === '"') text += formula[++i];
      else break;
    }
    literals.push(text);
  }
  return literals;
}

/** Refuses a cell value Excel cannot hold as written; `cell` is its address with the sheet ("Teammatrix!B2"). */
export function checkCellValue(cell: string, value: ExcelJS.CellValue): void {
  if (typeof value === 'string') {
    if (value.length > EXCEL_LIMITS.cellText) {
      refuse(
        `${cell}: de tekst "${preview(value)}" is ${nl(value.length)} tekens lang; een cel in Excel houdt er hoogstens ${nl(EXCEL_LIMITS.cellText)}. Kort hem in en probeer opnieuw (er is niets geschreven).`,
        `${cell}: the text "${preview(value)}" is ${en(value.length)} characters long; an Excel cell holds at most ${en(EXCEL_LIMITS.cellText)}. Shorten it and try again (nothing was written).`,
      );
    }
    const dropped = DROPPED.exec(value);
    if (dropped) {
      const character = escapeControls(dropped[0]);
      refuse(
        `${cell}: de tekst "${preview(value)}" bevat het stuurteken ${character}, dat een .xlsx-bestand niet kan bevatten. Haal het weg en probeer opnieuw (er is niets geschreven).`,
        `${cell}: the text "${preview(value)}" holds the control character ${character}, which an .xlsx file cannot hold. Remove it and try again (nothing was written).`,
      );
    }
    return;
  }
  const formula = value && typeof value === 'object' && 'formula' in value ? String(value.formula) : undefined;
  if (formula === undefined) return;
  if (formula.length + 1 > EXCEL_LIMITS.formulaText) {
    refuse(
      `${cell}: de formule is ${nl(formula.length + 1)} tekens lang; Excel staat er hoogstens ${nl(EXCEL_LIMITS.formulaText)} toe. Gebruik kortere namen in het profiel.`,
      `${cell}: the formula is ${en(formula.length + 1)} characters long; Excel allows at most ${en(EXCEL_LIMITS.formulaText)}. Use shorter names in the profile.`,
    );
  }
  // A formula too short to hold an over-long text needs no scan (most of them: this runs on every cell).
  if (formula.length <= EXCEL_LIMITS.formulaLiteral + 2) return;
  for (const literal of formulaLiterals(formula)) {
    if (literal.length <= EXCEL_LIMITS.formulaLiteral) continue;
    refuse(
      `${cell}: de formule bevat de tekst "${preview(literal)}" van ${nl(literal.length)} tekens; Excel staat in een formule hoogstens ${nl(EXCEL_LIMITS.formulaLiteral)} tekens per tekst toe. Kort die naam in (bijvoorbeeld in de profieltabel) en probeer opnieuw.`,
      `${cell}: the formula holds the text "${preview(literal)}" of ${en(literal.length)} characters; Excel allows at most ${en(EXCEL_LIMITS.formulaLiteral)} characters per text in a formula. Shorten that name (for example in the profile table) and try again.`,
    );
  }
}

/** Refuses a picker whose list is longer than Excel keeps (`list` is the list formula, quotes included). */
export function checkListValidation(range: string, list: string): void {
  const length = list.length - 2;
  if (length <= EXCEL_LIMITS.listValidation) return;
  refuse(
    `${range}: de keuzelijst is ${nl(length)} tekens lang; Excel houdt er hoogstens ${nl(EXCEL_LIMITS.listValidation)}. Gebruik kortere waarden.`,
    `${range}: the picker's list is ${en(length)} characters long; Excel keeps at most ${en(EXCEL_LIMITS.listValidation)}. Use shorter values.`,
  );
}

/** Refuses sheet names Excel does not accept: blank, over 31 characters, []:*?/\, an apostrophe at either end, "History", or twice. */
export function checkSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const shown = escapeControls(name);
    const wrong =
      name.trim() === '' ||
      name.length > EXCEL_LIMITS.sheetName ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === 'history';
    if (wrong) {
      refuse(
        `Werkblad "${shown}": Excel staat deze naam niet toe (niet leeg, hoogstens ${EXCEL_LIMITS.sheetName} tekens, geen [ ] : * ? / \\, geen ' aan begin of eind, niet "History").`,
        `Sheet "${shown}": Excel does not accept this name (not blank, at most ${EXCEL_LIMITS.sheetName} characters, no [ ] : * ? / \\, no ' at either end, not "History").`,
      );
    }
    if (seen.has(name.toLowerCase())) {
      refuse(
        `Werkblad "${shown}" staat er twee keer in; Excel kent elke naam één keer (hoofdletters tellen niet).`,
        `Sheet "${shown}" is there twice; Excel knows each name once (case does not count).`,
      );
    }
    seen.add(name.toLowerCase());
  }
}
