// The table of accepted level words (docs/design.md#3-levels-and-cell-values) that the native formulas look a typed cell up in.

import { LEVELS, NOT_APPLICABLE } from '../../levels/levels';
import { foldText } from '../../text/normalize';

/** One accepted spelling and the reading it stands for (a level 0–4, or NOT_APPLICABLE). */
export interface LookupEntry {
  readonly key: string;
  readonly value: number;
}

export interface LookupTable {
  /** Every accepted spelling after TRIM; the first `notApplicableCount` are the "not applicable" marks. */
  readonly entries: readonly LookupEntry[];
  /**
   * The "not applicable" marks come first: a cell with its dots and spaces removed ("n. v. t") is looked up in
   * those only, as the core reads only "not applicable" with other dots and spaces.
   */
  readonly notApplicableCount: number;
}

const YES_MARKS = ['x', 'ja', 'yes', '✓', '✔', 'true', 'waar'];
const NO_MARKS = ['nee', 'no', 'false', 'onwaar'];
const NOT_APPLICABLE_MARKS = ['n.v.t.', 'nvt', 'n/a', 'na', 'niet van toepassing', 'not applicable'];
/** Separators the core allows between a level's number and its name ("3 - Gevorderd", "3: G"). */
const SEPARATORS = ['-', '–', '—', ':', '.', ')'];

function levelNames(): LookupEntry[] {
  return LEVELS.flatMap((level) =>
    [foldText(level.label.nl), foldText(level.label.en), level.initial.toLowerCase()].map((key) => ({
      key,
      value: level.value,
    })),
  );
}

/** "3 - gevorderd", "3-gevorderd", "3 gevorderd", "3gevorderd", "3: g", … for every level and name. */
function combinedForms(names: readonly LookupEntry[]): LookupEntry[] {
  const joins = ['', ' ', ...SEPARATORS.flatMap((sep) => [sep, ` ${sep}`, `${sep} `, ` ${sep} `])];
  return names.flatMap(({ key, value }) => joins.map((join) => ({ key: `${value}${join}${key}`, value })));
}

/** Numbers typed as text: whole levels and halves, with a decimal point or comma. */
function numberTexts(): LookupEntry[] {
  const entries: LookupEntry[] = [];
  for (let half = 0; half <= 8; half++) {
    const value = half / 2;
    const whole = Math.floor(value);
    const decimals = value === whole ? ['', '.0', ',0'] : ['.5', ',5'];
    for (const decimal of decimals) entries.push({ key: `${whole}${decimal}`, value });
  }
  return entries;
}

function unique(entries: readonly LookupEntry[]): LookupEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (seen.has(entry.key)) return false;
    seen.add(entry.key);
    return true;
  });
}

/** The lookup table, built from the core's level definitions. */
export function lookupTable(): LookupTable {
  const names = unique(levelNames());
  const notApplicable = NOT_APPLICABLE_MARKS.map((key) => ({ key, value: NOT_APPLICABLE }));
  const labels = unique([
    ...notApplicable,
    ...names,
    ...YES_MARKS.map((key) => ({ key, value: 2 })),
    ...NO_MARKS.map((key) => ({ key, value: 0 })),
  ]);
  const labelKeys = new Set(labels.map((entry) => entry.key));
  const rest = unique([...numberTexts(), ...combinedForms(names)]).filter((entry) => !labelKeys.has(entry.key));
  return { entries: [...labels, ...rest], notApplicableCount: notApplicable.length };
}
