// The team report (docs/design.md#12-rounds-history-and-reports): one self-contained HTML page; the anonymous one is anonymous.ts.

import type { AreaResult } from '../analysis/types';
import { escapeHtml, landmarks, page } from './html';
import { itemListHtml } from './items';
import { noMentorText } from './mentor';
import {
  areaLabel,
  attentionSection,
  cellOf,
  coverageSection,
  footer,
  heading,
  legend,
  progressSection,
  type ReportInput,
} from './sections';
import { reportText } from './texts';

function heatMap(input: ReportInput): string {
  const { reading, analysis, lang } = input;
  const areas = analysis.areas;
  const head = `<tr><th>${escapeHtml(reportText('name', lang))}</th>${areas
    .map((area) => `<th class="rotate">${escapeHtml(areaLabel(area))}</th>`)
    .join('')}</tr>`;
  const rows = reading.people
    .filter((person) => person.scanned)
    .map(
      (person) =>
        `<tr><td>${escapeHtml(person.name)}</td>${areas.map((area) => cellOf(person.areaLevels[area.index]!, lang)).join('')}</tr>`,
    );
  return `<section><h2>${escapeHtml(reportText('heatMap', lang))}</h2>${legend(lang)}<table>${head}${rows.join('')}</table></section>`;
}

function keyPeopleSection(input: ReportInput): string {
  const { analysis, lang } = input;
  const name = (id: string) => areaLabel(analysis.areas.find((area) => area.id === id)!);
  const items = analysis.keyPeople.map((person) => {
    const areas = person.areas.length ? reportText('keyFor', lang, { areas: person.areas.map(name).join(', ') }) : '';
    // The competencies they alone hold, by their text (codes in small print).
    const alone = person.items.length
      ? `${areas ? '; ' : ''}${escapeHtml(reportText('holdsAlone', lang))}${itemListHtml(person.items, input.reading, lang)}`
      : '';
    return `<li><strong>${escapeHtml(person.name)}</strong>: ${escapeHtml(areas)}${alone}</li>`;
  });
  const body = items.length ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(reportText('noKeyPeople', lang))}</p>`;
  return `<section><h2>${escapeHtml(reportText('keyPeople', lang))}</h2><p class="meta">${escapeHtml(reportText('keyPeopleNote', lang))}</p>${body}</section>`;
}

/** Items nobody reaches the threshold on (docs/design.md#4-what-the-answers-mean), by text; none at area detail. */
function blindSpotsSection(input: ReportInput): string {
  const { analysis, lang } = input;
  if (analysis.blindSpots.length === 0) return '';
  const ids = analysis.blindSpots.map((spot) => spot.id);
  return `<section><h2>${escapeHtml(reportText('blindSpots', lang))}</h2><p class="meta">${escapeHtml(reportText('blindSpotsNote', lang))}</p>${itemListHtml(ids, input.reading, lang, 8)}</section>`;
}

function pairsSection(input: ReportInput): string {
  const { analysis, lang } = input;
  const name = (id: string) => areaLabel(analysis.areas.find((area) => area.id === id)!);
  const rows = analysis.pairs.map(
    (pair) =>
      `<tr><td>${escapeHtml(name(pair.area))}</td><td>${escapeHtml(pair.learner)}</td><td>${escapeHtml(pair.mentor ?? reportText('outside', lang, { reason: noMentorText(analysis, pair.area, lang) }))}</td></tr>`,
  );
  const head = lang === 'nl' ? ['Gebied', 'Leerder', 'Begeleider'] : ['Area', 'Learner', 'Mentor'];
  const body = rows.length
    ? `<table><tr>${head.map((cell) => `<th>${cell}</th>`).join('')}</tr>${rows.join('')}</table>`
    : `<p>${escapeHtml(reportText('noPairs', lang))}</p>`;
  return `<section><h2>${escapeHtml(reportText('pairs', lang))}</h2>${body}</section>`;
}

/** Who could grow into an area: the first candidates (development wish first). */
function nextStep(area: AreaResult, lang: 'nl' | 'en'): string | undefined {
  if (area.candidates.length === 0) return undefined;
  const names = area.candidates.slice(0, 3).join(', ');
  return lang === 'nl' ? `Kan erin groeien: ${names}` : `Could grow into it: ${names}`;
}

/** The team report: coverage chart, heat map, attention by risk, key people, learning pairs, progress. */
export function teamReport(input: ReportInput): string {
  const title = reportText('teamTitle', input.lang);
  const body = landmarks(
    heading(title, reportText('intro', input.lang), input),
    [
      coverageSection(input),
      attentionSection(input, (area) => nextStep(area, input.lang)),
      heatMap(input),
      keyPeopleSection(input),
      blindSpotsSection(input),
      pairsSection(input),
      progressSection(input),
    ],
    footer(input),
  );
  return page(input.lang, title, body);
}
