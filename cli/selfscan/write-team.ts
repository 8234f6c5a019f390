// Writes the team matrix with the collected answers and their Teamscan-log rows to a new .xlsx (exceljs).

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { SELFSCAN_SOURCE } from '../../shared/host/bridge';
import { LOG_HEADER, LOG_SHEET, LOG_SOURCE_HEADER } from '../../shared/host/change-log';
import type { Language } from '../../shared/i18n/language';
import { openXlsxArchive } from '../read/xlsx-zip';
import { writeFileWhole } from '../write-file';
import { checkCellValue } from '../xlsx/limits';
import type { CellChange } from './collect-plan';
import type { TeamMatrix } from './team';

// The log's sixth column and its source for a self-scan: the same words the Sheets take-over writes.
export { SELFSCAN_SOURCE } from '../../shared/host/bridge';
export { LOG_SOURCE_HEADER } from '../../shared/host/change-log';

/** Parts of an .xlsx that exceljs does not write back, by the folder or file they live in, in nl/en. */
const DROPPED_PARTS: readonly { readonly prefix: string; readonly nl: string; readonly en: string }[] = [
  { prefix: 'xl/charts/', nl: 'grafieken', en: 'charts' },
  { prefix: 'xl/pivotTables/', nl: 'draaitabellen', en: 'pivot tables' },
  { prefix: 'xl/vbaProject.bin', nl: "macro's", en: 'macros' },
  { prefix: 'xl/slicers/', nl: 'slicers', en: 'slicers' },
];

/** What the new file will miss of an .xlsx team file (none for a .csv), in the reader's language. */
export async function droppedParts(file: string, lang: Language): Promise<string[]> {
  if (extname(file).toLowerCase() !== '.xlsx') return [];
  const archive = await openXlsxArchive(basename(file), await readFile(file));
  return DROPPED_PARTS.filter((part) => archive.names.some((name) => name.startsWith(part.prefix))).map(
    (part) => part[lang],
  );
}

async function teamWorkbook(
  team: TeamMatrix,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; first: { row: number; column: number } }> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  if (extname(team.file).toLowerCase() === '.xlsx') {
    await workbook.xlsx.readFile(team.file);
    const origin = team.grid.origin ?? { row: 1, column: 1 };
    const sheet = (origin.sheet ? workbook.getWorksheet(origin.sheet) : undefined) ?? workbook.worksheets[0]!;
    return { workbook, sheet, first: { row: origin.row, column: origin.column } };
  }
  // A .csv becomes a workbook of its matrix (header in the first row), its texts kept as texts.
  const sheet = workbook.addWorksheet('Teammatrix');
  team.grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== '') sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  return { workbook, sheet, first: { row: 1, column: 1 } };
}

/** The log sheet, made hidden with its header when the workbook has none; its header gains the source column. */
function logSheet(workbook: ExcelJS.Workbook, lang: Language): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(LOG_SHEET);
  const sheet = existing ?? workbook.addWorksheet(LOG_SHEET, { state: 'hidden' });
  if (!existing) {
    LOG_HEADER[lang].forEach((header, index) => {
      sheet.getCell(1, index + 1).value = header;
    });
  }
  const sourceHeader = sheet.getCell(1, LOG_HEADER[lang].length + 1);
  if (sourceHeader.value === null || sourceHeader.value === undefined) sourceHeader.value = LOG_SOURCE_HEADER[lang];
  return sheet;
}

/** Writes the team file with `cells` applied and logged to `out`, atomically under the output rules (docs/design.md#9-reliability-and-privacy). */
export async function writeCollected(
  team: TeamMatrix,
  cells: readonly CellChange[],
  out: string,
  options: { readonly lang: Language; readonly overwrite: boolean; readonly now?: Date },
): Promise<void> {
  const { workbook, sheet, first } = await teamWorkbook(team);
  for (const cell of cells) {
    const target = sheet.getCell(first.row + cell.gridRow, first.column + cell.column);
    checkCellValue(`${sheet.name}!${target.address}`, cell.now);
    target.value = cell.now;
  }
  if (cells.length > 0) {
    const log = logSheet(workbook, options.lang);
    const time = options.now ?? new Date();
    let row = log.rowCount + 1;
    for (const cell of cells) {
      const values = [time, cell.name, cell.header, cell.before, cell.now, SELFSCAN_SOURCE];
      values.forEach((value, index) => {
        if (value !== null) log.getCell(row, index + 1).value = value;
      });
      log.getCell(row, 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
      row++;
    }
  }
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await writeFileWhole(out, buffer, { overwrite: options.overwrite });
}
