// What a header can mean for a profile (docs/design.md#5-reading-a-matrix): the index from header keys to column targets.

import type { ItemType, Profile, ProfileItem } from '../profiles/model';
import { matchKey } from '../text/normalize';

export type ColumnTarget =
  | { readonly kind: 'name' }
  | { readonly kind: 'role' }
  | { readonly kind: 'workLevel' }
  | { readonly kind: 'updated' }
  | { readonly kind: 'area'; readonly area: number }
  | { readonly kind: 'areaType'; readonly area: number; readonly type: ItemType }
  | { readonly kind: 'item'; readonly area: number; readonly item: number }
  | { readonly kind: 'wish'; readonly area: number };

/** A profile item with the index of its area, in profile order. */
export interface IndexedItem {
  readonly area: number;
  readonly item: ProfileItem;
}

export interface ProfileIndex {
  readonly profile: Profile;
  readonly items: readonly IndexedItem[];
  readonly headers: ReadonlyMap<string, ColumnTarget>;
}

const OPTIONAL_HEADERS: Record<string, ColumnTarget> = {
  naam: { kind: 'name' },
  name: { kind: 'name' },
  medewerker: { kind: 'name' },
  persoon: { kind: 'name' },
  docentondersteuner: { kind: 'name' },
  login: { kind: 'name' },
  employee: { kind: 'name' },
  'full name': { kind: 'name' },
  fullname: { kind: 'name' },
  'volledige naam': { kind: 'name' },
  rol: { kind: 'role' },
  role: { kind: 'role' },
  functie: { kind: 'role' },
  werkniveau: { kind: 'workLevel' },
  'work level': { kind: 'workLevel' },
  bijgewerkt: { kind: 'updated' },
  'laatst bijgewerkt': { kind: 'updated' },
  updated: { kind: 'updated' },
  'last updated': { kind: 'updated' },
};

const TYPE_WORDS: Record<ItemType, readonly string[]> = {
  K: ['k', 'kennis', 'knowledge'],
  V: ['v', 'vaardigheden', 'vaardigheid', 'skills'],
  A: ['a', 'attitude', 'attitudes', 'houding'],
};

const WISH_PREFIXES = ['ontwikkelwens', 'wens', 'ontwikkelwens voor', 'development wish', 'wish'];

/** Every key an area answers to: id, code, long name, role noun and aliases. */
export function areaKeys(area: Profile['areas'][number]): string[] {
  const keys = [area.id, area.code, area.name, area.role, ...area.aliases].map(matchKey).filter(Boolean);
  return [...new Set(keys)];
}

/** The key of a competency id, with and without its separator: "adv v3" and "advv3". */
function idKeys(id: string): string[] {
  const key = matchKey(id);
  return [key, key.replace(/ /g, '')];
}

function buildIndex(profile: Profile): ProfileIndex {
  const headers = new Map<string, ColumnTarget>();
  const add = (key: string, target: ColumnTarget) => {
    if (key && !headers.has(key)) headers.set(key, target);
  };
  for (const [key, target] of Object.entries(OPTIONAL_HEADERS)) add(key, target);

  const items: IndexedItem[] = [];
  profile.areas.forEach((area, areaIndex) => {
    for (const item of area.items) {
      const itemIndex = items.length;
      items.push({ area: areaIndex, item });
      for (const key of idKeys(item.id)) add(key, { kind: 'item', area: areaIndex, item: itemIndex });
    }
  });
  profile.areas.forEach((area, areaIndex) => {
    const keys = areaKeys(area);
    for (const key of keys) add(key, { kind: 'area', area: areaIndex });
    for (const type of Object.keys(TYPE_WORDS) as ItemType[]) {
      if (!area.items.some((item) => item.type === type)) continue;
      for (const key of keys) {
        for (const word of TYPE_WORDS[type]) {
          add(`${key} ${word}`, { kind: 'areaType', area: areaIndex, type });
          add(`${word} ${key}`, { kind: 'areaType', area: areaIndex, type });
        }
      }
    }
    for (const key of keys)
      for (const prefix of WISH_PREFIXES) add(`${prefix} ${key}`, { kind: 'wish', area: areaIndex });
  });
  items.forEach(({ area, item }, itemIndex) => {
    add(matchKey(item.text), { kind: 'item', area, item: itemIndex });
  });
  return { profile, items, headers };
}

const cache = new WeakMap<Profile, ProfileIndex>();

/** The header index of a profile, built once per profile object. */
export function profileIndex(profile: Profile): ProfileIndex {
  let index = cache.get(profile);
  if (!index) {
    index = buildIndex(profile);
    cache.set(profile, index);
  }
  return index;
}

/** What a header means for the profile, if anything. */
export function matchHeader(index: ProfileIndex, header: string): ColumnTarget | undefined {
  return index.headers.get(matchKey(header));
}

/** A stable key per target, to find two columns that mean the same competency. */
export function targetKey(target: ColumnTarget): string {
  switch (target.kind) {
    case 'area':
      return `area:${target.area}`;
    case 'areaType':
      return `areaType:${target.area}:${target.type}`;
    case 'item':
      return `item:${target.item}`;
    case 'wish':
      return `wish:${target.area}`;
    default:
      return target.kind;
  }
}

export function isCompetency(target: ColumnTarget): boolean {
  return target.kind === 'area' || target.kind === 'areaType' || target.kind === 'item';
}
