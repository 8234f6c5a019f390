// A team of 12 for the self-scan tests: a matrix at any detail as .csv or .xlsx, and helpers to edit a returned file.

import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../cli/read/xlsx';
import { openXlsxArchive } from '../../cli/read/xlsx-zip';
import { competencyColumns, type Detail } from '../../shared/profiles/detail';
import { resolveProfile } from '../../shared/profiles/resolve';

export const NAMES = [
  'Anna Jansen',
  'Bram de Vries',
  'Chantal Bakker',
  'Dirk van Dijk',
  'Eva Smit',
  'Fatima El Amrani',
  'Gijs Mulder',
  'Hanna de Boer',
  'Ilse Vos',
  'Joost Peters',
  'Karin Hendriks',
  'Lars van Leeuwen',
];

export function teamHeader(detail: Detail): string[] {
  const profile = resolveProfile('npuls');
  return [
    'Naam',
    ...competencyColumns(profile, detail).map((column) => column.header),
    ...profile.areas.map((area) => `Ontwikkelwens ${area.role}`),
  ];
}

/** Row i: levels (i + j) mod 5 with n.v.t. on every seventh, a wish on odd rows; person 11 not scanned. */
export function teamRows(detail: Detail, names: readonly string[] = NAMES): (string | number | null)[][] {
  const header = teamHeader(detail);
  const competencies = header.length - 1 - resolveProfile('npuls').areas.length;
  const wishes = header.length - 1 - competencies;
  return [
    header,
    ...names.map((name, i) => [
      name,
      ...Array.from({ length: competencies }, (_, j) => (i === 11 ? null : (i + j) % 7 === 6 ? 'n.v.t.' : (i + j) % 5)),
      ...Array.from({ length: wishes }, () => (i % 2 ? 'ja' : null)),
    ]),
  ];
}

export async function writeTeamCsv(path: string, rows: readonly (readonly (string | number | null)[])[]) {
  await writeFile(path, `${rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n')}\n`);
}

/** An .xlsx team file with a title line above the matrix and a second sheet of notes that must be kept. */
export async function writeTeamXlsx(path: string, rows: readonly (readonly (string | number | null)[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Teammatrix');
  sheet.getCell('A1').value = 'Team Onderwijsondersteuning';
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 3, c + 1).value = value;
    });
  });
  workbook.addWorksheet('Notities').getCell('A1').value = 'bewaren';
  await workbook.xlsx.writeFile(path);
}

/** Edits answer cells of a personal workbook as a person would (by address on the scan sheet); null empties. */
export async function answer(path: string, cells: Record<string, string | number | null>, out = path) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(out);
}

/** The answer cells of a personal workbook's scan sheet, as [header, cell] in order (levels, then wishes). */
export async function answerCells(path: string): Promise<{ header: string; cell: string; kind: string }[]> {
  const record = await readXlsx(path, 'Teamscan-zelfscan', 'Teamscan-zelfscan');
  return record.values
    .slice(9)
    .filter((row) => row[0] === 'level' || row[0] === 'wish')
    .map((row) => ({ kind: String(row[0]), header: String(row[1]), cell: String(row[3]) }));
}

/** Every part of an .xlsx as text. */
export async function allXml(path: string): Promise<string> {
  const archive = await openXlsxArchive('file.xlsx', await readFile(path));
  const parts = await Promise.all(archive.names.map((name) => archive.text(name)));
  return parts.join('\n');
}

/** The cells covered by the list validations whose list holds `choice` (exceljs writes them as ranges). */
export function pickerCells(sheetXml: string, choice: string): Set<string> {
  const cells = new Set<string>();
  for (const match of sheetXml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const sqref = /sqref="([^"]+)"/.exec(match[1]!)?.[1];
    if (!/type="list"/.test(match[1]!) || !sqref) continue;
    if (!match[2]!.includes(choice)) continue;
    for (const range of sqref.split(' ')) {
      const [first, last = first] = range.split(':');
      const column = first!.replace(/[0-9]+$/, '');
      for (let row = Number(first!.slice(column.length)); row <= Number(last!.slice(column.length)); row++) {
        cells.add(`${column}${row}`);
      }
    }
  }
  return cells;
}
