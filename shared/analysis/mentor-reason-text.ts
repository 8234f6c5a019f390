// Why a learning pair has no mentor in the team, in words: one sentence for the panel, the reports and the CLI.

import { fillTemplate } from '../i18n/keyed-error';
import type { Language, Localized } from '../i18n/language';
import { noMentorReason } from './mentor-reason';
import type { AreaResult } from './types';

const NO_MENTOR_TEXTS = {
  full: {
    nl: 'wie niveau {level} heeft, begeleidt al het maximum van {limit}',
    en: 'everyone at level {level} already mentors the maximum of {limit}',
  },
  nobody: {
    nl: 'een begeleider heeft niveau {level} nodig en niemand in het team heeft dat',
    en: 'a mentor needs level {level} and nobody in the team has it',
  },
  belowOne: {
    nl: '1 collega op {from} of hoger, niemand op {level}; een begeleider heeft {level} nodig',
    en: '1 colleague at {from} or higher, nobody at {level}; a mentor needs {level}',
  },
  belowMany: {
    nl: '{count} collega’s op {from} of hoger, niemand op {level}; een begeleider heeft {level} nodig',
    en: '{count} colleagues at {from} or higher, nobody at {level}; a mentor needs {level}',
  },
} satisfies Record<string, Localized>;

/**
 * The reason nobody in the team mentors on `area` (noMentorReason), as a sentence; `format` writes a number as the
 * surface does (a decimal comma in Dutch).
 */
export function noMentorSentence(
  area: AreaResult,
  limit: number,
  lang: Language,
  format: (value: number) => string,
): string {
  const reason = noMentorReason(area);
  const level = format(reason.level);
  if (reason.kind === 'full') return fillTemplate(NO_MENTOR_TEXTS.full[lang], { level, limit: format(limit) });
  if (reason.kind === 'nobody') return fillTemplate(NO_MENTOR_TEXTS.nobody[lang], { level });
  const key = reason.count === 1 ? 'belowOne' : 'belowMany';
  return fillTemplate(NO_MENTOR_TEXTS[key][lang], { count: reason.count, from: format(reason.from), level });
}
