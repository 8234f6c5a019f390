// The workbook-wide parts of an .xlsx: its sheets and their parts, the 1904 date system, shared texts, date styles,
// and the scale a workbook Teamscan wrote records (cli/scale-record.ts).

import { SCALE_RECORD_NAME } from '../../shared/levels/scale-record';
import { EXCEL_CELL_LIMIT, NOT_XLSX_REASONS, notAnXlsx, sharedTextTooLong } from './xlsx-texts';
import { parseXml, resolvePart } from './xlsx-xml';
import type { XlsxArchive } from './xlsx-zip';

export interface SheetPart {
  readonly name: string;
  readonly part: string;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
  /** Where the workbook's relationships put its shared texts and styles (xl/… by default). */
  readonly sharedStringsPart: string;
  readonly stylesPart: string;
  /** The workbook-wide defined name Teamscan_Schaal, as written: the scale its levels were converted from. */
  readonly scaleRecord?: string;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

async function relationships(
  archive: XlsxArchive,
  relsPart: string,
): Promise<Map<string, { type: string; target: string }>> {
  const result = new Map<string, { type: string; target: string }>();
  const xml = await archive.text(relsPart);
  if (xml === undefined) return result;
  parseXml(archive.file, xml, {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id && attributes.Target) {
        result.set(attributes.Id, { type: attributes.Type ?? '', target: attributes.Target });
      }
    },
  });
  return result;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export async function readWorkbookParts(archive: XlsxArchive): Promise<WorkbookParts> {
  const root = [...(await relationships(archive, '_rels/.rels')).values()].find((rel) =>
    OFFICE_DOCUMENT.test(rel.type),
  );
  const workbookPart = root ? resolvePart('', root.target) : 'xl/workbook.xml';
  const xml = await archive.text(workbookPart);
  if (xml === undefined) throw notAnXlsx(archive.file, NOT_XLSX_REASONS.missingPart(workbookPart));
  const rels = await relationships(archive, relsOf(workbookPart));
  const sheets: SheetPart[] = [];
  let date1904 = false;
  let scaleRecord: string | undefined;
  let inScaleRecord = false;
  parseXml(archive.file, xml, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      // Workbook-wide only: a sheet's own name of that spelling is no record of the workbook.
      if (name === 'definedName') {
        inScaleRecord = attributes.name === SCALE_RECORD_NAME && attributes.localSheetId === undefined;
        if (inScaleRecord) scaleRecord = '';
      }
      if (name !== 'sheet') return;
      const id = attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      const rel = id ? rels.get(id) : undefined;
      if (rel && WORKSHEET.test(rel.type) && attributes.name) {
        sheets.push({ name: attributes.name, part: resolvePart(workbookPart, rel.target) });
      }
    },
    text(text) {
      if (inScaleRecord) scaleRecord += text;
    },
    close(name) {
      if (name === 'definedName') inScaleRecord = false;
    },
  });
  const partOf = (type: RegExp, fallback: string) => {
    const rel = [...rels.values()].find((candidate) => type.test(candidate.type));
    return rel ? resolvePart(workbookPart, rel.target) : fallback;
  };
  return {
    sheets,
    date1904,
    sharedStringsPart: partOf(SHARED_STRINGS, 'xl/sharedStrings.xml'),
    stylesPart: partOf(STYLES, 'xl/styles.xml'),
    ...(scaleRecord !== undefined ? { scaleRecord } : {}),
  };
}

/** The shared texts, rich text runs joined; phonetic guides (rPh) are not part of the value. */
export async function readSharedStrings(archive: XlsxArchive, part: string): Promise<string[]> {
  const strings: string[] = [];
  const xml = await archive.text(part);
  if (xml === undefined) return strings;
  let current = '';
  let inText = false;
  let inPhonetic = false;
  parseXml(archive.file, xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(text) {
      if (!inText) return;
      current += text;
      // Over Excel's cell limit is no cell Excel wrote; refused before it grows further (docs/design.md#9-reliability-and-privacy).
      if (current.length > EXCEL_CELL_LIMIT)
        throw sharedTextTooLong(archive.file, strings.length, current.slice(0, 30));
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}

/** Built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A format code shows a date when, outside quoted text, escapes and [colour] parts, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[(?!h\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Per cell style index (the `s` of a cell): whether it formats the number as a date. */
export async function readDateStyles(archive: XlsxArchive, part: string): Promise<boolean[]> {
  const xml = await archive.text(part);
  if (xml === undefined) return [];
  const customFormats = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  parseXml(archive.file, xml, {
    open(name, attributes) {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = customFormats.get(id);
        dateStyles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}
