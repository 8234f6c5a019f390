// The parameters the formulas share, declared once with their names and help in both languages.

import type { FormulaParam } from './types';

export const MATRIX: FormulaParam = {
  name: { nl: 'matrix', en: 'matrix' },
  description: {
    nl: 'De teammatrix met kopregel: een naamkolom en kolommen per gebied, K/V/A of competentie.',
    en: 'The team matrix with its header row: a name column and columns per area, K/V/A or competency.',
  },
  kind: 'matrix',
  optional: false,
};

export const AREA: FormulaParam = {
  name: { nl: 'gebied', en: 'area' },
  description: {
    nl: 'Het gebied: id, naam of code, bijv. "adviseur", "Verbinder" of "ADV".',
    en: 'The area: id, name or code, e.g. "adviseur", "Verbinder" or "ADV".',
  },
  kind: 'area',
  optional: false,
};

export const THRESHOLD: FormulaParam = {
  name: { nl: 'drempel', en: 'threshold' },
  description: {
    nl: 'Niveau dat telt als dekking, 0–4 of een label; standaard 2 (Bekwaam).',
    en: 'Level that counts as coverage, 0–4 or a label; default 2 (Competent).',
  },
  kind: 'level',
  optional: true,
};

export const TARGET: FormulaParam = {
  name: { nl: 'doel', en: 'target' },
  description: {
    nl: 'Aantal personen dat een netwerkgebied moet dekken; standaard 2.',
    en: 'Number of people a network area needs; default 2.',
  },
  kind: 'count',
  optional: true,
};

export const PROFILE: FormulaParam = {
  name: { nl: 'profiel', en: 'profile' },
  description: {
    nl: 'Ingebouwd profiel (npuls, han, versnellingsplan, kennisnet) of een bereik met een eigen profieltabel; standaard npuls.',
    en: 'Built-in profile (npuls, han, versnellingsplan, kennisnet) or a range holding a custom profile table; default npuls.',
  },
  kind: 'profile',
  optional: true,
};

export const PERSON: FormulaParam = {
  name: { nl: 'naam', en: 'name' },
  description: { nl: 'De naam van de persoon zoals in de matrix.', en: 'The person’s name as in the matrix.' },
  kind: 'text',
  optional: false,
};

export const COUNT: FormulaParam = {
  name: { nl: 'aantal', en: 'count' },
  description: { nl: 'Hoeveel namen ten hoogste; standaard 3.', en: 'How many names at most; default 3.' },
  kind: 'count',
  optional: true,
};

export const DETAIL: FormulaParam = {
  name: { nl: 'detail', en: 'detail' },
  description: {
    nl: 'gebieden, kva of competenties; standaard competenties.',
    en: 'gebieden (areas), kva or competenties (items); default competenties.',
  },
  kind: 'detail',
  optional: true,
};

export const VALUE: FormulaParam = {
  name: { nl: 'waarde', en: 'value' },
  description: {
    nl: 'Een cel met een niveau: getal, label, beginletter, x/ja/nee of n.v.t.',
    en: 'A cell holding a level: number, label, initial, x/yes/no or n/a.',
  },
  kind: 'value',
  optional: false,
};
