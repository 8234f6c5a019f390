// Builds an area's items from their texts, each with the id the model prescribes (code, type, index from 1).

import type { ItemType, ProfileItem } from '../model';

/** Items split into kennis / vaardigheden / attitude, in that order: `ADV-K1`, `ADV-V1`, `ADV-A1`… */
export function kvaItems(code: string, texts: Readonly<Record<ItemType, readonly string[]>>): ProfileItem[] {
  return (['K', 'V', 'A'] as const).flatMap((type) =>
    texts[type].map((text, index) => ({ id: `${code}-${type}${index + 1}`, type, text })),
  );
}

/** Items without a type, numbered through the area: `DIG-1`, `DIG-2`…; a group applies to the texts it lists. */
export function numberedItems(
  code: string,
  texts: readonly string[] | Readonly<Record<string, readonly string[]>>,
): ProfileItem[] {
  const list = (value: typeof texts): value is readonly string[] => Array.isArray(value);
  const groups: [string, readonly string[]][] = list(texts) ? [['', texts]] : Object.entries(texts);
  return groups
    .flatMap(([group, items]) => items.map((text) => (group ? { group, text } : { text })))
    .map((item, index): ProfileItem => ({ id: `${code}-${index + 1}`, ...item }));
}
