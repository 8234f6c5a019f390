// Why a learning pair has no mentor in the team, in the report's words (docs/design.md#4b-insights-beyond-coverage).

import { noMentorReason } from '../analysis/mentor-reason';
import type { Analysis } from '../analysis/types';
import type { Language } from '../i18n/language';
import { formatNumber } from './sections';
import { reportText } from './texts';

/** The reason nobody in the team mentors on the area `id`: every mentor full, or who comes closest to the level. */
export function noMentorText(analysis: Analysis, id: string, lang: Language): string {
  const area = analysis.areas.find((candidate) => candidate.id === id)!;
  const reason = noMentorReason(area);
  const level = formatNumber(reason.level, lang);
  if (reason.kind === 'full') return reportText('noMentorFull', lang, { level, limit: analysis.mentorLimit });
  if (reason.kind === 'nobody') return reportText('noMentorNobody', lang, { level });
  const from = formatNumber(reason.from, lang);
  return reason.count === 1
    ? reportText('noMentorBelowOne', lang, { from, level })
    : reportText('noMentorBelowMany', lang, { count: reason.count, from, level });
}
