// The Dekking part's insight lines (DESIGN §4b): what an area's risk means, a key person, a learning pair.

import type { AreaResult, KeyPerson, LearningPair } from '../../analysis/types';
import type { Translate } from '../i18n';

/** Area ids to their role nouns, as the panel names areas. */
export function areaNames(areas: readonly AreaResult[]): (id: string) => string {
  const names = new Map(areas.map((area) => [area.id, area.role]));
  return (id) => names.get(id) ?? id;
}

/** "Risico N van 9" and its reason in one line: how many cover the area of how many needed, and who could teach it. */
export function riskText(area: AreaResult, t: Translate): string {
  const doers =
    area.covered === 0 ? t('riskDoersNone') : t('riskDoersFew', { covered: area.covered, target: area.target });
  const teachers =
    area.expert === 0
      ? t('riskTeachersNone')
      : area.expert === 1
        ? t('riskTeachersOne')
        : t('riskTeachersMany', { experts: area.expert });
  return t('riskLine', { risk: area.risk ?? 0, doers, teachers });
}

/** Who a key person is for: the areas they keep covered and the items only they master. */
export function keyPersonText(person: KeyPerson, areaName: (id: string) => string, t: Translate): string {
  const areas = person.areas.map(areaName).join(', ');
  const items = person.items.join(', ');
  if (areas && items) return t('keyPersonBoth', { name: person.name, areas, items });
  return areas ? t('keyPersonAreas', { name: person.name, areas }) : t('keyPersonItems', { name: person.name, items });
}

/** A learner with their mentor, or the advice to look outside the team when nobody is available. */
export function pairText(pair: LearningPair, areaName: (id: string) => string, t: Translate): string {
  const area = areaName(pair.area);
  return pair.mentor
    ? t('pairMentor', { area, learner: pair.learner, mentor: pair.mentor })
    : t('pairOutside', { area, learner: pair.learner });
}
