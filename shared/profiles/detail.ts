// The three levels of detail a matrix can have (docs/design.md#7-the-injected-workbook) and the competency columns each one gives.

import type { Language } from '../i18n/language';
import { fail, quoteValue } from '../i18n/message';
import { isBlank } from '../matrix/grid';
import { matchKey } from '../text/normalize';
import { ITEM_TYPES, type ItemType, type Profile, type ProfileArea } from './model';

export type Detail = 'gebieden' | 'kva' | 'competenties';

export const DETAILS: readonly Detail[] = ['gebieden', 'kva', 'competenties'];
export const DEFAULT_DETAIL: Detail = 'gebieden';

const DETAIL_WORDS: Record<string, Detail> = {
  gebieden: 'gebieden',
  gebied: 'gebieden',
  areas: 'gebieden',
  area: 'gebieden',
  kva: 'kva',
  'k v a': 'kva',
  competenties: 'competenties',
  competentie: 'competenties',
  items: 'competenties',
  item: 'competenties',
};

export const TYPE_NAMES: Record<ItemType, { readonly nl: string; readonly en: string }> = {
  K: { nl: 'Kennis', en: 'Knowledge' },
  V: { nl: 'Vaardigheden', en: 'Skills' },
  A: { nl: 'Attitude', en: 'Attitude' },
};

export function readDetail(value: unknown, fallback: Detail = DEFAULT_DETAIL): Detail {
  if (isBlank(value)) return fallback;
  const detail = DETAIL_WORDS[matchKey(String(value))];
  if (!detail) fail('unknownDetail', { value: quoteValue(value) });
  return detail;
}

/** One competency column of a matrix at a given detail. */
export interface CompetencyColumn {
  /** Area id, `CODE-T` for area × type, or the item id. */
  readonly id: string;
  /** The header written into the sheet; the matrix reader maps it back to the same competency. */
  readonly header: string;
  readonly area: ProfileArea;
  readonly type?: ItemType;
  /** What the column asks about: the area description, the K/V/A items, or the item text. */
  readonly description: string;
}

function areaTypes(area: ProfileArea): ItemType[] {
  return ITEM_TYPES.filter((type) => area.items.some((item) => item.type === type));
}

function areaColumn(area: ProfileArea): CompetencyColumn {
  return { id: area.id, header: area.role, area, description: area.description || area.name };
}

/** The competency columns of a profile at a detail, in profile order. */
export function competencyColumns(profile: Profile, detail: Detail, lang: Language = 'nl'): CompetencyColumn[] {
  return profile.areas.flatMap((area): CompetencyColumn[] => {
    if (detail === 'gebieden' || area.items.length === 0) return [areaColumn(area)];
    if (detail === 'kva') {
      const types = areaTypes(area);
      if (types.length === 0) return [areaColumn(area)];
      return types.map((type) => ({
        id: `${area.code}-${type}`,
        header: `${area.role} – ${TYPE_NAMES[type][lang]}`,
        area,
        type,
        description: area.items
          .filter((item) => item.type === type)
          .map((item) => item.text)
          .join('\n'),
      }));
    }
    return area.items.map((item) => ({
      id: item.id,
      header: item.id,
      area,
      ...(item.type ? { type: item.type } : {}),
      description: item.text,
    }));
  });
}
