// Text keys for matching headers, labels and names: case, accents, punctuation and spacing do not matter.

const DIACRITICS = /[\u0300-\u036f]/g;
const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*$/;
const NON_ALPHANUMERIC = /[^a-z0-9]+/g;

/** Lower case without accents, trimmed, inner whitespace collapsed; punctuation kept. */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The matching key of a header or label: folded, a trailing "(…)" removed, punctuation turned into single
 * spaces. "Adviseur – Kennis", "ADVISEUR kennis" and "Adviseur (kennis)"… all give comparable keys.
 */
export function matchKey(value: string): string {
  const folded = foldText(value);
  const withoutNote = folded.replace(TRAILING_PARENTHESIS, '');
  const base = withoutNote.length > 0 ? withoutNote : folded;
  return base.replace(NON_ALPHANUMERIC, ' ').trim();
}

/** The key of a person's name: folded, so "anna de vries " and "Anna de Vries" are the same person. */
export function personKey(value: string): string {
  return foldText(value);
}

/** A slug for ids: "Zelf digitaal geletterd" → "zelf-digitaal-geletterd". */
export function slug(value: string): string {
  return matchKey(value).replace(/ /g, '-');
}
