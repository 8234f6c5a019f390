// A profile's citation and licence: a custom profile's own, a built-in's from the citations the server does not carry.
import { BUILTIN_CITATIONS } from './data/citations';
import type { Profile, ProfileAttribution } from './model';

/** What a profile's attribution shows; empty where nothing is known (validateProfile then names what is missing). */
export function profileAttribution(profile: Profile): ProfileAttribution {
  const builtin = profile.source === undefined ? BUILTIN_CITATIONS[profile.id] : undefined;
  return {
    source: profile.source ?? builtin?.source ?? '',
    licence: profile.licence ?? builtin?.licence ?? '',
  };
}

/** The profile with its attribution in place, in the order the data had it (id, title, year, source, licence, …). */
export function withAttribution(profile: Profile): Profile & ProfileAttribution {
  const { id, title, year, ...rest } = profile;
  return { id, title, year, ...profileAttribution(profile), ...rest };
}
