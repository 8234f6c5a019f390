// SLEUTELPERSONEN, LEERKOPPELS and VOORTGANG: key people, learning pairs (docs/design.md#4b-insights-beyond-coverage) and progress (§12).

import { analyze } from '../../analysis/analyze';
import { compareRounds } from '../../analysis/compare';
import type { Analysis } from '../../analysis/types';
import type { Language } from '../../i18n/language';
import type { Profile } from '../../profiles/model';
import * as declared from '../declarations';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaDefinition, FormulaTable } from '../types';
import { statusText } from './coverage';
import { normOptions } from './norms';
import { withNote } from './unreadable';

/** An area's name as the tables show it (its role noun, as in DEKKING), by id. */
function roleOf(profile: Profile, id: string): string {
  return profile.areas.find((area) => area.id === id)?.role ?? id;
}

/** Naam, Gebieden, Competenties: who the team cannot miss, and for what; the header alone when nobody. */
export function keyPeopleTable(analysis: Analysis, profile: Profile, lang: Language): FormulaTable {
  const t = FORMULA_TEXTS;
  return [
    [t.name[lang], t.areas[lang], t.competencies[lang]],
    ...analysis.keyPeople.map((person) => [
      person.name,
      person.areas.map((id) => roleOf(profile, id)).join(', '),
      person.items.join(', '),
    ]),
  ];
}

/** Gebied, Leerder, Begeleider; an empty mentor means no one in the team is free to teach it. */
export function pairsTable(analysis: Analysis, profile: Profile, lang: Language): FormulaTable {
  const t = FORMULA_TEXTS;
  return [
    [t.area[lang], t.learner[lang], t.mentor[lang]],
    ...analysis.pairs.map((pair) => [roleOf(profile, pair.area), pair.learner, pair.mentor ?? '']),
  ];
}

export const SLEUTELPERSONEN: FormulaDefinition<typeof declared.SLEUTELPERSONEN.params> = {
  ...declared.SLEUTELPERSONEN,
  run: ({ matrix, threshold, target }, context) =>
    withNote(
      keyPeopleTable(analyze(matrix, normOptions(threshold, target)), matrix.profile, context.lang),
      [matrix],
      context.lang,
    ),
};

export const LEERKOPPELS: FormulaDefinition<typeof declared.LEERKOPPELS.params> = {
  ...declared.LEERKOPPELS,
  run: ({ matrix, threshold, max }, context) =>
    withNote(
      pairsTable(analyze(matrix, { ...normOptions(threshold), mentorLimit: max }), matrix.profile, context.lang),
      [matrix],
      context.lang,
    ),
};

export const VOORTGANG: FormulaDefinition<typeof declared.VOORTGANG.params> = {
  ...declared.VOORTGANG,
  run: ({ matrix, before, threshold, target }, context) => {
    const t = FORMULA_TEXTS;
    const lang = context.lang;
    const comparison = compareRounds(before, matrix, normOptions(threshold, target));
    const table: FormulaTable = [
      [t.area, t.coveredBefore, t.coveredNow, t.change, t.statusBefore, t.statusNow].map((cell) => cell[lang]),
      ...comparison.areas.map((area) => [
        roleOf(matrix.profile, area.id),
        area.coveredBefore,
        area.coveredNow,
        area.coveredNow - area.coveredBefore,
        statusText(area.statusBefore, lang),
        statusText(area.statusNow, lang),
      ]),
    ];
    return withNote(table, [matrix, before], lang);
  },
};
