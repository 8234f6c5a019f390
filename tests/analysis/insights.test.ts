// docs/design.md#4a-norms-per-area/docs/design.md#4b-insights-beyond-coverage: norms per area, risk, key people and sole holders, learning pairs — examples and properties.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import { mentorLevel, riskOf } from '../../shared/analysis/insights';
import { analysisReport } from '../../shared/analysis/report';
import type { Analysis, AreaStatus } from '../../shared/analysis/types';
import type { CellValue } from '../../shared/matrix/grid';
import { errorOf, NPULS_AREAS, read } from '../support/grids';
import { INSIGHTS_TEAM } from '../support/insights-team';

const TEAM = INSIGHTS_TEAM;

const area = (analysis: Analysis, id: string) => analysis.areas.find((candidate) => candidate.id === id)!;

describe('risk (docs/design.md#4b-insights-beyond-coverage)', () => {
  test('the table of doers by teachers', () => {
    // doers: 0 none, 1 fewer than the target, 2 at least the target; teachers: experts 0, 1, 2 or more.
    expect([0, 1, 2].map((experts) => riskOf(0, experts, 2))).toEqual([9, 7, 3]);
    expect([0, 1, 2, 5].map((experts) => riskOf(1, experts, 2))).toEqual([8, 5, 2, 2]);
    expect([0, 1, 2].map((experts) => riskOf(3, experts, 2))).toEqual([6, 4, 1]);
  });

  test('on the fixture team, with effective threshold and target on every area', () => {
    const analysis = analyze(read(TEAM));
    // bruggenbouwer 3 cover, 1 expert → 4; adviseur 3 / 1 → 4; coach 2 / 1 → 4; didacticus 4 / 2 → 1; innovator 0 / 0 → 9.
    expect(analysis.areas.map((a) => [a.id, a.risk])).toEqual([
      ['basis', undefined],
      ['bruggenbouwer', 4],
      ['adviseur', 4],
      ['coach', 4],
      ['didacticus', 1],
      ['innovator', 9],
    ]);
    expect(analysis.areas.every((a) => a.threshold === 2 && a.target === 2)).toBe(true);
  });
});

describe('key people and sole holders', () => {
  test('coverers of an area at exactly its target are key; larger groups are not', () => {
    // coach: Chris 4 and Dirk 2 cover it, target 2 → both key. Every other area has 0 or more than 2 coverers.
    expect(analyze(read(TEAM)).keyPeople).toEqual([
      { name: 'Chris', areas: ['coach'], items: [] },
      { name: 'Dirk', areas: ['coach'], items: [] },
    ]);
  });

  test('the one person reaching the threshold on an item holds it alone, ordered by areas then items', () => {
    const matrix = [
      ['Naam', 'Didacticus', 'ADV-K1', 'ADV-K2', 'ADV-V1', 'COA-K1'],
      ['Anna', 1, 2, 0, 0, 3],
      ['Bram', 3, 3, 1, 2, 0],
    ];
    // Didacticus: Bram alone covers it. Adviseur: the mean of its items, Anna 0.67 and Bram 2, so Bram alone
    // covers it too; Coach: its one item, Anna alone. ADV-K1 both reach 2; ADV-K2 nobody (a blind spot);
    // ADV-V1 Bram; COA-K1 Anna.
    const analysis = analyze(read(matrix));
    expect(analysis.keyPeople).toEqual([
      { name: 'Bram', areas: ['adviseur', 'didacticus'], items: ['ADV-V1'] },
      { name: 'Anna', areas: ['coach'], items: ['COA-K1'] },
    ]);
    expect(analysis.blindSpots.map((spot) => spot.id)).toEqual(['ADV-K2']);
  });
});

describe('learning pairs', () => {
  test('each learner gets the highest available mentor; a mentor takes at most m; nobody left is null', () => {
    // Mentors need min(4, max(3, 2 + 1)) = 3. Adviseur: Dirk → Bram (4 beats Anna's 3); Chris covers it already.
    // Coach: Anna and Eva → Chris (the only one at 3+). Innovator: nobody is at 3+, so Anna, Bram, Eva → null.
    expect(analyze(read(TEAM)).pairs).toEqual([
      { area: 'adviseur', learner: 'Dirk', mentor: 'Bram' },
      { area: 'coach', learner: 'Anna', mentor: 'Chris' },
      { area: 'coach', learner: 'Eva', mentor: 'Chris' },
      { area: 'innovator', learner: 'Anna', mentor: null },
      { area: 'innovator', learner: 'Bram', mentor: null },
      { area: 'innovator', learner: 'Eva', mentor: null },
    ]);
    const limited = analyze(read(TEAM), { mentorLimit: 1 }).pairs;
    expect(limited.filter((pair) => pair.area === 'coach')).toEqual([
      { area: 'coach', learner: 'Anna', mentor: 'Chris' },
      { area: 'coach', learner: 'Eva', mentor: null },
    ]);
  });

  test('ties go to the mentor with fewest pairs so far, then row order', () => {
    const matrix = [
      ['Naam', 'Adviseur', 'Coach', 'Ontwikkelwens adviseur', 'Ontwikkelwens coach'],
      ['Anna', 4, 4, null, null],
      ['Bram', 4, 4, null, null],
      ['Chris', 0, 0, 'ja', 'ja'],
      ['Dirk', 0, 0, null, 'ja'],
    ];
    // Adviseur: Chris → Anna (row order). Coach: Chris → Bram (fewer pairs), Dirk → Anna (both 1 now: row order).
    expect(analyze(read(matrix), { mentorLimit: 5 }).pairs).toEqual([
      { area: 'adviseur', learner: 'Chris', mentor: 'Anna' },
      { area: 'coach', learner: 'Chris', mentor: 'Bram' },
      { area: 'coach', learner: 'Dirk', mentor: 'Anna' },
    ]);
  });

  test('the mentor level follows the threshold', () => {
    expect([0, 1, 2, 2.5, 3, 4].map(mentorLevel)).toEqual([3, 3, 3, 3.5, 4, 4]);
  });

  test('an invalid mentor limit is an error', () => {
    expect(errorOf(() => analyze(read(TEAM), { mentorLimit: 0 })).detail.key).toBe('invalidCount');
  });
});

describe('norms per area (docs/design.md#4a-norms-per-area)', () => {
  const norms = {
    values: [
      ['Normen'],
      ['Gebied', 'Drempel', 'Doel'],
      ['Coach', null, 3],
      ['INNOVATOR (vernieuwing)', 1, 1],
      ['Basis', 3, 9],
    ],
    origin: { sheet: 'Dekking', row: 10, column: 1 },
  };

  test('set threshold and target per area; an empty cell keeps the default; everyone areas use only Drempel', () => {
    const analysis = analyze(read(TEAM), { norms });
    const coach = area(analysis, 'coach');
    // Coach: 2 cover, target 3 → kwetsbaar; no longer at its target, so nobody is key for it.
    expect([coach.threshold, coach.target, coach.status, coach.risk]).toEqual([2, 3, 'kwetsbaar', 5]);
    const innovator = area(analysis, 'innovator');
    // Innovator at threshold 1: Bram and Dirk cover it, target 1 → gedekt; no expert → risk 6.
    expect([innovator.threshold, innovator.target, innovator.covered, innovator.status, innovator.risk]).toEqual([
      1,
      1,
      2,
      'gedekt',
      6,
    ]);
    // Basis at 3: only Bram reaches it.
    expect(area(analysis, 'basis').status).toBe('gat');
    expect(area(analysis, 'basis').below).toEqual(['Anna', 'Chris', 'Dirk', 'Eva']);
    expect(analysis.keyPeople).toEqual([]);
    // Innovator learners now cover it or are paired with a mentor at 3+: Anna (0) and Eva (0) still learn, no mentor.
    expect(analysis.pairs.filter((pair) => pair.area === 'innovator')).toEqual([
      { area: 'innovator', learner: 'Anna', mentor: null },
      { area: 'innovator', learner: 'Eva', mentor: null },
    ]);
  });

  test('every problem names its cell', () => {
    const bad = (row: CellValue[]) => ({ ...norms, values: [norms.values[1]!, row] });
    expect(errorOf(() => analyze(read(TEAM), { norms: bad(['Tuinieren', 2, 2]) })).localized('nl')).toBe(
      'Cel Dekking!A11: "Tuinieren" is geen gebied van het profiel npuls.',
    );
    expect(errorOf(() => analyze(read(TEAM), { norms: bad(['Coach', 'hoog', 2]) })).localized('en')).toBe(
      'Cell Dekking!B11: the threshold "hoog" is not a level from 0 to 4.',
    );
    expect(errorOf(() => analyze(read(TEAM), { norms: bad(['Coach', 2, 1.5]) })).detail.key).toBe('normsBadTarget');
    const twice = { ...norms, values: [norms.values[1]!, ['Coach', 2, 2], ['coach', 3, 3]] };
    expect(errorOf(() => analyze(read(TEAM), { norms: twice })).localized('nl')).toContain(
      '(Dekking!A11 en Dekking!A12)',
    );
    expect(errorOf(() => analyze(read(TEAM), { norms: { values: [['a', 'b']] } })).detail.key).toBe('normsNoHeader');
  });
});

// Properties over generated teams with development wishes on every network area.
const NETWORK = NPULS_AREAS.slice(1);
const level = fc.oneof(fc.constantFrom<CellValue>(null, 'n.v.t.'), fc.integer({ min: 0, max: 4 }));
const member = fc.record({
  levels: fc.array(level, { minLength: NPULS_AREAS.length, maxLength: NPULS_AREAS.length }),
  wishes: fc.array(fc.boolean(), { minLength: NETWORK.length, maxLength: NETWORK.length }),
});
const team = fc.array(member, { maxLength: 10 });
type Member = { levels: CellValue[]; wishes: boolean[] };

function matrixOf(members: readonly Member[]): CellValue[][] {
  return [
    ['Naam', ...NPULS_AREAS, ...NETWORK.map((name) => `Ontwikkelwens ${name}`)],
    ...members.map((m, index) => [`P${index}`, ...m.levels, ...m.wishes.map((wish) => (wish ? 'ja' : null))]),
  ];
}

// Losing the one scanned coverer leaves an area nobody is scanned on: as low as a gap.
const RANK: Record<AreaStatus, number> = { 'niet gescand': 0, gat: 0, kwetsbaar: 1, gedekt: 2 };
const settings = fc.record({ threshold: fc.constantFrom(1, 2, 3), target: fc.integer({ min: 1, max: 3 }) });

describe('insight properties', () => {
  test("a key person's absence lowers the status of every area they are key for; a non-key person's never does", () => {
    fc.assert(
      fc.property(team, settings, (members, options) => {
        const before = analyze(read(matrixOf(members)), options);
        members.forEach((_, index) => {
          const without = analyze(read(matrixOf(members.filter((__, i) => i !== index))), options);
          const key = before.keyPeople.find((person) => person.name === `P${index}`);
          for (const a of before.areas.filter((candidate) => candidate.scope === 'network')) {
            const lowered = RANK[area(without, a.id).status] < RANK[a.status];
            expect(lowered).toBe(key?.areas.includes(a.id) ?? false);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  test('no mentor exceeds m, a learner never covers the area, a mentor is at the mentor level', () => {
    fc.assert(
      fc.property(team, settings, fc.integer({ min: 1, max: 3 }), (members, options, m) => {
        const analysis = analyze(read(matrixOf(members)), { ...options, mentorLimit: m });
        const reading = read(matrixOf(members));
        const levelOf = (name: string, id: string) => {
          const person = reading.people.find((p) => p.name === name)!;
          return person.areaLevels[NPULS_AREAS.findIndex((a) => a.toLowerCase() === id)]!;
        };
        const load = new Map<string, number>();
        for (const pair of analysis.pairs) {
          expect(levelOf(pair.learner, pair.area) >= options.threshold).toBe(false);
          if (pair.mentor === null) continue;
          load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
          expect(levelOf(pair.mentor, pair.area)).toBeGreaterThanOrEqual(mentorLevel(options.threshold));
        }
        expect([...load.values()].every((count) => count <= m)).toBe(true);
      }),
    );
  });

  test('pairs are deterministic, and who learns what does not depend on row order', () => {
    fc.assert(
      fc.property(team, settings, (members, options) => {
        const once = analyze(read(matrixOf(members)), options).pairs;
        expect(analyze(read(matrixOf(members)), options).pairs).toEqual(once);
        const reversed = [...members].reverse();
        const renamed = (name: string) => `P${members.length - 1 - Number(name.slice(1))}`;
        const learners = (pairs: typeof once, rename = (name: string) => name) =>
          pairs.map((pair) => `${pair.area}:${rename(pair.learner)}`).sort();
        expect(learners(analyze(read(matrixOf(reversed)), options).pairs, renamed)).toEqual(learners(once));
      }),
    );
  });
});

test('the JSON of docs/design.md#11-commands carries threshold, target and risk per area, keyPeople and pairs', () => {
  const report = analysisReport(analyze(read(TEAM)));
  expect(report.areas.find((a) => a.id === 'innovator')).toMatchObject({ threshold: 2, target: 2, risk: 9 });
  expect(report.everyone[0]).toMatchObject({ id: 'basis', threshold: 2 });
  expect(report.keyPeople.map((person) => person.name)).toEqual(['Chris', 'Dirk']);
  expect(report.pairs[0]).toEqual({ area: 'adviseur', learner: 'Dirk', mentor: 'Bram' });
});
