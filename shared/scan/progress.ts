// Progress of a scan per area and in total, and the person's area levels for the form's chart.

import { MIN_LEVEL } from '../levels/levels';
import type { MatrixReading } from '../matrix/reading';
import type { Answer, ScanDraft } from './draft';
import type { ScanLayout } from './layout';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

const answered = (answer: Answer | undefined) => answer !== null && answer !== undefined;

/** Answered fields (a level or n.v.t.) of one area. */
export function areaProgress(layout: ScanLayout, draft: ScanDraft, area: number): Progress {
  const fields = layout.fields.filter((field) => field.area === area);
  return { done: fields.filter((field) => answered(draft.answers[field.key])).length, total: fields.length };
}

export function totalProgress(layout: ScanLayout, draft: ScanDraft): Progress {
  return {
    done: layout.fields.filter((field) => answered(draft.answers[field.key])).length,
    total: layout.fields.length,
  };
}

/**
 * The person's level per area of the layout as the core defines it (docs/design.md#4-what-the-answers-mean): the mean of the scanned fields
 * (the form asks either the area's own column or its finer fields), else the read-only quick value beside
 * finer fields; null when nothing is scanned.
 */
export function draftAreaLevels(layout: ScanLayout, draft: ScanDraft): (number | null)[] {
  return layout.areas.map((area) => {
    const levels = layout.fields
      .filter((field) => field.area === area.area)
      .map((field) => draft.answers[field.key])
      .filter((answer): answer is number => typeof answer === 'number');
    if (levels.length) return levels.reduce((sum, level) => sum + level, 0) / levels.length;
    const quick = draft.quick?.[area.id];
    return typeof quick === 'number' ? quick : null;
  });
}

/** The team's average level per area of the layout, over the people with a level there. */
export function teamAreaAverages(layout: ScanLayout, reading: MatrixReading): (number | null)[] {
  return layout.areas.map((area) => {
    let sum = 0;
    let count = 0;
    for (const person of reading.people) {
      const level = person.areaLevels[area.area]!;
      if (level >= MIN_LEVEL) {
        sum += level;
        count++;
      }
    }
    return count ? sum / count : null;
  });
}
