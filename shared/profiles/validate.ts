// One validator for built-in and custom profiles: every problem is reported, none is fixed silently.

import { ITEM_TYPES, type Profile } from './model';

export interface ProfileProblem {
  /** Where the problem is: an area or item id, or a row label of a custom table. */
  readonly where: string;
  readonly problem: string;
}

const AREA_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AREA_CODE = /^[A-Z][A-Z0-9]{1,5}$/;

export interface ValidationOptions {
  /**
   * Built-in profiles also keep the id scheme CODE-TYPE+index, counted from 1 without holes. Custom profiles
   * may drop items (seed 000 ch. 5), so their ids need only be unique.
   */
  readonly strictIds?: boolean;
}

/** Checks a profile's structure; an empty list means it is sound. Problems are in Dutch, as the data is. */
export function validateProfile(profile: Profile, options: ValidationOptions = {}): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const add = (where: string, problem: string) => problems.push({ where, problem });
  if (!profile.id.trim()) add('profiel', 'id ontbreekt');
  if (!profile.title.trim()) add(profile.id, 'titel ontbreekt');
  // A built-in's attribution is checked as `withAttribution` gives it (attribution.ts); the server reads no citations.
  if (!profile.licence?.trim()) add(profile.id, 'licentie ontbreekt');
  if (!profile.source?.trim()) add(profile.id, 'bron ontbreekt');
  if (profile.areas.length === 0) add(profile.id, 'het profiel heeft geen gebieden');

  const areaIds = new Set<string>();
  const codes = new Set<string>();
  const itemIds = new Set<string>();
  for (const area of profile.areas) {
    if (!AREA_ID.test(area.id)) add(area.id, `gebied-id "${area.id}" is niet klein geschreven met streepjes`);
    if (!AREA_CODE.test(area.code)) add(area.id, `code "${area.code}" is geen hoofdlettercode`);
    if (areaIds.has(area.id)) add(area.id, `gebied-id "${area.id}" komt twee keer voor`);
    if (codes.has(area.code)) add(area.id, `code "${area.code}" komt twee keer voor`);
    areaIds.add(area.id);
    codes.add(area.code);
    if (!area.name.trim()) add(area.id, 'naam ontbreekt');
    if (area.scope !== 'everyone' && area.scope !== 'network') add(area.id, `bereik "${area.scope}" is onbekend`);

    const nextIndex = new Map<string, number>();
    for (const item of area.items) {
      if (itemIds.has(item.id)) add(item.id, `id "${item.id}" komt twee keer voor`);
      itemIds.add(item.id);
      if (!item.text.trim()) add(item.id, 'omschrijving ontbreekt');
      if (item.type !== undefined && !ITEM_TYPES.includes(item.type)) add(item.id, `type "${item.type}" is onbekend`);
      if (/\s/.test(item.id) || !item.id) add(item.id, `id "${item.id}" is leeg of bevat spaties`);
      if (!options.strictIds) continue;
      if (!item.id.startsWith(`${area.code}-`)) add(item.id, `id begint niet met de gebiedscode ${area.code}-`);
      const typeKey = item.type ?? '';
      const expected = (nextIndex.get(typeKey) ?? 0) + 1;
      nextIndex.set(typeKey, expected);
      const expectedId = `${area.code}-${typeKey}${expected}`;
      if (item.id !== expectedId) add(item.id, `verwacht id ${expectedId} (volgorde binnen gebied en type)`);
    }
  }
  return problems;
}
