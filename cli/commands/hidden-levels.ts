// `workbook --from`: the source's levels that the new workbook would not count. An area with a column of its own
// counts only that column (DESIGN §4), so an area column the chosen detail adds hides the source's K/V/A or
// item columns of that area until it is filled in.

import { EMPTY, NOT_APPLICABLE } from '../../shared/levels/levels';
import type { MatrixReading } from '../../shared/matrix/reading';
import { personKey } from '../../shared/text/normalize';

export interface HiddenLevels {
  /** The area as the readable output names it (its role, "Innovator"). */
  readonly area: string;
  /** The source's headers whose levels no longer count. */
  readonly columns: readonly string[];
  /** How many people have a level there in the source. */
  readonly people: number;
}

const hasLevel = (level: number) => level !== EMPTY && level !== NOT_APPLICABLE;

/** Per area, the people whose level in `source` has no level in `planned` (the new workbook's matrix). */
export function hiddenLevels(source: MatrixReading, planned: MatrixReading): HiddenLevels[] {
  const plannedByName = new Map(planned.people.map((person) => [personKey(person.name), person]));
  const result: HiddenLevels[] = [];
  source.profile.areas.forEach((area, a) => {
    if (source.areaColumns[a] || !planned.areaColumns[a]) return;
    const people = source.people.filter((person) => {
      const now = plannedByName.get(personKey(person.name));
      return hasLevel(person.areaLevels[a]!) && !(now && hasLevel(now.areaLevels[a]!));
    }).length;
    if (people === 0) return;
    const columns = source.columns
      .filter(({ target }) => (target?.kind === 'item' || target?.kind === 'areaType') && target.area === a)
      .map(({ header }) => header);
    result.push({ area: area.role, columns, people });
  });
  return result;
}
