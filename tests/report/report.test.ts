// The reports of docs/design.md#12-rounds-history-and-reports as strings: self-contained, development language, and who they may name.

import { analyze } from '../../shared/analysis/analyze';
import { compareRounds } from '../../shared/analysis/compare';
import { profileAttribution } from '../../shared/profiles/attribution';
import { anonymousReport, personalReport, teamReport } from '../../shared/report';
import { ReportError } from '../../shared/report/messages';
import { errorOf, read } from '../support/grids';
import { NAMES, reportInput, teamMatrix } from './fixture';

const visibleText = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe.each(['nl', 'en'] as const)('reports in %s', (lang) => {
  const input = reportInput(lang);

  test('every report is one page with no script and nothing loaded from elsewhere', () => {
    for (const html of [teamReport(input), personalReport(input, NAMES[0]!), anonymousReport(input)]) {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\//i);
      expect(html).toContain('@page { size: A4');
      expect(html).toContain('<svg');
    }
  });

  test('development language: never an appraisal or a score', () => {
    for (const html of [teamReport(input), personalReport(input, NAMES[1]!), anonymousReport(input)]) {
      expect(visibleText(html)).not.toMatch(/beoordel|\bscore|onvoldoende|slecht|apprais|\bpoor\b|\bfail/i);
    }
  });

  test('the team report shows the heat map, attention by risk, key people and pairs, with attribution', () => {
    const html = teamReport(input);
    for (const name of NAMES) expect(html).toContain(name);
    const text = visibleText(html);
    const innovator = text.indexOf(
      lang === 'nl' ? 'Innovator: 0 van 2 gedekt, risico 9 van 9' : 'Innovator: 0 of 2 covered, risk 9 of 9',
    );
    expect(innovator).toBeGreaterThan(0);
    for (const pair of input.analysis.pairs) expect(text).toContain(pair.learner);
    for (const key of input.analysis.keyPeople) expect(text).toContain(key.name);
    expect(text).toContain(profileAttribution(input.reading.profile).source.slice(0, 30));
  });

  test('the personal report names no colleague but their mentors', () => {
    for (const name of NAMES) {
      const html = personalReport(input, name);
      const mentors = input.analysis.pairs
        .filter((pair) => pair.learner === name && pair.mentor)
        .map((pair) => pair.mentor!);
      for (const other of NAMES.filter((candidate) => candidate !== name && !mentors.includes(candidate))) {
        expect(html).not.toContain(other);
      }
      for (const mentor of mentors) expect(html).toContain(mentor);
      expect(html).toContain(name);
    }
  });

  test('the anonymous team report names nobody, and is refused below five scanned people', () => {
    const html = anonymousReport(input);
    for (const name of NAMES) expect(html).not.toContain(name.split(' ')[0]!);
    const small = reportInput(lang, NAMES.slice(0, 4));
    const error = errorOf(() => anonymousReport(small), ReportError);
    expect(error.key).toBe('reportTooFewPeople');
    expect(error.localized(lang)).toContain(
      lang === 'nl' ? 'minstens 5 gescande mensen; dit team heeft er 4' : 'at least 5',
    );
  });
});

test('a name is text, never markup', () => {
  const names = ['<b>Bold</b> & "Co"', ...NAMES.slice(1)];
  const html = teamReport(reportInput('nl', names));
  expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;');
  expect(html).not.toContain('<b>Bold</b>');
});

test('the team report shows progress since an earlier round', () => {
  const input = reportInput('nl');
  const before = read(
    teamMatrix(NAMES.slice(0, 10)).map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 6 ? 0 : cell)))),
  );
  const html = teamReport({
    ...input,
    progress: { since: 'Scan 2026-06-01', comparison: compareRounds(before, input.reading) },
  });
  expect(html).toContain('Voortgang sinds Scan 2026-06-01');
  expect(html).toContain(`Erbij: ${NAMES[10]}, ${NAMES[11]}`);
});

test('an unknown person is refused with the core message', () => {
  expect(errorOf(() => personalReport(reportInput('nl'), 'Niemand')).detail.key).toBe('unknownPerson');
});

test('a mentor reads "een collega" for one learner and the plural for more, in both languages', () => {
  for (const lang of ['nl', 'en'] as const) {
    const input = reportInput(lang);
    // Learners per mentor and area: the line of the personal report counts these.
    const counts = new Map<string, number>();
    for (const pair of input.analysis.pairs) {
      if (pair.mentor)
        counts.set(`${pair.mentor}\t${pair.area}`, (counts.get(`${pair.mentor}\t${pair.area}`) ?? 0) + 1);
    }
    const mentors = new Set([...counts.keys()].map((key) => key.split('\t')[0]!));
    const html = [...mentors].map((mentor) => personalReport(input, mentor)).join('\n');
    expect(html).not.toMatch(/\(’s\)|\(s\)/);
    const one = lang === 'nl' ? /je kunt een collega op weg helpen/ : /you can help a colleague/;
    const more = lang === 'nl' ? /je kunt \d+ collega’s op weg helpen/ : /you can help \d+ colleagues/;
    const values = [...counts.values()];
    expect(values.length).toBeGreaterThan(0);
    expect(one.test(html)).toBe(values.includes(1));
    expect(more.test(html)).toBe(values.some((count) => count > 1));
  }
});

test('an area nobody is scanned on is "niet gescand" in the reports, not a gap and never "every area is covered"', () => {
  for (const lang of ['nl', 'en'] as const) {
    // Only Basis and Coach scanned: the other areas have no level at all.
    const values = [['Naam', 'Basis', 'Coach'], ...NAMES.map((name, i) => [name, 2, i % 3])];
    const reading = read(values);
    const input = { ...reportInput(lang), reading, analysis: analyze(reading) };
    for (const html of [teamReport(input), anonymousReport(input)]) {
      const text = visibleText(html);
      expect(text).toContain(
        lang === 'nl'
          ? 'Niet gescand: Bruggenbouwer, Adviseur, Didacticus, Innovator'
          : 'Not scanned: Bruggenbouwer, Adviseur, Didacticus, Innovator',
      );
      expect(text).not.toMatch(/Innovator: 0 (van|of) 2|risico 9|risk 9/);
      expect(text).not.toContain(lang === 'nl' ? 'Elk gebied is gedekt' : 'Every area is covered');
    }
  }
});
