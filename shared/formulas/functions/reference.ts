// PROFIEL and NIVEAU: the profile as a table, and one cell read as a level.

import type { Language } from '../../i18n/language';
import { competencyColumns, type Detail } from '../../profiles/detail';
import type { Profile } from '../../profiles/model';
import * as declared from '../declarations';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaDefinition, FormulaTable } from '../types';
import { levelCell } from './people';

/** The profile as a table of ID, Gebied, Type, Omschrijving, Bereik at the chosen detail. */
export function profileTable(profile: Profile, detail: Detail, lang: Language): FormulaTable {
  const t = FORMULA_TEXTS;
  const header = [t.id, t.area, t.type, t.description, t.scope].map((cell) => cell[lang]);
  const scope = (value: 'everyone' | 'network') => (value === 'everyone' ? t.scopeEveryone : t.scopeNetwork)[lang];
  const rows = competencyColumns(profile, detail === 'gebieden' ? 'gebieden' : detail, lang).map((column) => [
    column.id,
    column.area.role,
    column.type ?? '',
    column.description,
    scope(column.area.scope),
  ]);
  return [header, ...rows];
}

export const PROFIEL: FormulaDefinition<typeof declared.PROFIEL.params> = {
  ...declared.PROFIEL,
  run: ({ profile, detail }, context) => profileTable(profile, detail, context.lang),
};

export const NIVEAU: FormulaDefinition<typeof declared.NIVEAU.params> = {
  ...declared.NIVEAU,
  run: ({ value }, context) => levelCell(value, context.lang),
};
