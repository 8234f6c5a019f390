// The built-in profiles, in the order they are offered; `npuls` is the default.

import { HAN } from './data/han';
import { KENNISNET } from './data/kennisnet';
import { NPULS } from './data/npuls';
import { VERSNELLINGSPLAN } from './data/versnellingsplan';
import type { Profile } from './model';

export const BUILTIN_PROFILES: readonly Profile[] = [NPULS, HAN, VERSNELLINGSPLAN, KENNISNET];

export const DEFAULT_PROFILE_ID = 'npuls';

export function findBuiltinProfile(id: string): Profile | undefined {
  const key = id.trim().toLowerCase();
  return BUILTIN_PROFILES.find((profile) => profile.id === key);
}
