// Text keys for matching headers, labels and names: case, accents, punctuation, spacing and invisible characters do not matter.

const DIACRITICS = /[\u0300-\u036f]/g;
const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*$/;
const NON_ALPHANUMERIC = /[^a-z0-9]+/g;
/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark: present in text but never seen. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ZERO_WIDTH_TEST = /[\u200B-\u200D\u2060\uFEFF]/;
/** Non-breaking spaces (no-break, narrow no-break, figure space): seen as a space, compared as one. */
const NON_BREAKING_SPACE = /[\u00A0\u202F\u2007]/g;
/** Every character a reader cannot see or cannot tell from a plain space, for messages. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00A0\u202F\u2007]/g;

/** The text without zero-width characters and with non-breaking spaces as plain spaces. */
export function withoutInvisible(value: string): string {
  return value.replace(ZERO_WIDTH, '').replace(NON_BREAKING_SPACE, ' ');
}

/** Whether the text holds a zero-width character (a non-breaking space is a space, not hidden). */
export function hasZeroWidth(value: string): boolean {
  return ZERO_WIDTH_TEST.test(value);
}

/** The text with every invisible character written as its escape, so a message shows it: "3\u200b". */
export function showInvisible(value: string): string {
  return value.replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The fold of printable-ASCII text (nothing to normalise: no accents, no invisible characters), or undefined for
 * other text. One scan instead of regular expressions: names are folded once per row of every read.
 */
function foldPlainAscii(value: string): string | undefined {
  const last = value.length - 1;
  let extraSpace = false;
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return undefined;
    // Only a space at either end or after another space changes under collapsing and trimming.
    if (code === 0x20 && (i === 0 || i === last || value.charCodeAt(i - 1) === 0x20)) extraSpace = true;
  }
  const lower = value.toLowerCase();
  return extraSpace ? lower.replace(/ +/g, ' ').trim() : lower;
}

/** Lower case without accents and invisible characters, trimmed, inner whitespace collapsed; punctuation kept. */
export function foldText(value: string): string {
  const plain = foldPlainAscii(value);
  if (plain !== undefined) return plain;
  return withoutInvisible(value).normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Keys made before: every read maps the same headers again (a pure function of the text, kept for 4,096 texts). */
const MATCH_KEYS = new Map<string, string>();

/**
 * The matching key of a header or label: folded, a trailing "(…)" removed, punctuation turned into single
 * spaces. "Adviseur – Kennis", "ADVISEUR kennis" and "Adviseur (kennis)"… all give comparable keys.
 */
export function matchKey(value: string): string {
  let key = MATCH_KEYS.get(value);
  if (key === undefined) {
    const folded = foldText(value);
    const withoutNote = folded.replace(TRAILING_PARENTHESIS, '');
    key = (withoutNote.length > 0 ? withoutNote : folded).replace(NON_ALPHANUMERIC, ' ').trim();
    if (MATCH_KEYS.size >= 4096) MATCH_KEYS.clear();
    MATCH_KEYS.set(value, key);
  }
  return key;
}

/** The key of a person's name: folded, so "anna de vries " and "Anna de Vries" are the same person. */
export function personKey(value: string): string {
  return foldText(value);
}

/** A slug for ids: "Zelf digitaal geletterd" → "zelf-digitaal-geletterd". */
export function slug(value: string): string {
  return matchKey(value).replace(/ /g, '-');
}
