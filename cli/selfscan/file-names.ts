// File names for the personal workbooks: from the person's name, safe on Windows, macOS and Linux, and unique.

import { foldText } from '../../shared/text/normalize';

/** Characters no file name may hold on one of the three systems, and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is its purpose
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
/** Windows reserves these names with any extension ("CON.xlsx", "nul.txt"). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters of the base name before ".xlsx": well inside every system's 255 (bytes on Linux: 4 per character). */
const MAX_BASE = 60;

/** One person's file name, without the uniqueness suffix. */
export function safeBaseName(name: string, prefix: string): string {
  let base = `${prefix} ${name.normalize('NFC')}`.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  base = Array.from(base).slice(0, MAX_BASE).join('');
  // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
  base = base.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (base === '' || RESERVED.test(base)) base = `_${base}`;
  return base;
}

/**
 * A file name per person, in the order given: unique without regard to case or accents' encoding (Windows and
 * macOS fold case; macOS decomposes accents), a " (2)" suffix where two names would meet.
 */
export function personalFileNames(names: readonly string[], prefix: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeBaseName(name, prefix);
    let candidate = `${base}.xlsx`;
    for (let count = 2; taken.has(foldText(candidate)); count++) candidate = `${base} (${count}).xlsx`;
    taken.add(foldText(candidate));
    return candidate;
  });
}
