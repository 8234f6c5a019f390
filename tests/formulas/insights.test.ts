// SLEUTELPERSONEN, LEERKOPPELS, VOORTGANG and norms tables as drempel/doel: the core's answers as tables.

import { analyze } from '../../shared/analysis/analyze';
import { byRisk } from '../../shared/analysis/insights';
import { runFormula } from '../../shared/formulas/registry';
import type { CellValue } from '../../shared/matrix/grid';
import { errorOf, read } from '../support/grids';
import { INSIGHTS_TEAM } from '../support/insights-team';

const TEAM = INSIGHTS_TEAM;
const NORMS: CellValue[][] = [
  ['Gebied', 'Drempel', 'Doel'],
  ['Coach', 3, 1],
  ['Innovator', 1, null],
];
const nl = { lang: 'nl' as const };
const en = { lang: 'en' as const };

describe('insight formulas', () => {
  test('SLEUTELPERSONEN is the analysis’ key people: Naam, Gebieden, Competenties', () => {
    expect(runFormula('SLEUTELPERSONEN', [TEAM], nl)).toEqual([
      ['Naam', 'Gebieden', 'Competenties'],
      ['Chris', 'Coach', ''],
      ['Dirk', 'Coach', ''],
    ]);
    expect((runFormula('KEYPEOPLE', [TEAM], en) as CellValue[][])[0]).toEqual(['Name', 'Areas', 'Competencies']);
    // Target 1: coach has 2 coverers, more than the target, and nobody is key for it any more.
    const wider = runFormula('SLEUTELPERSONEN', [TEAM, 2, 1], nl) as CellValue[][];
    expect(wider.some((row) => row[1] === 'Coach')).toBe(false);
  });

  test('LEERKOPPELS gives the analysis’ pairs; an empty mentor means none in the team; max limits a mentor', () => {
    const analysis = analyze(read(TEAM));
    const table = runFormula('LEERKOPPELS', [TEAM], nl) as CellValue[][];
    expect(table[0]).toEqual(['Gebied', 'Leerder', 'Begeleider']);
    const roles = new Map(analysis.areas.map((area) => [area.id, area.role]));
    expect(table.slice(1)).toEqual(
      analysis.pairs.map((pair) => [roles.get(pair.area), pair.learner, pair.mentor ?? '']),
    );
    expect(table.length).toBeGreaterThan(2);
    const limited = runFormula('PAIRS', [TEAM, null, 1], en) as CellValue[][];
    const load = new Map<CellValue, number>();
    for (const row of limited.slice(1)) if (row[2]) load.set(row[2], (load.get(row[2]) ?? 0) + 1);
    expect(Math.max(...load.values())).toBe(1);
    expect(errorOf(() => runFormula('LEERKOPPELS', [TEAM, null, 0], nl)).detail.key).toBe('invalidCount');
  });

  test('VOORTGANG compares two rounds per area', () => {
    const before = TEAM.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === 4 ? 0 : cell))));
    const table = runFormula('VOORTGANG', [TEAM, before], nl) as CellValue[][];
    expect(table[0]).toEqual(['Gebied', 'Gedekt eerder', 'Gedekt nu', 'Verschil', 'Status eerder', 'Status nu']);
    // Coach (column 4): nobody covered it before, Chris and Dirk now.
    expect(table.find((row) => row[0] === 'Coach')).toEqual(['Coach', 0, 2, 2, 'gat', 'gedekt']);
    expect(table.find((row) => row[0] === 'Adviseur')).toEqual(['Adviseur', 3, 3, 0, 'gedekt', 'gedekt']);
    expect(table).toHaveLength(7);
    expect((runFormula('PROGRESS', [TEAM, before], en) as CellValue[][])[0]![3]).toBe('Change');
    expect(errorOf(() => runFormula('VOORTGANG', [TEAM, null], nl)).detail.key).toBe('missingArgument');
  });

  test('a norms table as drempel or doel sets each area’s own threshold and target', () => {
    const normed = analyze(read(TEAM), { norms: { values: NORMS } });
    const dekking = runFormula('DEKKING', [TEAM, NORMS, NORMS], nl) as CellValue[][];
    expect(dekking.slice(1).map((row) => row[1])).toEqual(normed.areas.map((area) => area.covered));
    // As doel alone the same table sets the thresholds too.
    expect(runFormula('DEKKING', [TEAM, null, NORMS], nl)).toEqual(dekking);
    expect(runFormula('GEDEKT', [TEAM, 'coach', NORMS], nl)).toBe(1);
    expect(runFormula('WIE', [TEAM, 'innovator', NORMS], nl)).toEqual([['Bram'], ['Dirk']]);
    expect(runFormula('KANDIDATEN', [TEAM, 'coach', 5, NORMS], nl)).toEqual([['Dirk'], ['Anna'], ['Eva'], ['Bram']]);
    for (const id of ['HIATEN', 'SLEUTELPERSONEN', 'VOORTGANG', 'LEERKOPPELS']) {
      const args = id === 'VOORTGANG' ? [TEAM, TEAM, NORMS] : [TEAM, NORMS];
      expect([id, runFormula(id, args, nl)]).not.toEqual([id, runFormula(id, args.slice(0, -1), nl)]);
    }
  });

  test('a range that is no norms table, or two different tables, is an error naming it', () => {
    const error = errorOf(() =>
      runFormula(
        'DEKKING',
        [
          TEAM,
          [
            [1, 2],
            [3, 4],
          ],
        ],
        {
          lang: 'nl',
          argumentInfo: [undefined, { origin: { sheet: 'Dekking', row: 2, column: 2 } }],
        },
      ),
    );
    expect(error.detail.key).toBe('normsNoHeader');
    expect(error.message).toContain('Dekking!B2:C3');
    const other = [
      ['Gebied', 'Drempel'],
      ['Coach', 1],
    ];
    expect(errorOf(() => runFormula('DEKKING', [TEAM, NORMS, other], nl)).detail.key).toBe('normsTwoTables');
    expect(
      errorOf(() =>
        runFormula(
          'DEKKING',
          [
            TEAM,
            [
              ['Gebied', 'Drempel'],
              ['Astronaut', 1],
            ],
          ],
          nl,
        ),
      ).detail.key,
    ).toBe('normsUnknownArea');
  });

  test('BASISNIVEAU with a norms table holds each basic area to its own threshold', () => {
    const basis = [
      ['Gebied', 'Drempel'],
      ['Basis', 1],
    ];
    expect(runFormula('BASISNIVEAU', [TEAM, basis], nl)).toContainEqual(['Dirk', 1, 'gedekt']);
    expect(runFormula('BASISNIVEAU', [TEAM], nl)).toContainEqual(['Dirk', 1, 'gat']);
  });

  test('HIATEN lists gaps and vulnerable areas by risk, highest first', () => {
    const rows = runFormula('HIATEN', [TEAM, 3], nl) as CellValue[][];
    const network = rows.slice(1).filter((row) => row[0] === 'gat' || row[0] === 'kwetsbaar');
    const expected = byRisk(analyze(read(TEAM), { threshold: 3 }).areas).map((area) => area.role);
    expect(network.map((row) => row[1])).toEqual(expected);
    expect(expected).toEqual(['Innovator', 'Coach']);
    const risks = byRisk(analyze(read(TEAM), { threshold: 3 }).areas).map((area) => area.risk!);
    expect([...risks].sort((a, b) => b - a)).toEqual(risks);
    expect(new Set(risks).size).toBeGreaterThan(1);
  });
});
