// The five levels of docs/design.md#3-levels-and-cell-values, their labels and descriptors, plus the codes for "not applicable" and "empty".

import type { Localized } from '../i18n/language';

export interface LevelDefinition {
  readonly value: 0 | 1 | 2 | 3 | 4;
  readonly label: Localized;
  /** Dutch initial used as a shorthand in quickscans. */
  readonly initial: string;
  /** Descriptor from the Npuls profile (chapter 5), where it gives one. */
  readonly descriptor?: Localized;
}

export const LEVELS: readonly LevelDefinition[] = [
  { value: 0, label: { nl: 'Nog niet', en: 'Not yet' }, initial: 'N' },
  { value: 1, label: { nl: 'In ontwikkeling', en: 'Developing' }, initial: 'O' },
  {
    value: 2,
    label: { nl: 'Bekwaam', en: 'Competent' },
    initial: 'B',
    descriptor: {
      nl: 'Beheerst de basis en past deze toe in herkenbare contexten',
      en: 'Masters the basics and applies them in familiar contexts',
    },
  },
  {
    value: 3,
    label: { nl: 'Gevorderd', en: 'Advanced' },
    initial: 'G',
    descriptor: {
      nl: 'Handelt flexibel en zelfstandig in diverse situaties',
      en: 'Acts flexibly and independently in varied situations',
    },
  },
  {
    value: 4,
    label: { nl: 'Expert', en: 'Expert' },
    initial: 'E',
    descriptor: {
      nl: 'Treedt adviserend of leidend op, initieert vernieuwing en begeleidt anderen',
      en: 'Acts as adviser or leader, initiates innovation and guides others',
    },
  },
];

export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;
export const DEFAULT_THRESHOLD = 2;
export const DEFAULT_TARGET = 2;

/** Reading codes next to the levels 0–4: a cell that is empty, n.v.t., or not a level at all. */
export const EMPTY = -1;
export const NOT_APPLICABLE = -2;
export const INVALID = -3;

/** A reading is a level 0–4 (decimals allowed) or one of EMPTY, NOT_APPLICABLE, INVALID. */
export type LevelReading = number;

export function isLevel(reading: LevelReading): boolean {
  return reading >= MIN_LEVEL;
}

/** The picker text of a level as it is written into a sheet: "3 - Gevorderd". */
export function pickerLabel(value: number, lang: 'nl' | 'en'): string {
  const level = LEVELS[value];
  return level ? `${level.value} - ${level.label[lang]}` : String(value);
}
