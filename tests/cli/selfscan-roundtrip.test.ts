// `teamscan selfscan` then `teamscan collect` on a team of 12 at each detail, from a .csv and from an .xlsx: one
// private file per person (no colleague's name in any XML part, a level picker per competency), answers back in.

import { mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../cli/read/xlsx';
import type { Detail } from '../../shared/profiles/detail';
import { resolveProfile } from '../../shared/profiles/resolve';
import { runCli } from './run-cli';
import {
  allXml,
  answer,
  answerCells,
  NAMES,
  pickerCells,
  teamRows,
  writeTeamCsv,
  writeTeamXlsx,
} from './selfscan-team';

const work = mkdtempSync(join(tmpdir(), 'teamscan-selfscan-'));

const cases: [Detail, 'csv' | 'xlsx'][] = (['gebieden', 'kva', 'competenties'] as const).flatMap((detail) =>
  (['csv', 'xlsx'] as const).map((kind): [Detail, 'csv' | 'xlsx'] => [detail, kind]),
);

describe.each(cases)('selfscan and collect at %s from a .%s', (detail, kind) => {
  const folder = join(work, `${detail}-${kind}`);
  const team = join(work, `team-${detail}.${kind}`);
  const out = join(work, `collected-${detail}-${kind}.xlsx`);

  test('one private workbook per person, with pickers and no colleague in any part', async () => {
    const rows = teamRows(detail);
    if (kind === 'csv') await writeTeamCsv(team, rows);
    else await writeTeamXlsx(team, rows);
    const made = await runCli(['selfscan', team, '--out', folder]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain('12 persoonlijke werkboeken');
    const files = (await readdir(folder)).sort();
    expect(files).toEqual(NAMES.map((name) => `Zelfscan ${name}.xlsx`).sort());
    for (const name of NAMES) {
      const xml = await allXml(join(folder, `Zelfscan ${name}.xlsx`));
      expect(xml).toContain(name);
      for (const other of NAMES.filter((candidate) => candidate !== name)) expect(xml).not.toContain(other);
      const questions = (await answerCells(join(folder, `Zelfscan ${name}.xlsx`))).filter((q) => q.kind === 'level');
      expect(questions).toHaveLength(rows[0]!.length - 1 - resolveProfile('npuls').areas.length);
      const sheet = xml.match(/<worksheet[\s\S]*?<\/worksheet>/)![0];
      const picked = pickerCells(sheet, 'kan ik niet beoordelen');
      expect(questions.filter((question) => !picked.has(question.cell))).toEqual([]);
      expect(xml).toContain('ontwikkelinstrument, geen beoordeling');
      expect(xml).toMatch(/<sheet [^>]*name="Teamscan-zelfscan"[^>]*state="veryHidden"/);
    }
  });

  test('answers come back, logged; an unanswered cell stays; the other sheets are kept', async () => {
    const anna = join(folder, 'Zelfscan Anna Jansen.xlsx');
    const bram = join(folder, 'Zelfscan Bram de Vries.xlsx');
    const annaCells = await answerCells(anna);
    const bramCells = await answerCells(bram);
    const wish = annaCells.find((q) => q.kind === 'wish')!;
    // Anna: first level to 4 via the picker's text, second emptied (not answered), wish to ja; Bram: first n.v.t.
    await answer(anna, { [annaCells[0]!.cell]: '4 - Expert', [annaCells[1]!.cell]: null, [wish.cell]: 'ja' });
    await answer(bram, { [bramCells[0]!.cell]: 'n.v.t. / kan ik niet beoordelen' });
    const result = await runCli(['collect', folder, '--into', team, '--out', out, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(json.returned).toHaveLength(12);
    expect(json.notReturned).toEqual([]);
    expect(json.changes).toEqual(
      [
        { name: 'Anna Jansen', column: annaCells[0]!.header, before: 0, now: 4 },
        { name: 'Anna Jansen', column: wish.header, before: null, now: 'ja' },
        { name: 'Bram de Vries', column: bramCells[0]!.header, before: 1, now: 'n.v.t.' },
      ].map((change) =>
        kind === 'csv' && typeof change.before === 'number' ? { ...change, before: String(change.before) } : change,
      ),
    );
    expect(json.conflicts).toEqual([]);
    const matrix = await readXlsx(out, undefined, 'Teammatrix');
    const header = matrix.values.find((row) => row[0] === 'Naam')!;
    const annaRow = matrix.values.find((row) => row[0] === 'Anna Jansen')!;
    expect(annaRow[header.indexOf(annaCells[0]!.header)]).toBe(4);
    expect(String(annaRow[header.indexOf(annaCells[1]!.header)])).toBe('1');
    expect(annaRow[header.indexOf(wish.header)]).toBe('ja');
    const log = await readXlsx(out, 'Teamscan-log', 'Teamscan-log');
    expect(log.values[0]).toEqual(['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu', 'Bron']);
    expect(log.values.slice(1).map((row) => [row[1], row[2], row[4], row[5]])).toEqual([
      ['Anna Jansen', annaCells[0]!.header, 4, 'zelfscan'],
      ['Anna Jansen', wish.header, 'ja', 'zelfscan'],
      ['Bram de Vries', bramCells[0]!.header, 'n.v.t.', 'zelfscan'],
    ]);
    if (kind === 'xlsx') expect((await readXlsx(out, 'Notities', 'Notities')).values).toEqual([['bewaren']]);
  });
});
