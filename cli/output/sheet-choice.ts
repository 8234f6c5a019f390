// The sheet each file of `compare` is read from: FILE#SHEET, else --sheet-eerder/--sheet-nu, else --sheet.

import { existsSync } from 'node:fs';
import { LocalizedInputError } from '../input-error';

export interface SheetChoice {
  readonly file: string;
  readonly sheet: string | undefined;
}

/**
 * Splits "team.xlsx#Scan 2025" into the file and its sheet (at the last "#"), unless a file of that whole name
 * exists. A sheet given both ways must be the same; `own` is the file's own option, `shared` is --sheet.
 */
export function sheetChoice(arg: string, own: { option: string; sheet?: string }, shared?: string): SheetChoice {
  const at = arg.lastIndexOf('#');
  const split = at > 0 && at < arg.length - 1 && !existsSync(arg);
  const file = split ? arg.slice(0, at) : arg;
  const named = split ? arg.slice(at + 1) : undefined;
  if (named !== undefined && own.sheet !== undefined && own.sheet !== named) {
    throw new LocalizedInputError({
      nl: `${arg}: werkblad "${named}" na # en ${own.option} "${own.sheet}" spreken elkaar tegen; geef het werkblad één keer.`,
      en: `${arg}: sheet "${named}" after # and ${own.option} "${own.sheet}" disagree; give the sheet once.`,
    });
  }
  return { file, sheet: named ?? own.sheet ?? shared };
}
