// The formulas' help texts in both languages, kept apart from the declarations: only the generated help, the
// docs and the panel show them, so the Apps Script server bundle does not carry them (docs/design.md#10-performance-targets).

import type { Language, Localized } from '../i18n/language';
import type { FormulaDeclaration, FormulaParam, ParamKey } from './types';

/** What each formula returns, by formula id. */
const FORMULA_HELP: Readonly<Record<string, Localized>> = {
  DEKKING: {
    nl: 'Dekking per gebied: Gebied, Gedekt, Gevorderd+, Expert, Gescand, Status (gedekt, kwetsbaar, gat, niet gescand).',
    en: 'Coverage per area: Area, Covered, Advanced+, Expert, Scanned, Status (covered, vulnerable, gap, not scanned).',
  },
  GEDEKT: {
    nl: 'Aantal personen dat het gebied dekt (niveau op of boven de drempel).',
    en: 'Number of people covering the area (level at or above the threshold).',
  },
  HIATEN: {
    nl: 'Hiaten met toelichting: gaten en kwetsbare gebieden op risico (hoogste eerst), basis onder de drempel, blinde vlekken en wat nog niet gescand is.',
    en: 'Gaps with an explanation: gaps and vulnerable areas by risk (highest first), basics below the threshold, blind spots and what is not scanned yet.',
  },
  WIE: {
    nl: 'De namen van wie het gebied dekken, één per regel.',
    en: 'The names of the people covering the area, one per row.',
  },
  SCORE: {
    nl: 'Het niveau van de persoon op het gebied: het gemiddelde van de gescande competenties, anders de eigen kolom van het gebied.',
    en: 'The person’s level on the area: the mean of the scanned competencies, else the area’s own column.',
  },
  BASISNIVEAU: {
    nl: 'Per persoon het basisniveau (laagste niveau op de basisgebieden) en of dat de drempel haalt.',
    en: 'Per person the basic level (lowest level on the basic areas) and whether it reaches the threshold.',
  },
  KANDIDATEN: {
    nl: 'Wie het gebied nog niet dekt, eerst wie het als ontwikkelwens heeft, dan op niveau van hoog naar laag.',
    en: 'Who does not cover the area yet: development wishes first, then by level from high to low.',
  },
  PROFIEL: {
    nl: 'Het profiel als tabel: ID, Gebied, Type, Omschrijving, Bereik.',
    en: 'The profile as a table: ID, Area, Type, Description, Scope.',
  },
  NIVEAU: {
    nl: 'De waarde gelezen als niveau 0–4 ("n.v.t." of leeg waar dat zo is), of een fout die zegt wat kan.',
    en: 'The value read as a level 0–4 ("n/a" or empty where so), or an error saying what is accepted.',
  },
  SLEUTELPERSONEN: {
    nl: 'Wie het team niet kan missen: Naam, Gebieden (waar hun afwezigheid de status verlaagt), Competenties (die alleen zij beheersen).',
    en: 'Who the team cannot miss: Name, Areas (where their absence lowers the status), Competencies (that only they master).',
  },
  LEERKOPPELS: {
    nl: 'Voorgestelde leerkoppels: Gebied, Leerder (met een ontwikkelwens), Begeleider (leeg: zoek buiten het team).',
    en: 'Proposed learning pairs: Area, Learner (with a development wish), Mentor (empty: look outside the team).',
  },
  VOORTGANG: {
    nl: 'Per gebied de dekking eerder en nu: Gebied, Gedekt eerder, Gedekt nu, Verschil, Status eerder, Status nu; met een plan ook de doelen bereikt sindsdien.',
    en: 'Per area the coverage before and now: Area, Covered before, Covered now, Change, Status before, Status now; with a plan also the goals reached since.',
  },
  ONTWIKKELPLAN: {
    nl: 'De open doelen van de persoon: Gebied, Competentie, Nu (uit de matrix), Doel, Actie, Met wie, Wanneer.',
    en: 'The person’s open goals: Area, Competency, Now (from the matrix), Goal, Action, With whom, When.',
  },
};

/** What each parameter is, without its default (the help adds that from `default`), by parameter key. */
const PARAM_HELP: Readonly<Record<ParamKey, Localized>> = {
  matrix: {
    nl: 'De teammatrix met kopregel en naamkolom',
    en: 'The team matrix with header row and name column',
  },
  threshold: {
    nl: 'Niveau dat telt als dekking (0–4 of label), of een normentabel',
    en: 'Level that counts as coverage (0–4 or label), or a norms table',
  },
  target: {
    nl: 'Aantal personen per netwerkgebied, of een normentabel',
    en: 'People needed per network area, or a norms table',
  },
  profile: {
    nl: 'npuls, han, versnellingsplan, kennisnet of een eigen profieltabel',
    en: 'npuls, han, versnellingsplan, kennisnet or a custom profile table',
  },
  scale: {
    nl: 'Schaal van matrix en drempel: 0-4, 1-5, ja-nee of x-o',
    en: 'Scale of matrix and threshold: 0-4, 1-5, ja-nee (yes/no) or x-o',
  },
  area: {
    nl: 'Het gebied: id, naam of code, bijv. "adviseur", "Verbinder" of "ADV"',
    en: 'The area: id, name or code, e.g. "adviseur", "Verbinder" or "ADV"',
  },
  person: {
    nl: 'De naam van de persoon zoals in de matrix',
    en: 'The person’s name as in the matrix',
  },
  count: {
    nl: 'Hoeveel namen ten hoogste',
    en: 'How many names at most',
  },
  detail: {
    nl: 'gebieden, kva of competenties',
    en: 'gebieden (areas), kva or competenties (items)',
  },
  value: {
    nl: 'Een cel met een niveau: getal, label, beginletter, x/ja/nee of n.v.t.',
    en: 'A cell holding a level: number, label, initial, x/yes/no or n/a.',
  },
  max: {
    nl: 'Hoeveel leerders één begeleider ten hoogste krijgt, over alle gebieden samen',
    en: 'How many learners one mentor takes at most, over all areas together',
  },
  plan: {
    nl: 'Het blad Ontwikkelplan met kopregel',
    en: 'The Ontwikkelplan sheet with its header row',
  },
  before: {
    nl: 'Een eerdere ronde van de matrix (bijv. een momentopname "Scan JJJJ-MM-DD"), gelezen met hetzelfde profiel',
    en: 'An earlier round of the matrix (e.g. a snapshot "Scan YYYY-MM-DD"), read with the same profile',
  },
};

/** A formula's one-line help. */
export function formulaDescription(formula: Pick<FormulaDeclaration, 'id'>, lang: Language): string {
  const help = FORMULA_HELP[formula.id];
  if (!help) throw new Error(`No help for the formula ${formula.id}`);
  return help[lang];
}

/** A parameter's description, without its default. */
export function paramDescription(param: Pick<FormulaParam, 'key'>, lang: Language): string {
  return PARAM_HELP[param.key][lang];
}

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
  const description = paramDescription(declaration, lang);
  const fallback = defaultText(declaration, lang);
  if (!fallback) return /[.!?]$/.test(description) ? description : `${description}.`;
  return `${description}; ${fallback}.`;
}
