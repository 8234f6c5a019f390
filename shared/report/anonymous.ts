// The anonymous team report (docs/design.md#9-reliability-and-privacy, docs/design.md#12-rounds-history-and-reports): names nobody, and prints only figures over at least k people.

import type { Language } from '../i18n/language';
import { coverageChart, distributionChart } from './charts';
import { escapeHtml, landmarks, page } from './html';
import { type AnonymousFigures, anonymousFigures, type Withheld } from './privacy';
import { areaLabel, attentionSection, footer, heading, legend, type ReportInput } from './sections';
import { reportText } from './texts';

const WITHHELD_TEXT = {
  tooFewScanned: 'withheldScanned',
  tooFewBoth: 'withheldBoth',
  wouldSingleOut: 'withheldDifference',
  tooFewColleagues: 'withheldColleagues',
} as const;

/** Why a figure is left out, in the reader's language. */
export function withheldText(reason: Withheld, lang: Language, k: number): string {
  return reportText(WITHHELD_TEXT[reason], lang, { minimum: k });
}

/** Coverage and the level distribution per area; a left-out area's row says why and carries no figure. */
function areaSections(input: ReportInput, figures: AnonymousFigures): string {
  const { lang } = input;
  const k = figures.minGroup;
  const bars = figures.areas
    .filter(({ area }) => area.scope === 'network')
    .map(({ area, withheld }) =>
      withheld
        ? { label: areaLabel(area), covered: 0, target: area.target, note: withheldText(withheld, lang, k) }
        : { label: areaLabel(area), covered: area.covered, target: area.target },
    );
  const rows = figures.areas.map(({ area, counts, withheld }) =>
    withheld
      ? { label: areaLabel(area), counts: [0, 0, 0, 0, 0], note: withheldText(withheld, lang, k) }
      : { label: areaLabel(area), counts },
  );
  const shown = new Set(figures.areas.filter((row) => !row.withheld).map((row) => row.area.index));
  // An area nobody is scanned on says so (a count of 0 tells nothing of anyone, docs/design.md#4-what-the-answers-mean); an area left out for
  // too few scanned is named with the reason, so "every area is covered" is never said over hidden areas.
  const unscanned = (area: { status: string }) => area.status === 'niet gescand';
  const hidden = figures.areas.filter((row) => row.withheld && !unscanned(row.area));
  const extra = hidden.map(({ area, withheld }) => `${areaLabel(area)}: ${withheldText(withheld!, lang, k)}`);
  const attention = attentionSection(
    {
      ...input,
      analysis: {
        ...input.analysis,
        areas: input.analysis.areas.filter((area) => shown.has(area.index) || unscanned(area)),
      },
    },
    undefined,
    extra,
  );
  const coverage = reportText('coverage', lang);
  const distribution = reportText('distribution', lang);
  return [
    `<section><h2>${escapeHtml(coverage)}</h2>${coverageChart(bars, coverage)}<p class="meta">${escapeHtml(reportText('coverageNote', lang))}</p></section>`,
    attention,
    `<section><h2>${escapeHtml(distribution)}</h2>${legend(lang)}${distributionChart(rows, distribution)}</section>`,
  ].join('\n');
}

/** Progress per area over the people scanned in both rounds; who joined or left is counted, never named. */
function progressSection(figures: AnonymousFigures, lang: Language): string {
  const progress = figures.progress;
  if (!progress) return '';
  const rows = progress.areas.map(({ area, members, coveredBefore, coveredNow, withheld }) =>
    withheld
      ? `${areaLabel(area)}: ${withheldText(withheld, lang, figures.minGroup)}`
      : reportText('progressGroup', lang, {
          area: areaLabel(area),
          before: coveredBefore,
          now: coveredNow,
          group: members.length,
        }),
  );
  const moves = reportText('movesCount', lang, { joined: progress.joined, left: progress.left });
  return `<section><h2>${escapeHtml(reportText('progress', lang, { since: progress.since }))}</h2><p class="meta">${escapeHtml(reportText('progressBothNote', lang))}</p><ul>${[
    ...rows,
    moves,
  ]
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul></section>`;
}

/**
 * The anonymous team report: numbers only, no name anywhere (not in pairs, key people, progress or candidates),
 * every figure over at least k people (`input.minGroup`, 5 by default). Refused below k scanned people.
 */
export function anonymousReport(input: ReportInput): string {
  const { lang } = input;
  const figures = anonymousFigures(input);
  const title = reportText('anonymousTitle', lang);
  const body = landmarks(
    heading(title, reportText('intro', lang), input),
    [
      `<p class="meta">${escapeHtml(reportText('minGroupNote', lang, { minimum: figures.minGroup }))}</p>`,
      areaSections(input, figures),
      progressSection(figures, lang),
    ],
    footer(input),
  );
  return page(lang, title, body);
}
