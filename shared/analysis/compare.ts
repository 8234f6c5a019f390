// Two rounds of a scan side by side (docs/design.md#12-rounds-history-and-reports): coverage per area before and now, level changes per person.

import { NOT_APPLICABLE } from '../levels/levels';
import type { MatrixReading, Person } from '../matrix/reading';
import { personKey } from '../text/normalize';
import { analyze } from './analyze';
import type { AnalysisOptions, AreaStatus } from './types';

/** A person's level on an area as the comparison shows it: 0–4, "n.v.t.", or null when not scanned. */
export type ComparedLevel = number | 'n.v.t.' | null;

export interface AreaProgress {
  readonly id: string;
  readonly name: string;
  readonly coveredBefore: number;
  readonly coveredNow: number;
  readonly statusBefore: AreaStatus;
  readonly statusNow: AreaStatus;
}

export interface PersonProgress {
  readonly name: string;
  readonly changes: readonly { readonly area: string; readonly before: ComparedLevel; readonly now: ComparedLevel }[];
}

export interface RoundComparison {
  readonly areas: readonly AreaProgress[];
  /** People in both rounds whose level changed on at least one area, in the order of the newer round. */
  readonly people: readonly PersonProgress[];
  readonly joined: readonly string[];
  readonly left: readonly string[];
}

function shown(level: number): ComparedLevel {
  if (level === NOT_APPLICABLE) return 'n.v.t.';
  return level >= 0 ? Math.round(level * 100) / 100 : null;
}

/**
 * Compares an earlier round with the current one. Both are read with their own profile; areas are matched by
 * id, so a round read with the same profile compares area for area. People are matched by name as a person
 * key (case, accents and invisible characters do not matter).
 */
export function compareRounds(
  before: MatrixReading,
  now: MatrixReading,
  options: AnalysisOptions = {},
): RoundComparison {
  const earlier = analyze(before, options);
  const current = analyze(now, options);
  const areas = current.areas.flatMap((area) => {
    const old = earlier.areas.find((candidate) => candidate.id === area.id);
    if (!old) return [];
    return [
      {
        id: area.id,
        name: area.name,
        coveredBefore: old.covered,
        coveredNow: area.covered,
        statusBefore: old.status,
        statusNow: area.status,
      },
    ];
  });
  const beforeByKey = new Map<string, Person>(before.people.map((person) => [personKey(person.name), person]));
  const nowKeys = new Set(now.people.map((person) => personKey(person.name)));
  const people: PersonProgress[] = [];
  const joined: string[] = [];
  for (const person of now.people) {
    const old = beforeByKey.get(personKey(person.name));
    if (!old) {
      joined.push(person.name);
      continue;
    }
    const changes = now.profile.areas.flatMap((area, index) => {
      const oldIndex = before.profile.areas.findIndex((candidate) => candidate.id === area.id);
      if (oldIndex < 0) return [];
      const was = shown(old.areaLevels[oldIndex]!);
      const is = shown(person.areaLevels[index]!);
      return was === is ? [] : [{ area: area.id, before: was, now: is }];
    });
    if (changes.length > 0) people.push({ name: person.name, changes });
  }
  const left = before.people.filter((person) => !nowKeys.has(personKey(person.name))).map((person) => person.name);
  return { areas, people, joined, left };
}
