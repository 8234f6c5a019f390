// One person's self-scan workbook (exceljs): the scan sheet with pickers, and the very hidden record sheet.

import type ExcelJS from 'exceljs';
import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import type { Profile } from '../../shared/profiles/model';
import { checkCellValue, checkListValidation } from '../xlsx/limits';
import { shownLevel } from './answers';
import { RECORD_SHEET, type RecordQuestion, recordRows, type SelfscanRecord } from './record';
import type { ScanColumn, TeamMatrix } from './team';
import { PERSONAL_TEXTS } from './texts';

export interface PersonalScan {
  readonly name: string;
  /** The person's row in the located grid. */
  readonly values: readonly CellValue[];
}

/** The first row of the questions on the scan sheet (1-based); the rows above hold the title and explanation. */
const TITLE_ROWS = 3;

/** exceljs keeps range validations in `dataValidations`, which its typings leave out. */
function validationsOf(sheet: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function setCell(sheet: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue): void {
  checkCellValue(`${sheet.name}!${address}`, value);
  sheet.getCell(address).value = value;
}

function addPicker(
  sheet: ExcelJS.Worksheet,
  address: string,
  choices: readonly string[],
  prompt: string,
  lang: Language,
) {
  const list = `"${choices.join(',')}"`;
  checkListValidation(`${sheet.name}!${address}`, list);
  const texts = PERSONAL_TEXTS[lang];
  validationsOf(sheet).add(address, {
    type: 'list',
    allowBlank: true,
    formulae: [list],
    showInputMessage: true,
    promptTitle: 'Teamscan',
    prompt,
    showErrorMessage: true,
    // A warning, not a stop: a level typed by hand ("2", "Bekwaam") is read back too.
    errorStyle: 'warning',
    errorTitle: 'Teamscan',
    error: texts.pickerWarning,
  });
}

function shown(column: ScanColumn, value: CellValue, lang: Language): string | number | null {
  if (column.kind === 'level') return shownLevel(value, lang);
  return value === null || value === undefined || value === ''
    ? null
    : typeof value === 'number'
      ? value
      : String(value);
}

function startOf(value: CellValue): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'number' ? value : String(value);
}

/** Builds the workbook of one person; `record` is completed with the answer cells and returned with it. */
export async function personalWorkbook(
  team: TeamMatrix,
  profile: Profile,
  person: PersonalScan,
  record: Omit<SelfscanRecord, 'questions'>,
  lang: Language,
): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const texts = PERSONAL_TEXTS[lang];
  const workbook = new Excel.Workbook();
  // Only the person's own name is in the file: no author, no team file name, no colleague (docs/design.md#12-rounds-history-and-reports).
  workbook.creator = 'Teamscan';
  workbook.lastModifiedBy = 'Teamscan';
  const sheet = workbook.addWorksheet(texts.sheet);
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 70;
  sheet.getColumn(3).width = 20;
  sheet.getColumn(4).width = 30;
  setCell(sheet, 'A1', texts.title(profile.title));
  sheet.getCell('A1').font = { bold: true, size: 14 };
  setCell(sheet, 'A2', texts.name);
  setCell(sheet, 'B2', person.name);
  sheet.getCell('B2').font = { bold: true };
  let row = TITLE_ROWS + 1;
  for (const line of texts.explanation) {
    setCell(sheet, `A${row}`, line);
    sheet.mergeCells(`A${row}:D${row}`);
    sheet.getCell(`A${row}`).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 32;
    row++;
  }
  row++;
  const questions: RecordQuestion[] = [];
  const section = (kind: 'level' | 'wish', title: readonly string[]) => {
    const columns = team.columns.filter((column) => column.kind === kind);
    if (columns.length === 0) return;
    title.forEach((text, index) => {
      if (text !== '') setCell(sheet, `${String.fromCharCode(65 + index)}${row}`, text);
    });
    sheet.getRow(row).font = { bold: true };
    row++;
    for (const column of columns) {
      const value = person.values[column.column];
      const cell = `D${row}`;
      setCell(sheet, `A${row}`, column.header);
      setCell(sheet, `B${row}`, column.kind === 'wish' ? texts.wishPrompt : column.description);
      setCell(sheet, `C${row}`, shown(column, value, lang));
      setCell(sheet, cell, shown(column, value, lang));
      sheet.getCell(`B${row}`).alignment = { wrapText: true, vertical: 'top' };
      sheet.getCell(cell).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
      if (kind === 'level') addPicker(sheet, cell, [...texts.levels, texts.notApplicable], texts.levelPrompt, lang);
      else addPicker(sheet, cell, texts.wishes, texts.wishPrompt, lang);
      questions.push({ kind, header: column.header, key: column.key, cell, start: startOf(value) });
      row++;
    }
    row++;
  };
  section('level', texts.headers);
  section('wish', [texts.wishHeader, '', texts.headers[2], texts.headers[3]]);
  sheet.views = [{ state: 'normal', activeCell: questions[0]?.cell ?? 'D1' }];
  const hidden = workbook.addWorksheet(RECORD_SHEET, { state: 'veryHidden' });
  recordRows({ ...record, questions }).forEach((values, r) => {
    values.forEach((value, c) => {
      if (value !== null) setCell(hidden, `${String.fromCharCode(65 + c)}${r + 1}`, value);
    });
  });
  return workbook;
}
