// SLEUTELPERSONEN, LEERKOPPELS and VOORTGANG: key people, learning pairs (docs/design.md#4b-insights-beyond-coverage) and progress (§12).

import { analyze } from '../../analysis/analyze';
import { compareRounds } from '../../analysis/compare';
import { goalsCount, type PlanGoal } from '../../analysis/conversation/dev-plan';
import type { Analysis } from '../../analysis/types';
import type { Language } from '../../i18n/language';
import { fillTemplate } from '../../i18n/message';
import { findPerson, type MatrixReading } from '../../matrix/reading';
import type { Profile } from '../../profiles/model';
import { personKey } from '../../text/normalize';
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

/**
 * VOORTGANG's row for a plan: the goals reached since `before` out of those with a Doel (as `teamscan compare` and
 * "Vergelijk met" count them), and who has goals but is not in the matrix (so never reaches them), as wide as the table.
 */
function goalsRow(plan: readonly PlanGoal[], before: MatrixReading, now: MatrixReading, lang: Language) {
  const t = FORMULA_TEXTS;
  const { reached, total } = goalsCount(plan, before, now) ?? { reached: 0, total: 0 };
  // One name per person, as first written (personKey: the matrix's own name matching).
  const missing = new Map<string, string>();
  for (const goal of plan) {
    if (goal.goal !== undefined && !findPerson(now, goal.name) && !missing.has(personKey(goal.name))) {
      missing.set(personKey(goal.name), goal.name);
    }
  }
  return [
    t.goalsReached[lang],
    fillTemplate(t.goalsOf[lang], { reached, total }),
    missing.size ? fillTemplate(t.notInMatrix[lang], { names: [...missing.values()].join(', ') }) : '',
    '',
    '',
    '',
  ];
}

export const VOORTGANG: FormulaDefinition<typeof declared.VOORTGANG.params> = {
  ...declared.VOORTGANG,
  run: ({ matrix, before, threshold, target, plan }, context) => {
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
    if (plan) table.push(goalsRow(plan, before, matrix, lang));
    return withNote(table, [matrix, before], lang);
  },
};
