// The file readers' refusals in Dutch and English: what the file is or where it goes wrong, and what to do;
// and the one refusal of output too large to make (what such input would lead to).

import type { Localized } from '../../shared/i18n/language';
import { LocalizedInputError } from '../input-error';

const megabytes = (bytes: number): string => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

/** A refusal naming `file`, in both languages. */
const refuse = (file: string, texts: Localized): LocalizedInputError =>
  new LocalizedInputError({ nl: `${file}: ${texts.nl}`, en: `${file}: ${texts.en}` });

/** What a path is when it is no regular file, for the message. */
export type SpecialKind = 'fifo' | 'device' | 'socket' | 'other';

const SPECIAL: Record<SpecialKind, Localized> = {
  fifo: { nl: 'een named pipe (FIFO)', en: 'a named pipe (FIFO)' },
  device: { nl: 'een apparaat', en: 'a device' },
  socket: { nl: 'een socket', en: 'a socket' },
  other: { nl: 'geen gewoon bestand', en: 'not a regular file' },
};

export const notRegularFile = (file: string, kind: SpecialKind): LocalizedInputError =>
  refuse(file, {
    nl: `is ${SPECIAL[kind].nl}, geen gewoon bestand; Teamscan leest alleen gewone bestanden. Sla de gegevens op in een bestand en geef dat.`,
    en: `is ${SPECIAL[kind].en}, not a regular file; Teamscan reads regular files only. Save the data to a file and give that.`,
  });

export const textFileTooLarge = (file: string, limit: number): LocalizedInputError =>
  refuse(file, {
    nl: `is groter dan ${megabytes(limit)} MB en wordt niet gelezen (een teammatrix is veel kleiner; is dit het goede bestand?)`,
    en: `is larger than ${megabytes(limit)} MB and is not read (a team matrix is far smaller; is this the right file?)`,
  });

/** Shows a few characters of text for a message: quoted, control characters escaped, long text cut. */
export function excerpt(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  let shown = '';
  for (const char of cut) {
    const code = char.charCodeAt(0);
    shown += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return `"${shown}"`;
}

export const invalidUtf8 = (file: string, line: number, byte: number, value: number, before: string) => {
  const hex = `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;
  return refuse(file, {
    nl: `regel ${line}, byte ${byte}: ${hex} na ${excerpt(before)} is geen geldige UTF-8, terwijl de rest van het bestand UTF-8 is. Verbeter dat teken (of sla het bestand opnieuw op als "CSV UTF-8") en probeer opnieuw.`,
    en: `line ${line}, byte ${byte}: ${hex} after ${excerpt(before)} is not valid UTF-8, while the rest of the file is UTF-8. Correct that character (or save the file again as "CSV UTF-8") and try again.`,
  });
};

export const oddUtf16 = (file: string, encoding: string) =>
  refuse(file, {
    nl: `is ${encoding} (volgens de BOM) maar heeft een oneven aantal bytes: het laatste byte hoort bij geen teken. Het bestand is afgebroken of beschadigd; sla het opnieuw op.`,
    en: `is ${encoding} (by its BOM) but has an odd number of bytes: the last byte belongs to no character. The file is cut off or damaged; save it again.`,
  });

export const invalidUtf16 = (file: string, encoding: string) =>
  refuse(file, {
    nl: `is ${encoding} (volgens de BOM) maar bevat tekens die geen geldige ${encoding} zijn; sla het opnieuw op als "CSV UTF-8".`,
    en: `is ${encoding} (by its BOM) but holds characters that are not valid ${encoding}; save it again as "CSV UTF-8".`,
  });

export const utf32 = (file: string, encoding: string) =>
  refuse(file, {
    nl: `is ${encoding}; UTF-32 wordt niet ondersteund. Sla het op als UTF-8 ("CSV UTF-8").`,
    en: `is ${encoding}; UTF-32 is not supported. Save it as UTF-8 ("CSV UTF-8").`,
  });

export const unclosedQuote = (file: string, line: number) =>
  refuse(file, {
    nl: `regel ${line}: een veld begint met een aanhalingsteken (") dat nergens wordt gesloten. Sluit het aanhalingsteken of haal het weg en probeer opnieuw.`,
    en: `line ${line}: a field starts with a quote (") that is never closed. Close the quote or remove it and try again.`,
  });

export const swallowedLines = (file: string, line: number, last: number, delimiter: string) =>
  refuse(file, {
    nl: `regel ${line}: een veld met een aanhalingsteken (") loopt door tot regel ${last} en bevat zo hele regels met "${delimiter}". Waarschijnlijk ontbreekt een sluitend aanhalingsteken op regel ${line}; verbeter dat en probeer opnieuw.`,
    en: `line ${line}: a field in quotes (") runs on to line ${last} and so holds whole lines with "${delimiter}". Probably a closing quote is missing on line ${line}; correct it and try again.`,
  });

export const csvCellTooLong = (file: string, line: number, length: number, limit: number) =>
  refuse(file, {
    nl: `regel ${line}: een veld van ${length} tekens; een cel houdt er hoogstens ${limit} (de grens van Excel). Is dit het goede bestand?`,
    en: `line ${line}: a field of ${length} characters; a cell holds at most ${limit} (Excel's limit). Is this the right file?`,
  });

export const nameWithLineBreak = (file: string, line: number, last: number, name: string) =>
  refuse(file, {
    nl: `regel ${line}: de naam ${excerpt(name)} loopt door tot regel ${last}; een naam is één regel. Ontbreekt er een sluitend aanhalingsteken (")?`,
    en: `line ${line}: the name ${excerpt(name)} runs on to line ${last}; a name is one line. Is a closing quote (") missing?`,
  });

export const nameWithDelimiter = (file: string, line: number, name: string, delimiter: string) =>
  refuse(file, {
    nl: `regel ${line}: de naam ${excerpt(name)} bevat het scheidingsteken "${delimiter}"; zo lijken waarden van andere kolommen in de naam te staan. Haal het scheidingsteken uit de naam (of verbeter de aanhalingstekens) en probeer opnieuw.`,
    en: `line ${line}: the name ${excerpt(name)} holds the delimiter "${delimiter}", so values of other columns seem to be in the name. Remove the delimiter from the name (or correct the quotes) and try again.`,
  });

/** What a file with a table extension turned out to be, by its first bytes. */
export type FileKind = 'xls' | 'encrypted' | 'html' | 'xlsx' | 'text' | 'binary';

const KIND_TEXTS: Record<FileKind, Localized> = {
  xls: {
    nl: 'is een oud Excel-bestand (.xls, Excel 97–2003), geen .xlsx. Open het in Excel of LibreOffice en sla het op als .xlsx (of als "CSV UTF-8").',
    en: 'is an old Excel file (.xls, Excel 97–2003), not an .xlsx. Open it in Excel or LibreOffice and save it as .xlsx (or as "CSV UTF-8").',
  },
  encrypted: {
    nl: 'is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen. Open het in Excel, haal het wachtwoord eraf (Bestand > Info > Werkmap beveiligen) en sla het op als .xlsx.',
    en: 'is protected with a password (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx.',
  },
  html: {
    nl: 'is een webpagina (HTML), geen spreadsheet, al heeft het die extensie. Open het in Excel of LibreOffice en sla het op als .xlsx (of als "CSV UTF-8").',
    en: 'is a web page (HTML), not a spreadsheet, despite its extension. Open it in Excel or LibreOffice and save it as .xlsx (or as "CSV UTF-8").',
  },
  xlsx: {
    nl: 'is een .xlsx-werkmap (zip), geen tekstbestand. Geef het de extensie .xlsx, of sla het op als "CSV UTF-8".',
    en: 'is an .xlsx workbook (zip), not a text file. Give it the extension .xlsx, or save it as "CSV UTF-8".',
  },
  text: {
    nl: 'is een tekstbestand (zoals CSV), geen .xlsx-werkmap. Geef het de extensie .csv, of open het in Excel of LibreOffice en sla het op als .xlsx.',
    en: 'is a text file (such as CSV), not an .xlsx workbook. Give it the extension .csv, or open it in Excel or LibreOffice and save it as .xlsx.',
  },
  binary: {
    nl: 'is geen spreadsheet en geen tekst: Teamscan leest .xlsx-werkmappen en CSV-tekst. Is dit het goede bestand? Sla de matrix op als .xlsx of als "CSV UTF-8".',
    en: 'is no spreadsheet and no text: Teamscan reads .xlsx workbooks and CSV text. Is this the right file? Save the matrix as .xlsx or as "CSV UTF-8".',
  },
};

export const wrongKind = (file: string, kind: FileKind): LocalizedInputError => refuse(file, KIND_TEXTS[kind]);

/** Text beyond the longest string the JavaScript engine can hold (V8: about 512 million characters). */
export const OUTPUT_TOO_LARGE: Localized = {
  nl: 'De uitvoer wordt te groot om te maken (meer tekst dan het programma kan bevatten). Zijn de namen en cellen in de invoer wel een teammatrix?',
  en: 'The output grows too large to make (more text than the program can hold). Are the names and cells of the input really a team matrix?',
};
