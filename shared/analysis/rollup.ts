// Rolls several team matrices up into one input, as an institution does with many team workbooks.

import type { Person } from '../matrix/reading';
import { personKey } from '../text/normalize';
import type { AnalysisInput } from './types';

export interface LabelledInput {
  /** Shown after a name that occurs in more than one team, e.g. the file name. */
  readonly label: string;
  readonly input: AnalysisInput;
}

/** One input holding every team's people; a name found in several teams is qualified with its team's label. */
export function rollUp(parts: readonly LabelledInput[]): AnalysisInput {
  const first = parts[0];
  if (!first) throw new RangeError('rollUp needs at least one input');
  const seen = new Map<string, number>();
  for (const { input } of parts) {
    for (const person of input.people) seen.set(personKey(person.name), (seen.get(personKey(person.name)) ?? 0) + 1);
  }
  const people: Person[] = parts.flatMap(({ label, input }) =>
    input.people.map((person) =>
      (seen.get(personKey(person.name)) ?? 0) > 1 ? { ...person, name: `${person.name} (${label})` } : person,
    ),
  );
  const itemColumns = first.input.itemColumns.map((_, index) => parts.some(({ input }) => input.itemColumns[index]));
  return { profile: first.input.profile, people, itemColumns, warnings: parts.flatMap(({ input }) => input.warnings) };
}
