// --namen checked before anything is written: a name is one line of visible text, so no control characters
// (exceljs drops most of them silently, which made "Ann\x01" and "Ann" one name in the written workbook).

import type { Language } from '../../shared/i18n/language';
import { LocalizedInputError } from '../input-error';
import { escapeControls } from './terminal';

/** C0 controls (tab and line breaks included: a name is one line), DEL and the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A name as the list gives it, with the line (or row) it is on. */
export interface ListedName {
  readonly name: string;
  readonly line: number;
}

/** Refuses the first name holding a control character, naming the file, the line and the name (escaped). */
export function checkListedNames(file: string, names: readonly ListedName[]): void {
  for (const { name, line } of names) {
    const found = CONTROL.exec(name);
    if (!found) continue;
    const shown = escapeControls(name);
    const character = escapeControls(found[0]);
    const texts: Record<Language, string> = {
      nl: `--namen ${file}, regel ${line}: de naam "${shown}" bevat het stuurteken ${character}; een naam is gewone tekst op één regel. Haal het teken weg en probeer opnieuw (er is nog niets geschreven).`,
      en: `--namen ${file}, line ${line}: the name "${shown}" holds the control character ${character}; a name is plain text on one line. Remove the character and try again (nothing was written).`,
    };
    throw new LocalizedInputError(texts);
  }
}
