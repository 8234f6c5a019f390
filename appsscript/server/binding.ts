// Thin endpoints for own layouts and live reads: the binding kept as a named range plus a document property, and a sheets' fingerprint.

import { checkSheetName } from '../../shared/host/validate';
import type { WireBinding, WireBindingSave } from '../api';
import type { Services } from './gas';
import { withDocumentLock } from './lock';
import { SheetsError } from './texts';

/**
 * The named range over the bound header row: it follows its cells when rows are inserted above or the sheet is
 * renamed, and getRangeByName answers null once the sheet is gone (Spreadsheet.setNamedRange, getRangeByName:
 * developers.google.com/apps-script/reference/spreadsheet/spreadsheet). The panel's record of what it bound is
 * the document property of the same key (PropertiesService.getDocumentProperties).
 */
export const BINDING_KEY = 'Teamscan_Matrix';

/** Binds when asked (under the document lock), then answers the record, and the named range's sheet and cells. */
export function binding(gas: Services, save?: WireBindingSave | null): WireBinding {
  const book = gas.spreadsheet.getActiveSpreadsheet();
  const properties = gas.properties.getDocumentProperties();
  if (save) {
    const cells = String(save.cells);
    const sheet = book.getSheetByName(checkSheetName(save.sheet));
    if (!sheet || !/^[A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7}$/.test(cells)) {
      throw new SheetsError('missingSheet', { sheet: `${save.sheet}!${cells}` });
    }
    withDocumentLock(gas, () => {
      book.setNamedRange(BINDING_KEY, sheet.getRange(cells));
      properties.setProperty(BINDING_KEY, String(save.record));
    });
  }
  const range = book.getRangeByName(BINDING_KEY);
  return [properties.getProperty(BINDING_KEY), range?.getSheet().getName() ?? null, range?.getA1Notation() ?? null];
}

/**
 * A number that changes when a value on these sheets changes, computed where the values are: one number crosses
 * to the sidebar per poll, and the sidebar reads the sheets again only when it changed.
 */
export function fingerprint(gas: Services, names: unknown): number {
  let hash = 7;
  for (const name of Array.isArray(names) ? names.slice(0, 4) : []) {
    const sheet = gas.spreadsheet.getActiveSpreadsheet().getSheetByName(String(name));
    const text = `${sheet && JSON.stringify(sheet.getDataRange().getValues())}`;
    for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  }
  return hash;
}
