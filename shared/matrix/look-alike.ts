// Names that differ only by look-alike letters of another script ("Аnna" with a Cyrillic А): one person typed twice?

import { type Message, message, quoteValue } from '../i18n/message';
import { showInvisible } from '../text/normalize';

/**
 * A small confusables map, not Unicode's full table: the Cyrillic and Greek letters that look like a Latin
 * letter once folded to lower case (capitals fold first, so "А" arrives as "а"). Enough for names typed or
 * pasted with another keyboard layout.
 */
const LATIN_LOOK_ALIKE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  һ: 'h',
  н: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  ү: 'y',
  ԝ: 'w',
  х: 'x',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'h',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'y',
  χ: 'x',
  ζ: 'z',
};

const GREEK_OR_CYRILLIC = /[\u0370-\u052F]/;
const GREEK_OR_CYRILLIC_ALL = /[\u0370-\u052F]/g;

/** A person key with look-alike letters replaced by the Latin letter they look like. */
export function lookAlikeKey(key: string): string {
  if (!GREEK_OR_CYRILLIC.test(key)) return key;
  return key.replace(GREEK_OR_CYRILLIC_ALL, (letter) => LATIN_LOOK_ALIKE[letter] ?? letter);
}

/** Collects the warnings for names that look the same but are not: first sighting per look-alike key. */
export class LookAlikeNames {
  private readonly firstOf = new Map<string, { key: string; name: string; row: number }>();
  readonly warnings: Message[] = [];

  /** `cellOf` names the cell of a row, asked only for a warning (most reads have none). */
  constructor(private readonly cellOf: (row: number) => string) {}

  /** Notes one person's name, its personKey (no exact duplicate) and the row it sits in. */
  note(name: string, key: string, row: number): void {
    const alike = lookAlikeKey(key);
    const earlier = this.firstOf.get(alike);
    if (!earlier) {
      this.firstOf.set(alike, { key, name, row });
      return;
    }
    if (earlier.key === key) return;
    this.warnings.push(
      message('lookAlikeNames', {
        first: this.cellOf(earlier.row),
        firstName: quoteValue(showInvisible(earlier.name)),
        second: this.cellOf(row),
        secondName: quoteValue(showInvisible(name)),
      }),
    );
  }
}
