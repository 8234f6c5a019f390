// The .xlsx reader's refusals in Dutch and English, each naming the file, cell or range and what to do.

import type { Language, Localized } from '../../shared/i18n/language';
import { InputError } from '../input-error';

/** A refusal while reading an .xlsx; `message` holds both languages, `localized` one of them. */
export class XlsxReadError extends InputError {
  constructor(readonly texts: Localized) {
    super(`${texts.nl} / ${texts.en}`);
    this.name = 'XlsxReadError';
  }

  localized(lang: Language): string {
    return this.texts[lang];
  }
}

const megabytes = (bytes: number): string => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

/** Why an archive is no readable .xlsx, in both languages (the message is wholly in the reader's language). */
export const NOT_XLSX_REASONS = {
  noDirectory: { nl: 'geen zip-inhoudsopgave', en: 'no zip directory' },
  encrypted: { nl: 'versleuteld', en: 'encrypted' },
  tooShort: { nl: 'te kort voor een zip-archief', en: 'too short for a zip archive' },
  compression: (method: number): Localized => ({
    nl: `compressiemethode ${method}`,
    en: `compression method ${method}`,
  }),
  missingPart: (part: string): Localized => ({ nl: `${part} ontbreekt`, en: `no ${part}` }),
};

export const notAnXlsx = (file: string, reason: Localized): XlsxReadError =>
  new XlsxReadError({
    nl: `${file}: geen leesbaar .xlsx-bestand (${reason.nl})`,
    en: `${file}: not a readable .xlsx file (${reason.en})`,
  });

/** Excel's most characters in one cell (support.microsoft.com, "Excel specifications and limits"). */
export const EXCEL_CELL_LIMIT = 32_767;

export const sharedTextTooLong = (file: string, index: number, start: string): XlsxReadError =>
  new XlsxReadError({
    nl: `${file}: gedeelde tekst nr. ${index + 1} (begint met "${start}") is langer dan ${EXCEL_CELL_LIMIT} tekens, de grens van een Excel-cel; het bestand is beschadigd of geen teammatrix.`,
    en: `${file}: shared text no. ${index + 1} (starting "${start}") is longer than ${EXCEL_CELL_LIMIT} characters, an Excel cell's limit; the file is damaged or no team matrix.`,
  });

export const cellTextTooLong = (cell: string): XlsxReadError =>
  new XlsxReadError({
    nl: `${cell}: tekst langer dan ${EXCEL_CELL_LIMIT} tekens, de grens van een Excel-cel; het bestand is beschadigd of geen teammatrix.`,
    en: `${cell}: text longer than ${EXCEL_CELL_LIMIT} characters, an Excel cell's limit; the file is damaged or no team matrix.`,
  });

export const damagedArchive = (file: string): XlsxReadError =>
  new XlsxReadError({
    nl: `${file}: het .xlsx-archief is beschadigd; open het in een spreadsheetprogramma en sla het opnieuw op`,
    en: `${file}: the .xlsx archive is damaged; open it in a spreadsheet program and save it again`,
  });

export const archiveTooLarge = (file: string, limit: number): XlsxReadError =>
  new XlsxReadError({
    nl: `${file}: pakt uit tot meer dan ${megabytes(limit)} MB en wordt niet uitgepakt (een teammatrix is veel kleiner; is dit het goede bestand?)`,
    en: `${file}: unpacks to more than ${megabytes(limit)} MB and is not unpacked (a team matrix is far smaller; is this the right file?)`,
  });

export const understatedPart = (file: string, part: string): XlsxReadError =>
  new XlsxReadError({
    nl: `${file}: onderdeel ${part} pakt groter uit dan het archief opgeeft en wordt niet verder uitgepakt (beschadigd of een zip-bom)`,
    en: `${file}: part ${part} unpacks to more than the archive states and is not unpacked further (damaged or a zip bomb)`,
  });

export const missingSheet = (file: string, wanted: string, names: readonly string[]): XlsxReadError =>
  new XlsxReadError({
    nl: `${file}: geen werkblad ${wanted} (werkbladen: ${names.join(', ')})`,
    en: `${file}: no sheet ${wanted} (sheets: ${names.join(', ')})`,
  });

export const formulaWithoutValue = (cell: string, formula: string, others: number): XlsxReadError => {
  const more = { nl: others > 0 ? ` en nog ${others} zulke cellen` : '', en: others > 0 ? ` and ${others} more` : '' };
  const shown = formula ? ` =${formula}` : '';
  return new XlsxReadError({
    nl: `${cell}: formule${shown} zonder berekende waarde${more.nl}. Het bestand is opgeslagen door een programma dat niet rekent; open het in Excel, LibreOffice of Google Sheets, sla het op en lees het opnieuw.`,
    en: `${cell}: formula${shown} without a computed value${more.en}. The file was saved by a program that does not calculate; open it in Excel, LibreOffice or Google Sheets, save it and read it again.`,
  });
};

export const mergedTextCell = (range: string, value: string, rows: number): XlsxReadError =>
  new XlsxReadError({
    nl: `${range}: één samengevoegde cel met "${value}" over ${rows} rijen, die elk ook andere waarden hebben; alleen de eerste rij zou hem krijgen. Maak de samenvoeging ongedaan en geef elke persoon één rij.`,
    en: `${range}: one merged cell holding "${value}" across ${rows} rows that each hold other values too; only the first row would get it. Unmerge it and give each person one row.`,
  });

export const overlappingMerges = (range: string): XlsxReadError =>
  new XlsxReadError({
    nl: `${range}: samengevoegde bereiken overlappen; het bestand is beschadigd. Open het in een spreadsheetprogramma en sla het opnieuw op.`,
    en: `${range}: merged ranges overlap; the file is damaged. Open it in a spreadsheet program and save it again.`,
  });

export const tooManyMerges = (sheet: string, count: number): XlsxReadError =>
  new XlsxReadError({
    nl: `${sheet}: ${count} samengevoegde bereiken over zoveel rijen dat Teamscan ze niet leest; maak de samenvoegingen ongedaan en sla het bestand op.`,
    en: `${sheet}: ${count} merged ranges over so many rows that Teamscan does not read them; unmerge them and save the file.`,
  });

export const missingSharedText = (cell: string): XlsxReadError =>
  new XlsxReadError({
    nl: `${cell}: verwijst naar een tekst die niet in het bestand staat; het bestand is beschadigd`,
    en: `${cell}: refers to a text the file does not hold; the file is damaged`,
  });

export const cellTooFar = (cell: string, maxRows: number): XlsxReadError =>
  new XlsxReadError({
    nl: `${cell}: een gevulde cel ver onder de matrix; Teamscan leest tot rij ${maxRows}. Maak die cel leeg en sla het bestand op.`,
    en: `${cell}: a filled cell far below the matrix; Teamscan reads up to row ${maxRows}. Clear that cell and save the file.`,
  });

export const rangeTooLarge = (sheet: string, lastCell: string, maxCells: number): XlsxReadError =>
  new XlsxReadError({
    nl: `${sheet}: het gebruikte bereik (tot ${lastCell}) telt meer dan ${maxCells} cellen; maak de cellen buiten de matrix leeg en sla het bestand op.`,
    en: `${sheet}: the used range (up to ${lastCell}) has more than ${maxCells} cells; clear the cells outside the matrix and save the file.`,
  });
