// A person's answers as the form edits them: read from the row, compared, and turned into one RowWrite.

import type { RowCellWrite, RowWrite } from '../host/bridge';
import { plainCellValue } from '../host/row-write';
import { fail, quoteValue } from '../i18n/message';
import { EMPTY, INVALID, type LevelReading, NOT_APPLICABLE } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { cellAddress } from '../matrix/address';
import { type CellValue, cellText } from '../matrix/grid';
import { NOT_APPLICABLE_VALUE, WISH_VALUES } from '../workbook/texts';
import type { ScanLayout } from './layout';

/** A form answer: a level 0–4 (decimals kept as read), not applicable, or not scanned. */
export type Answer = number | 'nvt' | null;

export interface ScanDraft {
  /** Per field key. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** Per area id: the development wish, or null when the cell is empty. */
  readonly wishes: Readonly<Record<string, boolean | null>>;
  /** Per area id with a quick column beside finer fields (ScanArea.quickColumn): its value, read-only. */
  readonly quick?: Readonly<Record<string, Answer>>;
  /** Per field key, read leniently: the cell that holds no level and its value as typed, to name in the form. */
  readonly invalid?: Readonly<Record<string, { readonly cell: string; readonly value: string }>>;
  /** A second view's rater as typed (ScanLayout.rater), written as text. */
  readonly rater?: string;
}

type ReadCell = (value: unknown) => LevelReading;

function answerOf(
  value: CellValue,
  sheet: string,
  sheetRow: number,
  column: number,
  lenient: boolean,
  read: ReadCell,
): Answer {
  const reading = read(value);
  // Lenient (the panel): the cell is listed by the lenient reading and shown as not filled in; it is written
  // only if the user gives it an answer.
  if (reading === INVALID && lenient) return null;
  if (reading === INVALID) {
    fail('invalidLevel', {
      cell: cellAddress({ sheet, row: 1, column: 1 }, sheetRow - 1, column),
      value: quoteValue(value),
    });
  }
  if (reading === EMPTY) return null;
  return reading === NOT_APPLICABLE ? 'nvt' : reading;
}

/**
 * The draft of a sheet row (values from column A); a cell that is no level throws an error naming it, or with
 * `lenient` is left unanswered (the panel lists it from the lenient reading). `read` is the matrix's scale (Team.scale), as
 * the reading used it: an "o" beside x marks is "no" (0), never the initial O.
 */
export function draftFromRow(
  layout: ScanLayout,
  row: readonly CellValue[],
  sheetRow: number,
  lenient = false,
  read: ReadCell = readLevel,
): ScanDraft {
  const answers: Record<string, Answer> = {};
  const invalid: Record<string, { cell: string; value: string }> = {};
  for (const field of layout.fields) {
    answers[field.key] = answerOf(row[field.column], layout.sheet, sheetRow, field.column, lenient, read);
    if (lenient && read(row[field.column]) === INVALID) {
      const cell = cellAddress({ sheet: layout.sheet, row: 1, column: 1 }, sheetRow - 1, field.column);
      invalid[field.key] = { cell, value: quoteValue(row[field.column]) };
    }
  }
  const wishes: Record<string, boolean | null> = {};
  const quick: Record<string, Answer> = {};
  for (const area of layout.areas) {
    // The quick value is only shown: an unreadable one is listed by the reading, never a reason to refuse the row.
    if (area.quickColumn !== undefined)
      quick[area.id] = answerOf(row[area.quickColumn], layout.sheet, sheetRow, area.quickColumn, true, read);
    if (area.wishColumn === undefined) continue;
    const answer = answerOf(row[area.wishColumn], layout.sheet, sheetRow, area.wishColumn, lenient, readLevel);
    wishes[area.id] = answer === null || answer === 'nvt' ? null : answer > 0;
  }
  return {
    answers,
    wishes,
    ...(layout.rater ? { rater: cellText(row[layout.rater.column]) } : {}),
    ...(Object.keys(quick).length ? { quick } : {}),
    ...(Object.keys(invalid).length ? { invalid } : {}),
  };
}

/** The keys of fields and wish areas whose answer differs between two drafts. */
export function changedKeys(layout: ScanLayout, before: ScanDraft, after: ScanDraft) {
  const fields = layout.fields.filter((field) => before.answers[field.key] !== after.answers[field.key]);
  const wishes = layout.areas.filter(
    (area) => area.wishColumn !== undefined && (before.wishes[area.id] ?? null) !== (after.wishes[area.id] ?? null),
  );
  const rater = layout.rater !== undefined && (before.rater ?? '').trim() !== (after.rater ?? '').trim();
  return { fields, wishes, rater };
}

export function isDirty(layout: ScanLayout, before: ScanDraft, after: ScanDraft): boolean {
  const { fields, wishes, rater } = changedKeys(layout, before, after);
  return fields.length > 0 || wishes.length > 0 || rater;
}

/** A level as the matrix writes it: its own scale's notation (Team.scale.write), else the number 0–4. */
export type WriteLevel = (level: number) => string | number;

/** The cell value an answer is written as: a level in the matrix's notation, "n.v.t.", or empty. */
export function answerCell(answer: Answer, write?: WriteLevel): string | number | null {
  if (answer === null) return null;
  if (answer === 'nvt') return NOT_APPLICABLE_VALUE;
  return write ? write(answer) : answer;
}

/** The cell value a wish is written as: "ja", "nee" or empty. */
export function wishCell(wish: boolean | null): string | null {
  if (wish === null) return null;
  return wish ? WISH_VALUES[0] : WISH_VALUES[1];
}

/**
 * The write of one save: only the cells that changed (so an edit made in the sheet meanwhile survives), each
 * named by its header and carrying the value it was loaded with (`loadedRow`, the row's values from column A
 * as the form read them), checked against the person's name, with Bijgewerkt stamped by the host. `write` is the
 * matrix's own notation of a level (docs/design.md#3-levels-and-cell-values): level 3 on 1–5 is written 4.
 */
export function buildRowWrite(
  layout: ScanLayout,
  person: { readonly name: string; readonly sheetRow: number },
  before: ScanDraft,
  after: ScanDraft,
  loadedRow: readonly CellValue[],
  write?: WriteLevel,
): RowWrite {
  const { fields, wishes, rater } = changedKeys(layout, before, after);
  const cell = (column: number, header: string, value: string | number | null): RowCellWrite => ({
    header,
    expected: plainCellValue(loadedRow[column]),
    value,
  });
  const cells: RowCellWrite[] = [
    ...fields.map((field) => cell(field.column, field.header, answerCell(after.answers[field.key] ?? null, write))),
    ...wishes.map((area) => cell(area.wishColumn!, area.wishHeader!, wishCell(after.wishes[area.id] ?? null))),
    // The rater as typed, as text (an empty field clears the cell).
    ...(rater && layout.rater ? [cell(layout.rater.column, layout.rater.header, after.rater?.trim() || null)] : []),
  ];
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    row: person.sheetRow,
    nameHeader: layout.nameHeader,
    expectedName: person.name,
    cells,
    ...(layout.updatedHeader !== undefined ? { updatedHeader: layout.updatedHeader } : {}),
  };
}
