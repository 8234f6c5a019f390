// The scan form's host-free logic (shared/scan): layout, drafts, row writes, progress, profile detection.

import { EMPTY } from '../../shared/levels/levels';
import { profileIndex } from '../../shared/matrix/columns';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { competencyColumns } from '../../shared/profiles/detail';
import { buildRowWrite, draftFromRow, isDirty } from '../../shared/scan/draft';
import { helperFormula } from '../../shared/scan/formula-helper';
import { parseNames, summarizePlan } from '../../shared/scan/injection';
import { neighbour, personAtRow } from '../../shared/scan/layout';
import { profileOfWorkbook } from '../../shared/scan/profile-of-workbook';
import { areaProgress, draftAreaLevels, totalProgress } from '../../shared/scan/progress';
import { readTeam } from '../../shared/scan/team';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { injectedBridge } from '../preview/helpers';

const npuls = findBuiltinProfile('npuls')!;

async function team(detail: 'gebieden' | 'kva' | 'competenties', names = ['Anna', 'Bram']) {
  const { bridge } = await injectedBridge(names, detail);
  return { bridge, team: readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))! };
}

describe('scan layout', () => {
  test.each(['gebieden', 'kva', 'competenties'] as const)(
    'has one field per competency column at %s',
    async (detail) => {
      const { team: t } = await team(detail);
      expect(t.layout.fields.map((field) => field.key)).toEqual(
        competencyColumns(npuls, detail).map((column) => column.id),
      );
      expect(t.layout.areas.map((area) => area.id)).toEqual(npuls.areas.map((area) => area.id));
      expect(t.layout.nameColumn).toBe(0);
      expect(t.layout.updatedColumn).toBe(3);
    },
  );

  test('item fields carry the item text and are grouped K, V, A', async () => {
    const { team: t } = await team('competenties');
    const adviseur = t.layout.areas.find((area) => area.id === 'adviseur')!;
    expect(adviseur.groups.map((group) => group.type)).toEqual(['K', 'V', 'A']);
    const item = profileIndex(npuls).items.find(({ item }) => item.id === 'ADV-V3')!.item;
    expect(t.layout.fields.find((field) => field.key === 'ADV-V3')?.text).toBe(item.text);
    expect(adviseur.wishColumn).toBeDefined();
  });

  test('finds the person of a row and their neighbours', async () => {
    const { team: t } = await team('gebieden', ['Anna', 'Bram', 'Chris']);
    const bram = personAtRow(t.reading, 3)!;
    expect(bram.name).toBe('Bram');
    expect(neighbour(t.reading, bram, -1)?.name).toBe('Anna');
    expect(neighbour(t.reading, bram, 1)?.name).toBe('Chris');
    expect(personAtRow(t.reading, 1)).toBeUndefined();
    expect(personAtRow(t.reading, 9)).toBeUndefined();
  });
});

describe('drafts and the row write', () => {
  test('only changed cells are written, as numbers, n.v.t., ja/nee', async () => {
    const { team: t } = await team('gebieden');
    const before = draftFromRow(t.layout, t.grid.values[1]!, 2);
    const after = {
      answers: { ...before.answers, basis: 3, coach: 'nvt' as const },
      wishes: { ...before.wishes, coach: true },
    };
    expect(isDirty(t.layout, before, before)).toBe(false);
    expect(isDirty(t.layout, before, after)).toBe(true);
    const loaded = [...t.grid.values[1]!];
    const write = buildRowWrite(t.layout, { name: 'Anna', sheetRow: 2 }, before, after, loaded);
    const header = (key: string) => t.layout.fields.find((field) => field.key === key)!.header;
    const coach = t.layout.areas.find((area) => area.id === 'coach')!;
    // Columns are named by header, each with the value the form loaded (empty here): compare-and-set.
    expect(write).toEqual({
      sheet: 'Teammatrix',
      headerRow: 1,
      row: 2,
      nameHeader: 'Naam',
      expectedName: 'Anna',
      updatedHeader: 'Bijgewerkt',
      cells: [
        { header: header('basis'), expected: null, value: 3 },
        { header: header('coach'), expected: null, value: 'n.v.t.' },
        { header: coach.wishHeader, expected: null, value: 'ja' },
      ],
    });
  });

  test('a cell that is no level gives the core error naming the cell', async () => {
    const { team: t } = await team('gebieden');
    const row = [...t.grid.values[1]!];
    row[4] = 'veel';
    expect(() => draftFromRow(t.layout, row, 2)).toThrow(/Teammatrix!E2.*"veel"/);
  });

  test('progress and area levels follow the draft', async () => {
    const { team: t } = await team('kva');
    const empty = draftFromRow(t.layout, t.grid.values[1]!, 2);
    const draft = { ...empty, answers: { ...empty.answers, 'ADV-K': 2, 'ADV-V': 4, 'ADV-A': 'nvt' as const } };
    const adviseur = npuls.areas.findIndex((area) => area.id === 'adviseur');
    expect(areaProgress(t.layout, draft, adviseur)).toEqual({ done: 3, total: 3 });
    expect(totalProgress(t.layout, draft)).toEqual({ done: 3, total: t.layout.fields.length });
    expect(draftAreaLevels(t.layout, draft)[t.layout.areas.findIndex((area) => area.area === adviseur)]).toBe(3);
  });
});

describe('workbook profile, injection summary and formula helper', () => {
  test('detects the profile from the matrix header', () => {
    const han = findBuiltinProfile('han')!;
    const header = ['Naam', ...competencyColumns(han, 'gebieden').map((column) => column.header)];
    expect(profileOfWorkbook(header).id).toBe('han');
    expect(profileOfWorkbook(['Naam', 'Adviseur', 'Coach']).id).toBe('npuls');
  });

  test('summarises what an injection adds', async () => {
    const { bridge } = await injectedBridge(['Anna']);
    const plan = buildWorkbookPlan({
      profile: npuls,
      detail: 'gebieden',
      lang: 'nl',
      names: parseNames('Anna\nBram; Chris\n\n'),
      existingMatrix: (await bridge.readSheet('Teammatrix')).grid,
    });
    const summary = summarizePlan(plan, new Set(['Teammatrix', 'Profiel', 'Dekking']));
    expect(summary.newNames).toBe(2);
    expect(summary.newColumns).toBe(0);
    expect(summary.sheets.find((sheet) => sheet.name === 'Teammatrix')).toEqual({
      name: 'Teammatrix',
      mode: 'merge',
      exists: true,
    });
  });

  test('renders formulas in each host syntax', async () => {
    const { team: t } = await team('gebieden');
    expect(helperFormula('excel', t, 'DEKKING', { dashboard: true })).toBe(
      '=TEAMSCAN.DEKKING(Teammatrix[#All],Dekking!$B$2,Dekking!$B$3,"npuls")',
    );
    expect(helperFormula('sheets', t, 'GEDEKT', { area: 'coach', threshold: 3 })).toMatch(
      /^=GEDEKT\(Teammatrix!A1:[A-Z]+,"coach",3,"npuls"\)$/,
    );
    expect(helperFormula('preview', t, 'SCORE', { person: 'Bram', area: 'adviseur' })).toMatch(
      /^=SCORE\(Teammatrix!A1:[A-Z]+,"Bram","adviseur","npuls"\)$/,
    );
  });

  test('passes the Dekking sheet’s norms table as drempel and doel when the sheet has one, as its own formulas do', async () => {
    const { team: t } = await team('gebieden');
    const normsRange = { row: 14, column: 0, rows: 7, columns: 3 };
    expect(helperFormula('excel', t, 'DEKKING', { dashboard: true, normsRange })).toBe(
      '=TEAMSCAN.DEKKING(Teammatrix[#All],Dekking!$A$15:$C$21,Dekking!$A$15:$C$21,"npuls")',
    );
    // LEERKOPPELS takes only a threshold (and a mentor limit, its default 2 written out): the table goes where the threshold goes.
    expect(helperFormula('sheets', t, 'LEERKOPPELS', { dashboard: true, normsRange })).toMatch(
      /^=LEERKOPPELS\(Teammatrix!A1:[A-Z]+,Dekking!\$A\$15:\$C\$21,2,"npuls"\)$/,
    );
  });
});

describe('lenient reading for the panel', () => {
  const npulsProfile = findBuiltinProfile('npuls')!;
  const grid = {
    values: [
      ['Naam', 'Basis', 'Coach'],
      ['Anna', 2, 'hoog'],
      ['Bram', 3, 1],
      ['anna ', 1, 1],
    ],
  };
  test('strict reading (formulas, analyze) still throws on the first unreadable cell', () => {
    expect(() => readMatrix(grid, npulsProfile)).toThrow(/C2/);
  });
  test('lenient reading leaves the cell and the repeated name out and lists both', () => {
    const reading = readMatrix(grid, npulsProfile, { lenient: true });
    expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
    expect(reading.people[0]!.areaLevels[3]).toBe(EMPTY);
    expect(reading.problems!.map((problem) => [problem.message.key, problem.row, problem.column])).toEqual([
      ['invalidLevel', 2, 3],
      ['duplicatePerson', 4, 1],
    ]);
  });
});
