// Each formula gives the core's answer, and every bad input is an error with a message, never a silent number.

import { analyze } from '../../shared/analysis/analyze';
import { runFormula } from '../../shared/formulas/registry';
import type { CellValue } from '../../shared/matrix/grid';
import { HAN } from '../../shared/profiles/data/han';
import { NPULS } from '../../shared/profiles/data/npuls';
import { profileTableRows } from '../../shared/workbook/profile-sheet';
import { errorOf, read } from '../support/grids';

const team: CellValue[][] = [
  ['Naam', 'Basis', 'Coach', 'Adviseur', 'Ontwikkelwens adviseur', 'ADV-K1'],
  ['Anna', 3, 4, 2, null, 4],
  ['Bram', 1, 2, 'n.v.t.', null, 1],
  ['Chris', null, 'x', 0, 'ja', null],
];
const nl = { lang: 'nl' as const };
const en = { lang: 'en' as const };

describe('formulas', () => {
  test('DEKKING is the analysis as a table, every area in profile order', () => {
    const table = runFormula('DEKKING', [team], nl) as CellValue[][];
    const analysis = analyze(read(team));
    expect(table[0]).toEqual(['Gebied', 'Gedekt', 'Gevorderd+', 'Expert', 'Gescand', 'Status']);
    expect(table.slice(1)).toEqual(
      analysis.areas.map((area) => [area.role, area.covered, area.advanced, area.expert, area.scanned, area.status]),
    );
    const english = runFormula('COVERAGE', [team, 3, 1], en) as CellValue[][];
    expect(english[0]![0]).toBe('Area');
    expect(english.find((row) => row[0] === 'Coach')).toEqual(['Coach', 1, 1, 1, 3, 'covered']);
  });

  test('GEDEKT and WIE answer for one area named any way', () => {
    expect(runFormula('GEDEKT', [team, 'coach'], nl)).toBe(3);
    expect(runFormula('GEDEKT', [team, 'Coach', 3], nl)).toBe(1);
    expect(runFormula('WIE', [team, 'ADV'], nl)).toEqual([['Anna']]);
    expect(runFormula('WIE', [team, 'innovator'], nl)).toEqual([['']]);
  });

  test('HIATEN lists gaps, vulnerable areas, basis and blind spots with an explanation', () => {
    const rows = runFormula('HIATEN', [team], nl) as CellValue[][];
    const kinds = rows.slice(1).map((row) => `${row[0]}:${row[1]}`);
    // Areas nobody is scanned on are one separate line, never gaps, and have no candidates.
    expect(kinds).not.toContain('gat:Bruggenbouwer');
    expect(rows.at(-1)).toEqual([
      'nog niet gescand',
      'Bruggenbouwer, Didacticus, Innovator',
      'Niemand heeft hier al een niveau: geen gat, scan het team hierop.',
    ]);
    const gap = runFormula('HIATEN', [[...team.map((row) => row.slice(0, 2)), ['Dewi', 1]], 3], nl) as CellValue[][];
    expect(gap.map((row) => `${row[0]}:${row[1]}`)).toContain('basis:Basis');
    const innovator = runFormula(
      'HIATEN',
      [
        [
          ['Naam', 'Innovator'],
          ['Anna', 1],
        ],
      ],
      nl,
    ) as CellValue[][];
    expect(innovator[1]!.slice(0, 2)).toEqual(['gat', 'Innovator']);
    expect(kinds).toContain('kwetsbaar:Adviseur');
    expect(kinds).toContain('basis:Basis');
    const adviseur = rows.find((row) => row[1] === 'Adviseur')!;
    expect(String(adviseur[2])).toContain('Anna');
    expect(String(adviseur[2])).toContain('Kandidaten: Chris');
    const basis = rows.find((row) => row[0] === 'basis')!;
    expect(String(basis[2])).toContain('Bram');
  });

  test('SCORE gives a level, n.v.t. or empty, and names an unknown person', () => {
    expect(runFormula('SCORE', [team, 'anna', 'coach'], nl)).toBe(4);
    // Bram's Adviseur quick value is n.v.t., but he has an item level there: the finer scan counts (docs/design.md#4-what-the-answers-mean).
    expect(runFormula('SCORE', [team, 'Bram', 'adviseur'], nl)).toBe(1);
    expect(
      runFormula(
        'SCORE',
        [
          [
            ['Naam', 'Adviseur'],
            ['Bram', 'nvt'],
          ],
          'Bram',
          'adviseur',
        ],
        nl,
      ),
    ).toBe('n.v.t.');
    expect(runFormula('SCORE', [team, 'Chris', 'basis'], nl)).toBe('');
    expect(errorOf(() => runFormula('SCORE', [team, 'Dewi', 'coach'], nl)).message).toContain('"Dewi"');
  });

  test('BASISNIVEAU gives each person the lowest everyone-area level and a status', () => {
    expect(runFormula('BASISNIVEAU', [team], nl)).toEqual([
      ['Naam', 'Basisniveau', 'Status'],
      ['Anna', 3, 'gedekt'],
      ['Bram', 1, 'gat'],
      ['Chris', '', 'niet gescand'],
    ]);
    const han = [
      ['Naam', 'Zelf digitaal geletterd zijn', 'Professioneel handelen'],
      ['Anna', 3, 1],
    ];
    expect((runFormula('BASISNIVEAU', [han, null, 'han'], nl) as CellValue[][])[1]).toEqual(['Anna', 1, 'gat']);
    expect(HAN.areas.filter((area) => area.scope === 'everyone')).toHaveLength(2);
  });

  test('KANDIDATEN orders by wish, then level, and takes at most the count', () => {
    expect(runFormula('KANDIDATEN', [team, 'adviseur'], nl)).toEqual([['Chris'], ['Bram']]);
    expect(runFormula('KANDIDATEN', [team, 'coach', 2, 4], nl)).toEqual([['Bram'], ['Chris']]);
    expect(errorOf(() => runFormula('KANDIDATEN', [team, 'coach', 0], nl)).detail.key).toBe('invalidCount');
  });

  test('PROFIEL gives the profile at each detail; a custom table works as profile', () => {
    const items = runFormula('PROFIEL', [], nl) as CellValue[][];
    expect(items).toHaveLength(128);
    expect(items[1]!.slice(0, 3)).toEqual(['BAS-K1', 'Basis', 'K']);
    expect(runFormula('PROFIEL', ['npuls', 'gebieden'], nl)).toHaveLength(7);
    expect(runFormula('PROFIEL', ['npuls', 'kva'], nl)).toHaveLength(19);
    const custom = profileTableRows(NPULS, 'nl') as CellValue[][];
    expect(runFormula('GEDEKT', [team, 'coach', 2, custom], nl)).toBe(3);
    expect(errorOf(() => runFormula('PROFIEL', ['onbekend'], nl)).detail.key).toBe('unknownProfile');
    expect(errorOf(() => runFormula('PROFIEL', ['npuls', 'alles'], nl)).detail.key).toBe('unknownDetail');
  });

  test('NIVEAU reads one cell and names the cell when it is not a level', () => {
    expect(runFormula('NIVEAU', ['3 - Gevorderd'], nl)).toBe(3);
    expect(runFormula('NIVEAU', [[['x']]], nl)).toBe(2);
    expect(runFormula('NIVEAU', ['nvt'], en)).toBe('n/a');
    expect(runFormula('NIVEAU', [0], { lang: 'nl', argumentInfo: [{ emptyMask: [[true]] }] })).toBe('');
    const error = errorOf(() =>
      runFormula('NIVEAU', [[['hoog']]], {
        lang: 'nl',
        argumentInfo: [{ origin: { sheet: 'Blad1', row: 4, column: 3 } }],
      }),
    );
    expect(error.message).toContain('Blad1!C4');
    expect(error.message).toContain('"hoog"');
  });

  test('a bad cell is named: in a note row of a table, as the error of an answer whose scope holds it', () => {
    const bad = [...team, ['Dewi', 'hoog', 2, 2, null, null]];
    for (const id of ['DEKKING', 'HIATEN', 'BASISNIVEAU']) {
      expect((runFormula(id, [bad], nl) as CellValue[][]).at(-1)![0]).toBe('Niet meegeteld: B5 "hoog"');
    }
    expect(errorOf(() => runFormula('GEDEKT', [bad, 'basis'], nl)).message).toContain('"hoog"');
    expect(runFormula('GEDEKT', [bad, 'coach'], nl)).toBe(4);
  });

  test('a scalar where a matrix belongs, or a missing area, is an error', () => {
    expect(errorOf(() => runFormula('DEKKING', ['A1:B3'], nl)).detail.key).toBe('notAMatrix');
    expect(errorOf(() => runFormula('DEKKING', [null], nl)).detail.key).toBe('missingArgument');
    expect(errorOf(() => runFormula('GEDEKT', [team, ''], nl)).detail.key).toBe('missingArgument');
    expect(errorOf(() => runFormula('GEDEKT', [team, 'astronaut'], nl)).detail.key).toBe('unknownArea');
  });
});
