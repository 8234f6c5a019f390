// The parameters the formulas share, declared once: key, kind, names, help and default in both languages.

import type { Language } from '../i18n/language';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../levels/levels';
import type { FormulaParam, ParamKey } from './types';

/** A parameter whose key the implementations see (FormulaArguments[K]). */
function param<K extends ParamKey>(declaration: FormulaParam<K>): FormulaParam<K> {
  return declaration;
}

export const MATRIX = param({
  key: 'matrix',
  name: { nl: 'matrix', en: 'matrix' },
  description: {
    nl: 'De teammatrix: kopregel, naamkolom en een kolom per competentie',
    en: 'The team matrix: header row, name column and a column per competency',
  },
  kind: 'matrix',
  optional: false,
});

export const BEFORE = param({
  key: 'before',
  name: { nl: 'eerder', en: 'before' },
  description: {
    nl: 'Een eerdere ronde van de matrix (bijv. een momentopname "Scan JJJJ-MM-DD"), gelezen met hetzelfde profiel',
    en: 'An earlier round of the matrix (e.g. a snapshot "Scan YYYY-MM-DD"), read with the same profile',
  },
  kind: 'matrix',
  optional: false,
});

export const AREA = param({
  key: 'area',
  name: { nl: 'gebied', en: 'area' },
  description: {
    nl: 'Het gebied: id, naam of code, bijv. "adviseur", "Verbinder" of "ADV"',
    en: 'The area: id, name or code, e.g. "adviseur", "Verbinder" or "ADV"',
  },
  kind: 'area',
  optional: false,
});

export const THRESHOLD = param({
  key: 'threshold',
  name: { nl: 'drempel', en: 'threshold' },
  description: {
    nl: 'Niveau dat telt als dekking (0–4 of label), of een normentabel',
    en: 'Level that counts as coverage (0–4 or label), or a norms table',
  },
  kind: 'level',
  optional: true,
  default: { value: DEFAULT_THRESHOLD, note: { nl: 'Bekwaam', en: 'Competent' } },
});

export const TARGET = param({
  key: 'target',
  name: { nl: 'doel', en: 'target' },
  description: {
    nl: 'Aantal personen per netwerkgebied, of een normentabel',
    en: 'People needed per network area, or a norms table',
  },
  kind: 'target',
  optional: true,
  default: { value: DEFAULT_TARGET },
});

export const PROFILE = param({
  key: 'profile',
  name: { nl: 'profiel', en: 'profile' },
  description: {
    nl: 'npuls, han, versnellingsplan, kennisnet of een eigen profieltabel',
    en: 'npuls, han, versnellingsplan, kennisnet or a custom profile table',
  },
  kind: 'profile',
  optional: true,
  default: { value: 'npuls' },
});

export const PERSON = param({
  key: 'person',
  name: { nl: 'naam', en: 'name' },
  description: { nl: 'De naam van de persoon zoals in de matrix', en: 'The person’s name as in the matrix' },
  kind: 'text',
  optional: false,
});

export const COUNT = param({
  key: 'count',
  name: { nl: 'aantal', en: 'count' },
  description: { nl: 'Hoeveel namen ten hoogste', en: 'How many names at most' },
  kind: 'count',
  optional: true,
  default: { value: 3 },
});

/** docs/design.md#4b-insights-beyond-coverage's *m*; the core's DEFAULT_MENTOR_LIMIT (a test holds them equal). */
export const MAX = param({
  key: 'max',
  name: { nl: 'max', en: 'max' },
  description: {
    nl: 'Hoeveel leerders één begeleider ten hoogste krijgt, over alle gebieden samen',
    en: 'How many learners one mentor takes at most, over all areas together',
  },
  kind: 'count',
  optional: true,
  default: { value: 2 },
});

export const DETAIL = param({
  key: 'detail',
  name: { nl: 'detail', en: 'detail' },
  description: {
    nl: 'gebieden, kva of competenties',
    en: 'gebieden (areas), kva or competenties (items)',
  },
  kind: 'detail',
  optional: true,
  default: { value: 'competenties' },
});

export const VALUE = param({
  key: 'value',
  name: { nl: 'waarde', en: 'value' },
  description: {
    nl: 'Een cel met een niveau: getal, label, beginletter, x/ja/nee of n.v.t.',
    en: 'A cell holding a level: number, label, initial, x/yes/no or n/a.',
  },
  kind: 'value',
  optional: false,
});

const DEFAULT_WORD: Readonly<Record<Language, string>> = { nl: 'standaard', en: 'default' };

/** How the help names a parameter's default: "standaard 2 (Bekwaam)". */
export function defaultText(declaration: FormulaParam, lang: Language): string | undefined {
  const fallback = declaration.default;
  if (!fallback) return undefined;
  const note = fallback.note ? ` (${fallback.note[lang]})` : '';
  return `${DEFAULT_WORD[lang]} ${fallback.value}${note}`;
}

/** A parameter's help as every host shows it: its description, then its declared default. */
export function paramHelp(declaration: FormulaParam, lang: Language): string {
  const description = declaration.description[lang];
  const fallback = defaultText(declaration, lang);
  if (!fallback) return /[.!?]$/.test(description) ? description : `${description}.`;
  return `${description}; ${fallback}.`;
}

export const SCALE = param({
  key: 'scale',
  name: { nl: 'schaal', en: 'scale' },
  description: {
    nl: 'Schaal van matrix en drempel: 0-4, 1-5, ja-nee of x-o',
    en: 'Scale of matrix and threshold: 0-4, 1-5, ja-nee (yes/no) or x-o',
  },
  kind: 'scale',
  optional: true,
  default: { value: '0-4' },
});
