// The personal report as the conversation's document (docs/design.md#12-rounds-history-and-reports): self beside second view, the points
// to discuss first, the plan with who helps and when, agreements; the team and anonymous reports never show a second view.

import { compareRounds } from '../../shared/analysis/compare';
import { anonymousReport, personalReport, teamReport } from '../../shared/report';
import { read } from '../support/grids';
import { conversationInput, fullScanInput, RATER } from './conversation-fixture';
import { NAMES, teamMatrix } from './fixture';

const BRAM = NAMES[1]!;

/** The text of the page without tags, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

test('the conversation document: the sentence, differences first, both levels side by side, the rater escaped', () => {
  const html = personalReport(conversationInput('nl'), BRAM);
  const text = textOf(html);
  expect(text).toContain('een ontwikkelinstrument, geen beoordeling');
  expect(text.indexOf('Om te bespreken')).toBeLessThan(text.indexOf('Zelf en tweede blik'));
  // Adviseur: self 1+… The fixture moves Bram's Adviseur two levels and his Coach to 4.
  expect(text).toMatch(/Coach: zelf 1, tweede blik 4/);
  expect(text).toMatch(/Adviseur: zelf \d, tweede blik \d/);
  expect(html).toContain('Tweede blik door Carla &lt;teamleider&gt; &amp; co');
  expect(html).not.toContain(RATER);
  // Never averaged: no level between the two shows up as a half level on the areas that differ.
  expect(text).not.toMatch(/Coach: zelf 1, tweede blik 2,5/);
});

test('the plan with Nu from the matrix, who helps and when; a goal the matrix reaches is bereikt', () => {
  const text = textOf(personalReport(conversationInput('nl'), BRAM));
  expect(text).toContain('Ontwikkelplan');
  expect(text).toContain('Twee coachgesprekken voorbereiden Chris Bakker voor 1 maart bezig');
  // Basis: Bram is at 2, the goal 1: reached whatever the typed status says.
  expect(text).toMatch(/Basis 2 1 Niets meer nodig bereikt/);
  // Only Bram's own goals.
  expect(text).not.toContain('Alleen van Chris');
  expect(text).toContain('Afspraken');
  expect(text).toContain('Volgend gesprek:');
});

test('in English', () => {
  const text = textOf(personalReport(conversationInput('en'), BRAM));
  expect(text).toContain('a development instrument, not an appraisal');
  expect(text.indexOf('To discuss')).toBeLessThan(text.indexOf('Self and second view'));
  expect(text).toContain('Coach: self 1, second view 4');
  expect(text).toContain('Development plan');
  expect(text).toContain('Agreements');
});

test('a person without a second view: said so; without a plan: an invitation to choose goals', () => {
  const text = textOf(personalReport(conversationInput('nl'), NAMES[4]!));
  expect(text).toContain('Er is (nog) geen tweede blik voor deze persoon.');
  expect(text).toContain('Nog geen doelen.');
});

test('at item detail: growth points and strengths in item texts, items shown only where the views differ', () => {
  const input = fullScanInput('nl');
  const text = textOf(personalReport(input, BRAM));
  expect(text).toContain('Groeipunten');
  expect(text).toContain('Sterktes');
  expect(text).toContain('Per competentie: zelf/tweede blik; vet: 2 niveaus of meer verschil.');
  const coach = input.reading.profile.areas.find((area) => area.id === 'coach')!.items[0]!;
  expect(text).toContain(`${coach.id} ${coach.text}`);
});

test('the team and the anonymous report never show a second view, even when one is given', () => {
  const input = conversationInput('nl');
  for (const html of [teamReport(input), anonymousReport(input)]) {
    expect(html).not.toContain('Carla');
    expect(html).not.toMatch(/tweede blik/i);
    expect(html).not.toContain('Ontwikkelplan');
  }
  // And their numbers are those of the Teammatrix alone.
  const { conversation: _unused, ...without } = input;
  expect(teamReport(input)).toBe(teamReport(without));
  expect(anonymousReport(input)).toBe(anonymousReport(without));
});

test('without the conversation’s sheets the personal report is as it was', () => {
  const { conversation: _unused, ...without } = conversationInput('nl');
  const html = personalReport(without, BRAM);
  expect(html).not.toContain('Ontwikkelplan');
  expect(html).not.toContain('ontwikkelinstrument, geen beoordeling');
});

test('with an earlier round, the plan counts the goals reached since it', () => {
  const input = conversationInput('nl');
  // The earlier round: Bram's Basis was 0, so his Basis goal (1) was not yet reached then.
  const values = teamMatrix().map((row, r) => (r === 2 ? row.map((cell, c) => (c === 1 ? 0 : cell)) : row));
  const before = read(values);
  const comparison = compareRounds(before, input.reading);
  const text = personalReport({ ...input, progress: { since: 'Scan 2026-06-01', comparison, before } }, BRAM);
  expect(text).toContain('Sinds Scan 2026-06-01: 1 van 2 doelen bereikt.');
});
