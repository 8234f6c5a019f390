// The building blocks the three reports share: header, coverage, attention list, heat map, footer.

import type { RoundComparison } from '../analysis/compare';
import { byRisk } from '../analysis/insights';
import type { Analysis, AreaResult } from '../analysis/types';
import type { Language } from '../i18n/language';
import { NOT_APPLICABLE } from '../levels/levels';
import type { MatrixReading } from '../matrix/reading';
import { profileAttribution } from '../profiles/attribution';
import { LEVEL_BANDS, levelBandColours } from '../theme/levels';
import { coverageChart } from './charts';
import { escapeHtml } from './html';
import { reportText } from './texts';

/** What every report is made from; the core has no clock, so the caller passes the date. */
export interface ReportInput {
  readonly reading: MatrixReading;
  readonly analysis: Analysis;
  readonly lang: Language;
  /** The report's date as the reader should see it, e.g. "2026-12-01". */
  readonly date: string;
  /**
   * Progress since an earlier round (a snapshot), when given; the anonymous report needs the earlier round
   * itself (`before`) to count only the people scanned in both rounds (docs/design.md#9-reliability-and-privacy).
   */
  readonly progress?: {
    readonly since: string;
    readonly comparison: RoundComparison;
    readonly before?: MatrixReading;
  };
  /** k of docs/design.md#9-reliability-and-privacy: the smallest group a figure of the anonymous or personal report is over; 5 by default. */
  readonly minGroup?: number;
}

export function areaLabel(area: Pick<AreaResult, 'role' | 'name'>): string {
  const label = area.role || area.name;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

export function heading(title: string, intro: string, input: ReportInput): string {
  const { analysis, lang } = input;
  const base = reportText('meta', lang, {
    profile: input.reading.profile.title,
    people: analysis.people,
    scanned: analysis.scanned,
    threshold: formatNumber(analysis.threshold, lang),
    target: analysis.target,
    date: input.date,
  });
  // The areas whose own norm differs from the defaults (docs/design.md#4a-norms-per-area), so "drempel 2" never hides a threshold of 4.
  const own = analysis.areas
    .filter(
      (area) => area.threshold !== analysis.threshold || (area.scope === 'network' && area.target !== analysis.target),
    )
    .map((area) =>
      reportText(area.scope === 'network' ? 'ownNorm' : 'ownNormEveryone', lang, {
        area: areaLabel(area),
        threshold: formatNumber(area.threshold, lang),
        target: area.target,
      }),
    );
  const meta = own.length ? `${base} · ${reportText('ownNorms', lang, { list: own.join('; ') })}` : base;
  return `<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(intro)}</p><p class="meta">${escapeHtml(meta)}</p></header>`;
}

export function coverageSection(input: ReportInput): string {
  const { lang } = input;
  const bars = input.analysis.areas
    .filter((area) => area.scope === 'network')
    .map((area) => ({ label: areaLabel(area), covered: area.covered, target: area.target }));
  const title = reportText('coverage', lang);
  return `<section><h2>${escapeHtml(title)}</h2>${coverageChart(bars, title)}<p class="meta">${escapeHtml(reportText('coverageNote', lang))}</p></section>`;
}

/** Gaps and vulnerable areas by risk; `next` adds a line per area (the team report names who could grow). */
export function attentionSection(
  input: ReportInput,
  next?: (area: AreaResult) => string | undefined,
  extra: readonly string[] = [],
): string {
  const { lang, analysis } = input;
  const areas = byRisk(analysis.areas);
  const everyone = analysis.areas.filter((area) => area.scope === 'everyone' && area.status === 'gat');
  const items = [
    ...areas.map((area) => {
      const line = `${areaLabel(area)}: ${reportText('covered', lang, { covered: area.covered, target: area.target })}, ${reportText('risk', lang, { risk: area.risk ?? 0 })}`;
      const extra = next?.(area);
      return `<li><strong>${escapeHtml(line)}</strong>${extra ? `<br>${escapeHtml(extra)}` : ''}</li>`;
    }),
    ...everyone.map(
      (area) =>
        `<li><strong>${escapeHtml(`${areaLabel(area)}: ${reportText('covered', lang, { covered: area.covered, target: area.scanned })}`)}</strong></li>`,
    ),
  ];
  // Areas nobody has a level on are not gaps (docs/design.md#4-what-the-answers-mean), but not covered either: one line says so.
  const unscanned = analysis.areas.filter((area) => area.status === 'niet gescand').map(areaLabel);
  if (unscanned.length > 0) {
    const word = reportText('notScanned', lang);
    items.push(`<li>${escapeHtml(`${word.charAt(0).toUpperCase()}${word.slice(1)}: ${unscanned.join(', ')}`)}</li>`);
  }
  items.push(...extra.map((line) => `<li>${escapeHtml(line)}</li>`));
  const body = items.length ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(reportText('noAttention', lang))}</p>`;
  return `<section><h2>${escapeHtml(reportText('attention', lang))}</h2>${body}</section>`;
}

/** A level's cell: coloured by the band the level falls in (a 1.6 is band 1, docs/design.md#4-what-the-answers-mean). */
export function cellOf(level: number, lang: Language): string {
  if (level === NOT_APPLICABLE) return `<td class="level">${lang === 'nl' ? 'n.v.t.' : 'n/a'}</td>`;
  if (level < 0) return '<td class="level">–</td>';
  const { fill, text } = levelBandColours(level);
  return `<td class="level" style="background:${fill};color:${text}">${escapeHtml(formatNumber(level, lang))}</td>`;
}

/** The level scale's bands with their words; a mean is coloured by the band it falls in, which the note says. */
export function legend(lang: Language): string {
  const labels =
    lang === 'nl'
      ? ['0 nog niet', '1 in ontwikkeling', '2 bekwaam', '3 gevorderd', '4 expert']
      : ['0 not yet', '1 developing', '2 competent', '3 advanced', '4 expert'];
  const chips = labels
    .map(
      (label, level) =>
        `<span style="background:${LEVEL_BANDS[level]!.fill};color:${LEVEL_BANDS[level]!.text}">${label}</span>`,
    )
    .join('');
  return `<p class="legend">${chips}</p><p class="meta">${escapeHtml(reportText('bandNote', lang))}</p>`;
}

export function progressSection(input: ReportInput): string {
  const { progress, lang } = input;
  if (!progress) return '';
  const { comparison } = progress;
  // The area's role name, as every other section names it; an area the current profile lacks keeps its own name.
  const labelOf = (area: { readonly id: string; readonly name: string }) => {
    const current = input.analysis.areas.find((candidate) => candidate.id === area.id);
    return current ? areaLabel(current) : area.name;
  };
  const rows = comparison.areas
    .filter((area) => area.coveredBefore !== area.coveredNow || area.statusBefore !== area.statusNow)
    .map(
      (area) =>
        `<li>${escapeHtml(reportText('progressRow', lang, { area: labelOf(area), before: area.coveredBefore, now: area.coveredNow }))}</li>`,
    );
  const moves = [
    comparison.joined.length ? reportText('joined', lang, { names: comparison.joined.join(', ') }) : '',
    comparison.left.length ? reportText('left', lang, { names: comparison.left.join(', ') }) : '',
  ].filter(Boolean);
  return `<section><h2>${escapeHtml(reportText('progress', lang, { since: progress.since }))}</h2><ul>${rows.join('')}${moves
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')}</ul></section>`;
}

export function footer(input: ReportInput): string {
  const { profile } = input.reading;
  return `<footer>${escapeHtml(`${profile.title} (${profile.year}). ${reportText('source', input.lang, { ...profileAttribution(profile) })}`)}</footer>`;
}
