// The fake Workbook.names: workbook-scoped defined names over a range, as the Office.js docs describe them.

import { columnLetters } from '../../../shared/matrix/address';
import { type FakeContext, type FakeSheet, Loadable, OfficeError } from './model';
import { FakeRange, sheetPrefix } from './range';
import { parseA1 } from './worksheet';

type Rect = { row: number; column: number; rows: number; columns: number };

/** A defined name: its sheet object (so a renamed sheet keeps it) and its cells, 0-based. */
export interface FakeName {
  name: string;
  sheet: FakeSheet;
  at: Rect;
  comment: string;
}

const books = new WeakMap<object, FakeName[]>();

/** The names of a fake book (kept beside it, so FakeBook's shape stays as the other fakes know it). */
export function namesOf(book: object): FakeName[] {
  const names = books.get(book) ?? [];
  books.set(book, names);
  return names;
}

/**
 * Excel moves a defined name down when whole rows are inserted above it (and the fake's Range.insert("Down") over
 * the name's columns does the same); it refers to #REF! once its sheet is deleted.
 */
export function shiftNames(book: object, sheet: FakeSheet, at: Rect): void {
  for (const name of namesOf(book)) {
    const covers = at.column <= name.at.column && at.column + at.columns >= name.at.column + name.at.columns;
    if (name.sheet === sheet && covers && at.row <= name.at.row) name.at = { ...name.at, row: name.at.row + at.rows };
  }
}

const constants = new WeakMap<object, Map<string, string>>();

/**
 * A book's names that hold a constant rather than a range, by lower-case name, with their formula (`="ja-nee"`):
 * NamedItemCollection.add's reference is "the formula or the range that the name will refer to", and
 * NamedItem.formula "always start[s] with an equal sign" (learn.microsoft.com/javascript/api/excel/excel.nameditemcollection,
 * …/excel.nameditem). A .xlsx defines one as `<definedName name="Teamscan_Schaal">"ja-nee"</definedName>`.
 */
export function constantNamesOf(book: object): Map<string, string> {
  const names = constants.get(book) ?? new Map<string, string>();
  constants.set(book, names);
  return names;
}

/**
 * NamedItemCollection.add(name, reference, comment) and getItemOrNullObject(name)
 * (learn.microsoft.com/javascript/api/excel/excel.nameditemcollection); NamedItem.getRangeOrNullObject: "If the
 * named item's type is not a range, then this method returns an object with its isNullObject property set to
 * true" — as a name whose sheet was deleted (#REF!) answers (learn.microsoft.com/javascript/api/excel/excel.nameditem).
 */
export function fakeNames(ctx: FakeContext): any {
  const book = ctx.book;
  const find = (name: string) => namesOf(book).find((n) => n.name.toLowerCase() === name.toLowerCase());
  const live = (name: string) => {
    const found = find(name);
    return found && book.sheets.includes(found.sheet) ? found : undefined;
  };
  const constant = (name: string) => constantNamesOf(book).get(name.toLowerCase());
  /** A range name's formula: its sheet and absolute cells (=Blad1!$A$3:$E$3), #REF! once its sheet is gone. */
  const formulaOf = (name: string) => {
    const found = find(name);
    if (!found) return constant(name);
    if (!book.sheets.includes(found.sheet)) return '=#REF!';
    const { row, column, rows, columns } = found.at;
    const cell = (r: number, c: number) => `$${columnLetters(c + 1)}$${r + 1}`;
    const last = cell(row + rows - 1, column + columns - 1);
    return `=${sheetPrefix(found.sheet.name)}!${cell(row, column)}${rows * columns > 1 ? `:${last}` : ''}`;
  };
  const item = (name: string) =>
    new (class extends Loadable {
      get name() {
        return this.read('name');
      }
      get comment() {
        return this.read('comment');
      }
      get formula() {
        return this.read('formula');
      }
      getRangeOrNullObject() {
        return new FakeRange(
          ctx,
          () => live(name)!.sheet,
          () => live(name)!.at,
        ).resolveNullAtSync(() => live(name) !== undefined);
      }
      delete() {
        ctx.queue(() => {
          const found = find(name);
          if (!found && constantNamesOf(book).delete(name.toLowerCase())) return;
          if (!found) throw new OfficeError('ItemNotFound');
          namesOf(book).splice(namesOf(book).indexOf(found), 1);
        });
      }
    })(ctx, () => ({ name, comment: find(name)?.comment ?? '', formula: formulaOf(name) })).resolveNullAtSync(
      () => find(name) !== undefined || constant(name) !== undefined,
    );
  return {
    add(name: string, reference: string, comment = '') {
      ctx.queue(() => {
        if (find(name) || constant(name) !== undefined) throw new OfficeError('ItemAlreadyExists');
        // A text constant ("=\"ja-nee\"" or "\"ja-nee\""): a name without a range.
        const text = /^=?("(?:[^"]|"")*")$/.exec(reference);
        if (text) {
          constantNamesOf(book).set(name.toLowerCase(), `=${text[1]}`);
          return;
        }
        const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
        const sheetName = match ? (match[1]?.replace(/''/g, "'") ?? match[2]!) : '';
        const sheet = book.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
        if (!match || !sheet) throw new OfficeError('InvalidArgument');
        namesOf(book).push({ name, sheet, at: parseA1(match[3]!.replace(/\$/g, '')), comment });
      });
      return item(name);
    },
    getItemOrNullObject: (name: string) => item(name),
  };
}

/** Office.context.document.settings in memory: get, set, and saveAsync that a test can make fail. */
export class FakeSettings {
  readonly values = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  failSave = false;
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(_options: object, callback: (result: { status: unknown; error?: { message: string } }) => void): void {
    if (this.failSave) callback({ status: 'failed', error: { message: 'The settings could not be saved.' } });
    else {
      this.saved = new Map(this.values);
      callback({ status: 'succeeded' });
    }
  }
}
