// Why a learning pair has no mentor in the team, in the report's words (docs/design.md#4b-insights-beyond-coverage).

import { noMentorSentence } from '../analysis/mentor-reason-text';
import type { Analysis } from '../analysis/types';
import type { Language } from '../i18n/language';
import { formatNumber } from './sections';

/** The reason nobody in the team mentors on the area `id`: every mentor full, or who comes closest to the level. */
export function noMentorText(analysis: Analysis, id: string, lang: Language): string {
  const area = analysis.areas.find((candidate) => candidate.id === id)!;
  return noMentorSentence(area, analysis.mentorLimit, lang, (value) => formatNumber(value, lang));
}
