// Every formula's declaration: names, parameters, result and help in both languages, without implementations
// (the panel and the generated metadata need only these; registry.ts adds the implementations).

import { AREA, BEFORE, COUNT, DETAIL, MATRIX, MAX, PERSON, PROFILE, SCALE, TARGET, THRESHOLD, VALUE } from './params';
import type { FormulaDeclaration, FormulaParam } from './types';

/** A declaration whose parameter keys the implementation's arguments are typed by. */
function declare<const P extends readonly FormulaParam[]>(declaration: FormulaDeclaration<P>): FormulaDeclaration<P> {
  return declaration;
}

export const DEKKING = declare({
  id: 'DEKKING',
  name: { nl: 'DEKKING', en: 'COVERAGE' },
  description: {
    nl: 'Dekking per gebied: Gebied, Gedekt, Gevorderd+, Expert, Gescand, Status (gedekt, kwetsbaar, gat, niet gescand).',
    en: 'Coverage per area: Area, Covered, Advanced+, Expert, Scanned, Status (covered, vulnerable, gap, not scanned).',
  },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

export const GEDEKT = declare({
  id: 'GEDEKT',
  name: { nl: 'GEDEKT', en: 'COVERED' },
  description: {
    nl: 'Aantal personen dat het gebied dekt (niveau op of boven de drempel).',
    en: 'Number of people covering the area (level at or above the threshold).',
  },
  params: [MATRIX, AREA, THRESHOLD, PROFILE, SCALE],
  result: 'scalar',
});

export const HIATEN = declare({
  id: 'HIATEN',
  name: { nl: 'HIATEN', en: 'GAPS' },
  description: {
    nl: 'Hiaten met toelichting: gaten en kwetsbare gebieden op risico (hoogste eerst), basis onder de drempel, blinde vlekken en wat nog niet gescand is.',
    en: 'Gaps with an explanation: gaps and vulnerable areas by risk (highest first), basics below the threshold, blind spots and what is not scanned yet.',
  },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

export const WIE = declare({
  id: 'WIE',
  name: { nl: 'WIE', en: 'WHO' },
  description: {
    nl: 'De namen van wie het gebied dekken, één per regel.',
    en: 'The names of the people covering the area, one per row.',
  },
  params: [MATRIX, AREA, THRESHOLD, PROFILE, SCALE],
  result: 'table',
});

export const SCORE = declare({
  id: 'SCORE',
  name: { nl: 'SCORE', en: 'SCORE' },
  description: {
    nl: 'Het niveau van de persoon op het gebied: het gemiddelde van de gescande competenties, anders de eigen kolom van het gebied.',
    en: 'The person’s level on the area: the mean of the scanned competencies, else the area’s own column.',
  },
  params: [MATRIX, PERSON, AREA, PROFILE, SCALE],
  result: 'scalar',
});

export const BASISNIVEAU = declare({
  id: 'BASISNIVEAU',
  name: { nl: 'BASISNIVEAU', en: 'BASICS' },
  description: {
    nl: 'Per persoon het basisniveau (laagste niveau op de basisgebieden) en of dat de drempel haalt.',
    en: 'Per person the basic level (lowest level on the basic areas) and whether it reaches the threshold.',
  },
  params: [MATRIX, THRESHOLD, PROFILE, SCALE],
  result: 'table',
});

export const KANDIDATEN = declare({
  id: 'KANDIDATEN',
  name: { nl: 'KANDIDATEN', en: 'CANDIDATES' },
  description: {
    nl: 'Wie het gebied nog niet dekt, eerst wie het als ontwikkelwens heeft, dan op niveau van hoog naar laag.',
    en: 'Who does not cover the area yet: development wishes first, then by level from high to low.',
  },
  params: [MATRIX, AREA, COUNT, THRESHOLD, PROFILE, SCALE],
  result: 'table',
});

export const PROFIEL = declare({
  id: 'PROFIEL',
  name: { nl: 'PROFIEL', en: 'PROFILE' },
  description: {
    nl: 'Het profiel als tabel: ID, Gebied, Type, Omschrijving, Bereik.',
    en: 'The profile as a table: ID, Area, Type, Description, Scope.',
  },
  params: [PROFILE, DETAIL],
  result: 'table',
});

export const NIVEAU = declare({
  id: 'NIVEAU',
  name: { nl: 'NIVEAU', en: 'LEVEL' },
  description: {
    nl: 'De waarde gelezen als niveau 0–4 ("n.v.t." of leeg waar dat zo is), of een fout die zegt wat kan.',
    en: 'The value read as a level 0–4 ("n/a" or empty where so), or an error saying what is accepted.',
  },
  params: [VALUE],
  result: 'scalar',
});

export const SLEUTELPERSONEN = declare({
  id: 'SLEUTELPERSONEN',
  name: { nl: 'SLEUTELPERSONEN', en: 'KEYPEOPLE' },
  description: {
    nl: 'Wie het team niet kan missen: Naam, Gebieden (waar hun afwezigheid de status verlaagt), Competenties (die alleen zij beheersen).',
    en: 'Who the team cannot miss: Name, Areas (where their absence lowers the status), Competencies (that only they master).',
  },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

export const LEERKOPPELS = declare({
  id: 'LEERKOPPELS',
  name: { nl: 'LEERKOPPELS', en: 'PAIRS' },
  description: {
    nl: 'Voorgestelde leerkoppels: Gebied, Leerder (met een ontwikkelwens), Begeleider (leeg: zoek buiten het team).',
    en: 'Proposed learning pairs: Area, Learner (with a development wish), Mentor (empty: look outside the team).',
  },
  params: [MATRIX, THRESHOLD, MAX, PROFILE, SCALE],
  result: 'table',
});

export const VOORTGANG = declare({
  id: 'VOORTGANG',
  name: { nl: 'VOORTGANG', en: 'PROGRESS' },
  description: {
    nl: 'Per gebied de dekking eerder en nu: Gebied, Gedekt eerder, Gedekt nu, Verschil, Status eerder, Status nu.',
    en: 'Per area the coverage before and now: Area, Covered before, Covered now, Change, Status before, Status now.',
  },
  params: [MATRIX, BEFORE, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

/** Every formula, in the order of docs/design.md#6-the-formulas (metadata, wrappers and the README follow it). */
export const FORMULA_DECLARATIONS: readonly FormulaDeclaration[] = [
  DEKKING,
  GEDEKT,
  HIATEN,
  WIE,
  SCORE,
  BASISNIVEAU,
  KANDIDATEN,
  PROFIEL,
  NIVEAU,
  SLEUTELPERSONEN,
  LEERKOPPELS,
  VOORTGANG,
];

/** The declaration with this id or name in either language (case does not matter). */
export function findDeclaration(name: string): FormulaDeclaration | undefined {
  const key = name.trim().toUpperCase();
  return FORMULA_DECLARATIONS.find(
    (formula) => formula.id === key || formula.name.nl === key || formula.name.en === key,
  );
}
