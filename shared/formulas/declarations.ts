// Every formula's declaration: names, parameters and result, without implementations (the panel and the
// generated metadata need only these and help.ts's texts; registry.ts adds the implementations).

import {
  AREA,
  BEFORE,
  COUNT,
  DETAIL,
  MATRIX,
  MAX,
  PERSON,
  PLAN,
  PLAN_OPTIONAL,
  PROFILE,
  SCALE,
  TARGET,
  THRESHOLD,
  VALUE,
} from './params';
import type { FormulaDeclaration, FormulaParam } from './types';

/** A declaration whose parameter keys the implementation's arguments are typed by. */
function declare<const P extends readonly FormulaParam[]>(declaration: FormulaDeclaration<P>): FormulaDeclaration<P> {
  return declaration;
}

export const DEKKING = declare({
  id: 'DEKKING',
  name: { nl: 'DEKKING', en: 'COVERAGE' },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

export const GEDEKT = declare({
  id: 'GEDEKT',
  name: { nl: 'GEDEKT', en: 'COVERED' },
  params: [MATRIX, AREA, THRESHOLD, PROFILE, SCALE],
  result: 'scalar',
});

export const HIATEN = declare({
  id: 'HIATEN',
  name: { nl: 'HIATEN', en: 'GAPS' },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

export const WIE = declare({
  id: 'WIE',
  name: { nl: 'WIE', en: 'WHO' },
  params: [MATRIX, AREA, THRESHOLD, PROFILE, SCALE],
  result: 'table',
});

export const SCORE = declare({
  id: 'SCORE',
  name: { nl: 'SCORE', en: 'SCORE' },
  params: [MATRIX, PERSON, AREA, PROFILE, SCALE],
  result: 'scalar',
});

export const BASISNIVEAU = declare({
  id: 'BASISNIVEAU',
  name: { nl: 'BASISNIVEAU', en: 'BASICS' },
  params: [MATRIX, THRESHOLD, PROFILE, SCALE],
  result: 'table',
});

export const KANDIDATEN = declare({
  id: 'KANDIDATEN',
  name: { nl: 'KANDIDATEN', en: 'CANDIDATES' },
  params: [MATRIX, AREA, COUNT, THRESHOLD, PROFILE, SCALE],
  result: 'table',
});

export const PROFIEL = declare({
  id: 'PROFIEL',
  name: { nl: 'PROFIEL', en: 'PROFILE' },
  params: [PROFILE, DETAIL],
  result: 'table',
});

export const NIVEAU = declare({
  id: 'NIVEAU',
  name: { nl: 'NIVEAU', en: 'LEVEL' },
  params: [VALUE],
  result: 'scalar',
});

export const SLEUTELPERSONEN = declare({
  id: 'SLEUTELPERSONEN',
  name: { nl: 'SLEUTELPERSONEN', en: 'KEYPEOPLE' },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE, SCALE],
  result: 'table',
});

export const LEERKOPPELS = declare({
  id: 'LEERKOPPELS',
  name: { nl: 'LEERKOPPELS', en: 'PAIRS' },
  params: [MATRIX, THRESHOLD, MAX, PROFILE, SCALE],
  result: 'table',
});

/** The plan last and optional, so sheets that use VOORTGANG keep their arguments' positions. */
export const VOORTGANG = declare({
  id: 'VOORTGANG',
  name: { nl: 'VOORTGANG', en: 'PROGRESS' },
  params: [MATRIX, BEFORE, THRESHOLD, TARGET, PROFILE, SCALE, PLAN_OPTIONAL],
  result: 'table',
});

/** A new function rather than a plan argument on SCORE or WIE: their parameter lists stay as sheets use them. */
export const ONTWIKKELPLAN = declare({
  id: 'ONTWIKKELPLAN',
  name: { nl: 'ONTWIKKELPLAN', en: 'DEVPLAN' },
  params: [PLAN, PERSON, MATRIX, PROFILE],
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
  ONTWIKKELPLAN,
];

/** The declaration with this id or name in either language (case does not matter). */
export function findDeclaration(name: string): FormulaDeclaration | undefined {
  const key = name.trim().toUpperCase();
  return FORMULA_DECLARATIONS.find(
    (formula) => formula.id === key || formula.name.nl === key || formula.name.en === key,
  );
}
