// The Dekking part's insight lines (docs/design.md#4b-insights-beyond-coverage): what an area's risk means, a key person, a learning pair.

import { noMentorSentence } from '../../analysis/mentor-reason-text';
import type { Analysis, AreaResult, KeyPerson, LearningPair } from '../../analysis/types';
import type { Language } from '../../i18n/language';
import { formatLevel } from '../format-level';
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

/**
 * Who a key person is for: the areas they keep covered, and the lead-in to the items only they master (the panel
 * lists those by text after it, docs/design.md#12-rounds-history-and-reports: codes in small print).
 */
export function keyPersonText(person: KeyPerson, areaName: (id: string) => string, t: Translate): string {
  const areas = person.areas.map(areaName).join(', ');
  if (areas && person.items.length > 0) return t('keyPersonBoth', { name: person.name, areas });
  return areas ? t('keyPersonAreas', { name: person.name, areas }) : t('keyPersonItems', { name: person.name });
}

/** Why nobody in the team mentors on the area, from the core's counts: all mentors full, or who is closest. */
export function noMentorText(area: AreaResult, limit: number, lang: Language): string {
  return noMentorSentence(area, limit, lang, (value) => formatLevel(value, lang));
}

/**
 * A learner with their mentor, or the advice to look outside the team when nobody is available, saying why
 * (docs/design.md#4b-insights-beyond-coverage: a mentor needs min(4, max(3, t + 1)) with the area's own threshold).
 */
export function pairText(pair: LearningPair, analysis: Analysis, t: Translate, lang: Language): string {
  const found = analysis.areas.find((candidate) => candidate.id === pair.area);
  const area = found?.role ?? pair.area;
  if (pair.mentor) return t('pairMentor', { area, learner: pair.learner, mentor: pair.mentor });
  const reason = found ? noMentorText(found, analysis.mentorLimit, lang) : '';
  return t('pairOutside', { area, learner: pair.learner, reason });
}

/** An area's own norm in words ("drempel 4 · doel 2"), and whether it differs from the team's defaults. */
export function normText(
  area: AreaResult,
  defaults: Analysis,
  t: Translate,
  lang: Language,
): { text: string; own: boolean } {
  const own = area.threshold !== defaults.threshold || (area.scope === 'network' && area.target !== defaults.target);
  const threshold = formatLevel(area.threshold, lang);
  const text =
    area.scope === 'network' ? t('areaNorm', { threshold, target: area.target }) : t('areaNormEveryone', { threshold });
  return { text, own };
}
