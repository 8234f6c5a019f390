// The answers of docs/design.md#4-what-the-answers-mean: statuses, counts, basis, blind spots, candidates and the JSON report.

import { analyze } from '../../shared/analysis/analyze';
import { analysisReport } from '../../shared/analysis/report';
import { rollUp } from '../../shared/analysis/rollup';
import type { CellValue } from '../../shared/matrix/grid';
import { errorOf, read } from '../support/grids';

function areaOf(values: CellValue[][], id: string, options = {}) {
  const area = analyze(read(values), options).areas.find((candidate) => candidate.id === id);
  if (!area) throw new Error(id);
  return area;
}

describe('network areas', () => {
  const team: CellValue[][] = [
    ['Naam', 'Coach', 'Adviseur', 'Innovator', 'Didacticus'],
    ['Anna', 4, 3, 1, null],
    ['Bram', 2, 1, 'n.v.t.', null],
    ['Chris', 'Bekwaam', 0, null, null],
  ];

  test('gedekt when at least the target covers it, with Gevorderd+ and Expert counts', () => {
    expect(areaOf(team, 'coach')).toMatchObject({ covered: 3, advanced: 1, expert: 1, scanned: 3, status: 'gedekt' });
  });

  test('kwetsbaar when fewer than the target cover it', () => {
    expect(areaOf(team, 'adviseur')).toMatchObject({
      covered: 1,
      scanned: 3,
      status: 'kwetsbaar',
      coveredBy: ['Anna'],
    });
    expect(areaOf(team, 'coach', { target: 4 }).status).toBe('kwetsbaar');
  });

  test('gat when nobody covers it; n.v.t. and empty do not count as scanned', () => {
    expect(areaOf(team, 'innovator')).toMatchObject({ covered: 0, scanned: 1, status: 'gat' });
  });

  test('niet gescand, not a gap, when nobody has a level on it: no risk, no candidates (JSON too)', () => {
    const didacticus = areaOf(team, 'didacticus');
    expect(didacticus).toMatchObject({ covered: 0, scanned: 0, status: 'niet gescand', candidates: [] });
    expect(didacticus.risk).toBeUndefined();
    const json = analysisReport(analyze(read(team))).areas.find((area) => area.id === 'didacticus');
    expect(json).toMatchObject({ status: 'niet gescand', risk: null, candidates: [] });
    // Only n.v.t. is no level either.
    expect(areaOf(team, 'innovator', {}).status).toBe('gat');
    expect(
      areaOf(
        [
          ['Naam', 'Innovator', 'Coach'],
          ['Anna', 'n.v.t.', 3],
        ],
        'innovator',
      ),
    ).toMatchObject({ status: 'niet gescand', candidates: [] });
  });

  test('blind spots only among scanned items: an item nobody has a level on is none', () => {
    const analysis = analyze(
      read([
        ['Naam', 'ADV-K1', 'ADV-K2', 'ADV-K3'],
        ['Anna', 1, null, 'n.v.t.'],
        ['Bram', 0, null, null],
      ]),
    );
    expect(analysis.blindSpots.map((spot) => spot.id)).toEqual(['ADV-K1']);
  });

  test('the threshold decides who covers', () => {
    expect(areaOf(team, 'coach', { threshold: 3 })).toMatchObject({ covered: 1, status: 'kwetsbaar' });
    expect(areaOf(team, 'coach', { threshold: 'Expert' }).covered).toBe(1);
    expect(areaOf(team, 'adviseur', { threshold: 0 }).covered).toBe(3);
  });

  test('a bad threshold or target is an error', () => {
    expect(errorOf(() => analyze(read(team), { threshold: 5 })).detail.key).toBe('invalidThreshold');
    expect(errorOf(() => analyze(read(team), { threshold: 'hoog' })).detail.key).toBe('invalidThreshold');
    expect(errorOf(() => analyze(read(team), { target: 0 })).detail.key).toBe('invalidTarget');
    expect(errorOf(() => analyze(read(team), { target: 1.5 })).detail.key).toBe('invalidTarget');
  });
});

describe('everyone areas (basis)', () => {
  test('gedekt when every scanned person covers it', () => {
    const basis = areaOf(
      [
        ['Naam', 'Basis', 'Coach'],
        ['Anna', 2, 1],
        ['Bram', 3, null],
        ['Chris', null, 2],
      ],
      'basis',
    );
    expect(basis).toMatchObject({ covered: 2, scanned: 2, status: 'gedekt', below: [], missing: ['Chris'] });
  });

  test('gat with the names below the threshold', () => {
    const basis = areaOf(
      [
        ['Naam', 'Basis'],
        ['Anna', 2],
        ['Bram', 1],
      ],
      'basis',
    );
    expect(basis).toMatchObject({ status: 'gat', below: ['Bram'] });
  });

  test('niet gescand when nobody is scanned on it', () => {
    expect(
      areaOf(
        [
          ['Naam', 'Basis', 'Coach'],
          ['Anna', null, 3],
        ],
        'basis',
      ).status,
    ).toBe('niet gescand');
  });
});

describe('blind spots', () => {
  test('an item nobody reaches, even when its area is covered on average', () => {
    const analysis = analyze(
      read([
        ['Naam', 'ADV-K1', 'ADV-K2', 'COA-K1'],
        ['Anna', 4, 1, 2],
        ['Bram', 4, 1, null],
      ]),
    );
    expect(analysis.blindSpots.map((spot) => spot.id)).toEqual(['ADV-K2']);
    expect(analysis.areas.find((area) => area.id === 'adviseur')!.status).toBe('gedekt');
  });

  test('only items with a column of their own can be blind spots', () => {
    expect(
      analyze(
        read([
          ['Naam', 'Adviseur'],
          ['Anna', 0],
        ]),
      ).blindSpots,
    ).toEqual([]);
  });
});

describe('candidates', () => {
  test('development wish first, then level high to low, then row order; n.v.t. left out', () => {
    const coach = areaOf(
      [
        ['Naam', 'Coach', 'Ontwikkelwens coach'],
        ['Anna', 1, null],
        ['Bram', null, 'ja'],
        ['Chris', 0, 'x'],
        ['Dewi', 1, null],
        ['Eva', 'n.v.t.', 'ja'],
        ['Fleur', 3, null],
      ],
      'coach',
    );
    expect(coach.status).toBe('kwetsbaar');
    expect(coach.candidates).toEqual(['Chris', 'Bram', 'Anna', 'Dewi']);
  });

  test('none for a covered area', () => {
    expect(
      areaOf(
        [
          ['Naam', 'Coach'],
          ['Anna', 3],
          ['Bram', 3],
          ['Chris', 0],
        ],
        'coach',
      ).candidates,
    ).toEqual([]);
  });
});

describe('people and report', () => {
  const values: CellValue[][] = [
    ['Naam', 'Afdeling', 'Basis', 'Coach'],
    ['Anna', 'CTL', 2, 3],
    ['Bram', 'ICTO', null, null],
  ];

  test('counts people with a name and people scanned', () => {
    const analysis = analyze(read(values));
    expect([analysis.people, analysis.scanned]).toEqual([2, 1]);
  });

  test('the JSON report has the fields of docs/design.md#11-commands', () => {
    const report = analysisReport(analyze(read(values)));
    expect(Object.keys(report)).toEqual([
      'profile',
      'threshold',
      'target',
      'people',
      'scanned',
      'areas',
      'everyone',
      'blindSpots',
      'keyPeople',
      'pairs',
      'warnings',
    ]);
    expect(report.areas.map((area) => area.id)).toEqual([
      'bruggenbouwer',
      'adviseur',
      'coach',
      'didacticus',
      'innovator',
    ]);
    expect(report.areas[2]).toMatchObject({
      id: 'coach',
      covered: 1,
      advanced: 1,
      expert: 0,
      scanned: 1,
      status: 'kwetsbaar',
    });
    expect(report.everyone[0]).toMatchObject({ id: 'basis', met: 1, scanned: 1, below: [], status: 'gedekt' });
    expect(report.warnings).toEqual(['Kolom B1 ("Afdeling") hoort niet bij het profiel en is overgeslagen.']);
  });

  test('a roll-up counts every team, qualifying names that occur in several', () => {
    const a = read([
      ['Naam', 'Coach'],
      ['Anna', 3],
      ['Bram', 1],
    ]);
    const b = read([
      ['Naam', 'Coach', 'ADV-K1'],
      ['Anna', 3],
      ['Chris', 2, 0],
    ]);
    const total = analyze(
      rollUp([
        { label: 'a.csv', input: a },
        { label: 'b.csv', input: b },
      ]),
    );
    expect(total.people).toBe(4);
    expect(total.areas.find((area) => area.id === 'coach')!.coveredBy).toEqual([
      'Anna (a.csv)',
      'Anna (b.csv)',
      'Chris',
    ]);
    expect(total.blindSpots.map((spot) => spot.id)).toEqual(['ADV-K1']);
  });
});
