// Reports in plain language: competencies by their text (code in small print), item strengths and growth points,
// areas by their role name everywhere, colours by band, and every part of the page in a landmark.

import { compareRounds } from '../../shared/analysis/compare';
import { anonymousReport, PERSONAL_SECTIONS, personalReport, teamReport } from '../../shared/report';
import { read } from '../support/grids';
import { ITEM_MATRIX, itemReportInput, NAMES, reportInput, teamMatrix } from './fixture';

const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const INN_K1 = 'Kennis van edtech-trends, digitale transformatie en hun implicaties voor het onderwijs.';
const INN_K2 = 'Kennis van onderwijskundige en pedagogische principes, in relatie tot innovatie.';
const COA_K2 = 'Kennis van coachingsmethodieken en gespreksvoering';
const COA_K1 = 'Kennis van didactische principes en pedagogische modellen';

describe.each(['nl', 'en'] as const)('in %s', (lang) => {
  const input = itemReportInput(lang);

  test('key people: what someone alone holds is named by its text, the code in small print', () => {
    const html = teamReport(input);
    expect(html).toContain(`${INN_K1} <small class="code">INN-K1</small>`);
    expect(html).toContain(`${COA_K2} <small class="code">COA-K2</small>`);
    // Never a bare list of codes after "als enige" / "alone".
    expect(visibleText(html)).not.toMatch(/(als enige|alone): [A-Z]{3}-[KVA]\d/);
    expect(visibleText(html)).toContain(lang === 'nl' ? 'als enige: Kennis van edtech' : 'alone: Kennis van edtech');
  });

  test('blind spots are listed by their text', () => {
    const text = visibleText(teamReport(input));
    expect(text).toContain(lang === 'nl' ? 'Blinde vlekken' : 'Blind spots');
    expect(text).toContain(`${INN_K2} INN-K2`);
  });

  test('a person with items at 4 but no area at 3 reads their item strengths, never "no area at advanced level"', () => {
    const text = visibleText(personalReport(input, 'Anna de Vries'));
    expect(text).not.toMatch(/Nog geen gebied|No area/);
    for (const line of lang === 'nl'
      ? ['Sterktes Basis: 1 competentie op 3 of hoger', 'Innovator: 1 competentie op 3 of hoger']
      : ['Strengths Basis: 1 competency at 3 or higher', 'Innovator: 1 competency at 3 or higher']) {
      expect(text).toContain(line);
    }
    expect(text).toContain(`${INN_K1} (4) INN-K1`);
  });

  test('growth points: items at 0 or 1 in a wished area, else the lowest three', () => {
    const anna = visibleText(personalReport(input, 'Anna de Vries'));
    expect(anna).toContain(
      lang === 'nl'
        ? `Groeipunten Competenties op 0 of 1 in de gebieden waarin je je wilt ontwikkelen. ${COA_K2} (1) COA-K2`
        : `Growth points Competencies at 0 or 1 in the areas you wish to develop in. ${COA_K2} (1) COA-K2`,
    );
    // Bram wishes nothing: his three lowest items, lowest first, in profile order on a tie.
    const bram = visibleText(personalReport(input, 'Bram Jansen'));
    expect(bram).toContain(`${INN_K2} (0) INN-K2 ${COA_K1} (1) COA-K1 ${COA_K2} (1) COA-K2`);
    expect(bram).toContain(
      lang === 'nl' ? 'Je competenties met het laagste niveau' : 'Your competencies at the lowest level',
    );
  });

  test('at area detail there are no item growth points and the area strengths stay', () => {
    const area = reportInput(lang);
    const text = visibleText(personalReport(area, NAMES[2]!));
    expect(text).not.toMatch(/Groeipunten|Growth points/);
    expect(text).toMatch(/(Sterktes|Strengths) (Coach|Basis|Adviseur|Didacticus)/);
  });

  test('progress names areas by their role name, as every other section does', () => {
    const base = reportInput(lang);
    const before = read(
      teamMatrix(NAMES.slice(0, 10)).map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 6 ? 0 : cell)))),
    );
    const text = visibleText(
      teamReport({ ...base, progress: { since: 'Scan 2026-06-01', comparison: compareRounds(before, base.reading) } }),
    );
    expect(text).toMatch(/Bruggenbouwer: 6 → 7 (gedekt|covered) Adviseur: 6 → 7/);
    for (const full of ['Verbinden over grenzen heen', 'Strategisch en praktisch', 'Basiscompetenties']) {
      expect(text).not.toContain(full);
    }
  });

  test('a mean is coloured by the band it falls in: 1,5 as 1, not as 2', () => {
    const html = teamReport(input);
    const style = (shown: string) =>
      html.match(new RegExp(`<td class="level" style="([^"]*)">${shown}</td>`))?.[1] ?? `no cell ${shown}`;
    const [one, mean, two] = [style('1'), style(lang === 'nl' ? '1,5' : '1.5'), style('2')];
    expect(mean).toBe(one);
    expect(mean).not.toBe(two);
    expect(html).toContain(lang === 'nl' ? '1,6 is nog 1 in ontwikkeling' : '1.6 is still 1 developing');
  });

  test('every report is a header, one main holding every section, and a footer', () => {
    const big = reportInput(lang);
    for (const html of [teamReport(input), personalReport(input, 'Anna de Vries'), anonymousReport(big)]) {
      const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
      expect(body.match(/<main>/g)).toHaveLength(1);
      expect(body).toMatch(/^<header>[\s\S]*<\/header>\n<main>\n[\s\S]*\n<\/main>\n<footer>[\s\S]*<\/footer>$/);
      const inside = body.slice(body.indexOf('<main>'), body.indexOf('</main>'));
      expect(body.split('<section>').length).toBe(inside.split('<section>').length);
    }
  });
});

test('the personal report takes more sections as one more entry in its list', () => {
  const extra = () => '<section><h2>Ontwikkelplan</h2></section>';
  const html = personalReport(itemReportInput('nl'), 'Anna de Vries', [...PERSONAL_SECTIONS, extra]);
  expect(html).toMatch(/<section><h2>Ontwikkelplan<\/h2><\/section>\n<\/main>/);
});

test('the item fixture is read per item', () => {
  expect(read(ITEM_MATRIX).itemColumns.filter(Boolean)).toHaveLength(8);
});
