// Competencies in plain language: an item's text with its code in small print, a person's item strengths and growth points.

import type { Language } from '../i18n/language';
import { MAX_LEVEL, MIN_LEVEL } from '../levels/levels';
import { profileIndex } from '../matrix/columns';
import type { MatrixReading, Person } from '../matrix/reading';
import type { ProfileItem } from '../profiles/model';
import { escapeHtml } from './html';
import { formatNumber } from './sections';
import { reportText } from './texts';

/** How many item texts a list shows before "and N more" (the rest by code, in small print). */
export const ITEMS_SHOWN = 5;

/** An item's text with its code in small print; an id the profile lacks is shown as it is. */
export function itemHtml(
  item: ProfileItem | string,
  level?: { readonly value: number; readonly lang: Language },
): string {
  if (typeof item === 'string') return `<small class="code">${escapeHtml(item)}</small>`;
  const shown = level ? ` (${escapeHtml(formatNumber(level.value, level.lang))})` : '';
  return `${escapeHtml(item.text)}${shown} <small class="code">${escapeHtml(item.id)}</small>`;
}

/** The profile's items by id. */
export function itemsById(reading: Pick<MatrixReading, 'profile'>): ReadonlyMap<string, ProfileItem> {
  return new Map(profileIndex(reading.profile).items.map(({ item }) => [item.id, item]));
}

/** Items as a list of their texts: the first `shown`, then "and N more" naming the rest by code in small print. */
export function itemListHtml(
  ids: readonly string[],
  reading: Pick<MatrixReading, 'profile'>,
  lang: Language,
  shown = ITEMS_SHOWN,
): string {
  const byId = itemsById(reading);
  const lines = ids.slice(0, shown).map((id) => `<li>${itemHtml(byId.get(id) ?? id)}</li>`);
  const rest = ids.slice(shown);
  if (rest.length > 0) {
    const codes = rest.map((id) => escapeHtml(id)).join(', ');
    lines.push(
      `<li>${escapeHtml(reportText('moreItems', lang, { count: rest.length }))} <small class="code">${codes}</small></li>`,
    );
  }
  return `<ul>${lines.join('')}</ul>`;
}

/** One of a person's items with its level. */
export interface ItemLevel {
  readonly area: number;
  readonly item: ProfileItem;
  readonly level: number;
}

/** The person's scanned items (a level 0–4 in an item column), in profile order; none at area detail. */
export function scannedItems(reading: MatrixReading, person: Person): ItemLevel[] {
  const found: ItemLevel[] = [];
  profileIndex(reading.profile).items.forEach(({ area, item }, index) => {
    const level = person.itemLevels[index]!;
    if (reading.itemColumns[index] && level >= MIN_LEVEL) found.push({ area, item, level });
  });
  return found;
}

/** The level from which an item is a strength (gevorderd). */
export const STRENGTH_LEVEL = 3;
/** The level up to which an item in a wished area is a growth point. */
export const GROWTH_LEVEL = 1;
/** How many growth points the report lists when none lie in a wished area: the lowest. */
export const LOWEST_SHOWN = 3;

/** Items at STRENGTH_LEVEL or more per area (areas in profile order, items highest first). */
export function itemStrengths(items: readonly ItemLevel[]): { readonly area: number; readonly items: ItemLevel[] }[] {
  const byArea = new Map<number, ItemLevel[]>();
  for (const entry of items.filter((candidate) => candidate.level >= STRENGTH_LEVEL)) {
    byArea.set(entry.area, [...(byArea.get(entry.area) ?? []), entry]);
  }
  return [...byArea]
    .sort(([a], [b]) => a - b)
    .map(([area, found]) => ({ area, items: found.sort((a, b) => b.level - a.level) }));
}

/**
 * Growth points: the items at GROWTH_LEVEL or below in the areas the person wishes to develop in; when there are
 * none, the person's lowest items below the top level (LOWEST_SHOWN of them). Lowest first.
 */
export function growthPoints(
  items: readonly ItemLevel[],
  wishes: ArrayLike<number>,
): { readonly fromWishes: boolean; readonly items: ItemLevel[] } {
  const lowestFirst = (list: readonly ItemLevel[]) => [...list].sort((a, b) => a.level - b.level);
  const wished = items.filter((entry) => wishes[entry.area] && entry.level <= GROWTH_LEVEL);
  if (wished.length > 0) return { fromWishes: true, items: lowestFirst(wished) };
  return {
    fromWishes: false,
    items: lowestFirst(items.filter((entry) => entry.level < MAX_LEVEL)).slice(0, LOWEST_SHOWN),
  };
}
