// Turns a `profiel` argument — a built-in id, nothing (the default), or a custom table — into a profile.

import { fail } from '../i18n/message';
import { type CellValue, type Grid, isBlank } from '../matrix/grid';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, findBuiltinProfile } from './builtins';
import { customProfileFromTable } from './custom';
import type { Profile } from './model';

export function builtinProfileOrFail(id: string): Profile {
  const profile = findBuiltinProfile(id);
  if (!profile) fail('unknownProfile', { value: `"${id}"`, known: BUILTIN_PROFILES.map((p) => p.id).join(', ') });
  return profile;
}

/** A profile argument: a scalar id, a 1×1 range holding an id, or a larger range holding a profile table. */
export function resolveProfile(argument: unknown, origin?: Grid['origin']): Profile {
  if (Array.isArray(argument)) {
    const rows = argument as CellValue[][];
    if (rows.length === 1 && rows[0]!.length === 1) return resolveProfile(rows[0]![0]);
    return customProfileFromTable(origin ? { values: rows, origin } : { values: rows });
  }
  if (isBlank(argument)) return builtinProfileOrFail(DEFAULT_PROFILE_ID);
  return builtinProfileOrFail(String(argument));
}
