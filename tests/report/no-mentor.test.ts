// A learning pair without a mentor says why, in the team and the personal report (docs/design.md#4b-insights-beyond-coverage):
// every colleague at the mentor level is full, or the area is covered but nobody reaches the level a mentor needs.

import { analyze } from '../../shared/analysis/analyze';
import { noMentorReason } from '../../shared/analysis/mentor-reason';
import { personalReport, teamReport } from '../../shared/report';
import { NPULS_AREAS, read } from '../support/grids';

// Basis, Bruggenbouwer, Adviseur, Coach, Didacticus, Innovator; wishes for Adviseur, Coach and Didacticus.
const MATRIX = [
  ['Naam', ...NPULS_AREAS, 'Ontwikkelwens Adviseur', 'Ontwikkelwens Coach', 'Ontwikkelwens Didacticus'],
  ['Anna', 2, 2, 3, 2, 0, 2, null, null, null],
  ['Bram', 2, 2, 0, 2, 1, 2, 'ja', null, null],
  ['Chris', 2, 2, 1, 0, 0, 2, 'ja', 'ja', 'ja'],
];

const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

// With at most one learner per mentor: Anna (3) takes Bram on Adviseur, so Chris finds her full; Coach is
// covered by two at 2 but a mentor needs 3; nobody has 3 on Didacticus.
const reading = read(MATRIX);
const analysis = analyze(reading, { mentorLimit: 1 });

test('the core gives the reason from the area’s own counts', () => {
  expect(analysis.pairs).toEqual([
    { area: 'adviseur', learner: 'Bram', mentor: 'Anna' },
    { area: 'adviseur', learner: 'Chris', mentor: null },
    { area: 'coach', learner: 'Chris', mentor: null },
    { area: 'didacticus', learner: 'Chris', mentor: null },
  ]);
  const reason = (id: string) => noMentorReason(analysis.areas.find((area) => area.id === id)!);
  expect(reason('adviseur')).toEqual({ kind: 'full', level: 3 });
  expect(reason('coach')).toEqual({ kind: 'below', level: 3, count: 2, from: 2 });
  expect(reason('didacticus')).toEqual({ kind: 'nobody', level: 3 });
  // Threshold 3: a mentor needs 4, and the two at 3 are named as the closest.
  const strict = analyze(reading, { threshold: 3 });
  expect(noMentorReason(strict.areas.find((area) => area.id === 'adviseur')!)).toEqual({
    kind: 'below',
    level: 4,
    count: 1,
    from: 3,
  });
});

test('the team report’s pairs table says why each learner looks outside (nl)', () => {
  const text = visibleText(teamReport({ reading, analysis, lang: 'nl', date: '2026-12-07' }));
  expect(text).toContain('Chris wie niveau 3 heeft, begeleidt al het maximum van 1: zoek buiten het team');
  expect(text).toContain(
    'Chris 2 collega’s op 2 of hoger, niemand op 3; een begeleider heeft 3 nodig: zoek buiten het team',
  );
  expect(text).toContain(
    'Chris een begeleider heeft niveau 3 nodig en niemand in het team heeft dat: zoek buiten het team',
  );
});

test('the personal report says the same to the learner (en)', () => {
  const text = visibleText(personalReport({ reading, analysis, lang: 'en', date: '2026-12-07' }, 'Chris'));
  expect(text).toContain(
    'Coach: 2 colleagues at 2 or higher, nobody at 3; a mentor needs 3; look for a mentor outside the team',
  );
  expect(text).toContain(
    'Adviseur: everyone at level 3 already mentors the maximum of 1; look for a mentor outside the team',
  );
  expect(text).toContain(
    'Didacticus: a mentor needs level 3 and nobody in the team has it; look for a mentor outside the team',
  );
});
