// PROFIEL and NIVEAU: the profile as a table, and one cell read as a level.

import type { Language } from '../../i18n/language';
import { fail, quoteValue, text } from '../../i18n/message';
import { INVALID } from '../../levels/levels';
import { readLevel } from '../../levels/parse';
import { cellAddress } from '../../matrix/address';
import { competencyColumns, readDetail } from '../../profiles/detail';
import type { Profile } from '../../profiles/model';
import { profileArgument, scalarArgument } from '../arguments';
import { DETAIL, PROFILE, VALUE } from '../params';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaDefinition, FormulaTable } from '../types';
import { levelCell } from './people';

/** The profile as a table of ID, Gebied, Type, Omschrijving, Bereik at the chosen detail. */
export function profileTable(profile: Profile, detail: ReturnType<typeof readDetail>, lang: Language): FormulaTable {
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

export const PROFIEL: FormulaDefinition = {
  id: 'PROFIEL',
  name: { nl: 'PROFIEL', en: 'PROFILE' },
  description: {
    nl: 'Het profiel als tabel: ID, Gebied, Type, Omschrijving, Bereik.',
    en: 'The profile as a table: ID, Area, Type, Description, Scope.',
  },
  params: [PROFILE, DETAIL],
  result: 'table',
  run: (args, context) => {
    const profile = profileArgument(args, 0, context);
    return profileTable(profile, readDetail(scalarArgument(args[1]), 'competenties'), context.lang);
  },
};

export const NIVEAU: FormulaDefinition = {
  id: 'NIVEAU',
  name: { nl: 'NIVEAU', en: 'LEVEL' },
  description: {
    nl: 'De waarde gelezen als niveau 0–4 ("n.v.t." of leeg waar dat zo is), of een fout die zegt wat kan.',
    en: 'The value read as a level 0–4 ("n/a" or empty where so), or an error saying what is accepted.',
  },
  params: [VALUE],
  result: 'scalar',
  run: (args, context) => {
    const value = scalarArgument(args[0]);
    const mask = context.argumentInfo?.[0]?.emptyMask;
    const reading = mask?.[0]?.[0] ? readLevel(null) : readLevel(value);
    if (reading === INVALID) {
      const origin = context.argumentInfo?.[0]?.origin;
      fail('invalidLevel', {
        cell: origin ? cellAddress(origin, 0, 0) : VALUE.name[context.lang],
        value: quoteValue(value),
        accepted: text('acceptedLevels', context.lang),
      });
    }
    return levelCell(reading, context.lang);
  },
};
