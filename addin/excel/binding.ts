// Excel keeps a binding to an own-layout matrix (docs/design.md#7-the-injected-workbook): a workbook-scoped name over the header row, plus the record in the document's settings.

import type { BindingPlace, StoredBinding } from '../../shared/host/bridge';
import { columnLetters } from '../../shared/matrix/address';
import { parseAddress } from './address';

/**
 * The workbook-scoped name over the bound header row. A defined name follows its cells when rows are inserted
 * above and when the sheet is renamed, and refers to #REF! once the sheet is deleted; NamedItem.getRangeOrNullObject
 * then answers a null object ("If the named item's type is not a range, then this method returns an object with its
 * isNullObject property set to true": learn.microsoft.com/javascript/api/excel/excel.nameditem, ExcelApi 1.4;
 * NamedItemCollection.add(name, reference, comment): learn.microsoft.com/javascript/api/excel/excel.nameditemcollection).
 */
export const BINDING_NAME = 'Teamscan_Matrix';
/** The setting holding the panel's record of what it bound. */
export const BINDING_SETTING = 'teamscan.binding';

/**
 * Office.context.document.settings: "custom settings … stored in the host document as name/value pairs", saved
 * per add-in and per document once saveAsync is called (learn.microsoft.com/javascript/api/office/office.settings).
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(options: object, callback: (result: { status: unknown; error?: { message: string } }) => void): void;
}

/** The header row as a reference for NamedItemCollection.add, e.g. "='Blad1'!$A$3:$F$3" (a quoted name is always valid). */
export function bindingReference(place: BindingPlace): string {
  const first = `$${columnLetters(place.column)}$${place.row}`;
  const last = `$${columnLetters(place.column + place.columns - 1)}$${place.row}`;
  return `='${place.sheet.replace(/'/g, "''")}'!${first}:${last}`;
}

/** Saves the settings; rejects with Office's message when the save fails. */
export function saveSettings(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync({}, (result) => {
      // Office.AsyncResultStatus.Failed is the string "failed" at run time.
      if (result.status === 'failed') reject(new Error(result.error?.message ?? 'settings not saved'));
      else resolve();
    });
  });
}

/** Replaces the name (one batch) and saves the record beside it. */
export async function saveExcelBinding(
  context: Excel.RequestContext,
  settings: DocumentSettings,
  place: BindingPlace,
  record: string,
): Promise<void> {
  const names = context.workbook.names;
  const old = names.getItemOrNullObject(BINDING_NAME);
  await context.sync();
  if (!old.isNullObject) old.delete();
  names.add(BINDING_NAME, bindingReference(place), 'Teamscan');
  await context.sync();
  settings.set(BINDING_SETTING, record);
  await saveSettings(settings);
}

/** Where the name points now (following inserted rows and a renamed sheet), or `lost` once it refers to #REF!. */
export async function readExcelBinding(
  context: Excel.RequestContext,
  settings: DocumentSettings,
): Promise<StoredBinding | undefined> {
  const record = settings.get(BINDING_SETTING);
  if (typeof record !== 'string') return undefined;
  const item = context.workbook.names.getItemOrNullObject(BINDING_NAME);
  const range = item.getRangeOrNullObject();
  await context.sync();
  const lost = { sheet: '', row: 1, column: 1, columns: 1, record, lost: true } as const;
  if (item.isNullObject || range.isNullObject) return lost;
  range.load('address,rowIndex,columnIndex,columnCount');
  await context.sync();
  const sheet = parseAddress(range.address)?.sheet;
  if (!sheet) return lost;
  return { sheet, row: range.rowIndex + 1, column: range.columnIndex + 1, columns: range.columnCount, record };
}
