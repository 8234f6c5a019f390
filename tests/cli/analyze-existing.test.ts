// The four kinds of published skills matrices, analysed as they are with at most a profile list and an option
// (docs/design.md#3-levels-and-cell-values, docs/design.md#5-reading-a-matrix): a 0–4 template, 1–5 skills as rows, x/o with Login, 0/1 with an ID column first.

import { INSTRUCTIONS, idNameCsv } from '../support/existing-layouts';
import { runCli } from './run-cli';
import { semicolonCsv as csv, scratchFolder } from './scratch';

const { file } = scratchFolder('teamscan-existing-');

async function json(args: string[]) {
  const result = await runCli([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const SKILLS = ['SQL', 'Python', 'Excel', 'Presenting'];
/** The profile a user writes: the headers, one per line, with an area beside them. */
const PROFILE = file(
  'skills.csv',
  csv([
    ['Skill', 'Area'],
    ['SQL', 'Data'],
    ['Python', 'Data'],
    ['Excel', 'Office'],
    ['Presenting', 'Soft'],
  ]),
);

describe('a 0–4 team template with title, legend, totals, average and instructions', () => {
  const template = file(
    'template.csv',
    csv([
      ['Team skills matrix', '', '', '', ''],
      ['Legend: 0 = none … 4 = expert', '', '', '', ''],
      ['Name', ...SKILLS],
      ['Ada', 4, 2, 1, 0],
      ['Ben', 3, 1, 2, 0],
      ['Cor', 1, 0, 4, 1],
      ['Dewi', 2, 1, 0, 0],
      ['Eva', 0, 0, 1, 3],
      ['', 10, 4, 8, 4],
      ['Average', 2, 0.8, 1.6, 0.8],
      ['', '', '', '', ''],
      ...INSTRUCTIONS.map((line) => [line, '', '', '', '']),
    ]),
  );

  test('without a profile the first message says how to write one (--profiel)', async () => {
    const result = await runCli(['analyze', template]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('met --profiel BESTAND');
  });

  test('with the header list: five people, the totals, average and instructions left out', async () => {
    const report = await json(['analyze', template, '--profiel', PROFILE]);
    expect([report.people, report.scanned]).toEqual([5, 5]);
    expect(report.areas.find((area: { id: string }) => area.id === 'data')).toMatchObject({ covered: 2, scanned: 5 });
    expect(report.warnings).toEqual([
      'Regel 9 heeft waarden maar geen naam en is overgeslagen.',
      'Regel 10 ("Average") is een totaal-, gemiddelde- of normregel en is overgeslagen.',
      'De matrix eindigt bij de lege regel 11: regel(s) 12–18 eronder hebben geen niveaus en zijn niet gelezen.',
    ]);
  });
});

describe('a 1–5 matrix with skills as rows', () => {
  const rows = file(
    'skills-rows.csv',
    csv([
      ['Skill', 'Required', 'Anna', 'Bram', 'Chris', 'Dewi'],
      ['SQL', 3, 4, 2, 5, 1],
      ['Python', 4, 3, 3, 2, 1],
      ['Excel', 2, 5, 1, 1, 3],
      ['Presenting', 3, 1, 1, 4, 2],
    ]),
  );

  test('is refused naming --transponeer', async () => {
    const result = await runCli(['analyze', rows, '--profiel', PROFILE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--transponeer');
  });

  test('--transponeer --schaal 1-5 reads four people, the Required row left out', async () => {
    const report = await json(['analyze', rows, '--profiel', PROFILE, '--transponeer', '--schaal', '1-5']);
    expect(report.people).toBe(4);
    const office = report.areas.find((area: { id: string }) => area.id === 'office');
    // Excel 5, 1, 1, 3 on 1–5 is 4, 0, 0, 2: two at Bekwaam or above.
    expect(office).toMatchObject({ covered: 2, expert: 1 });
    expect(report.warnings.some((warning: string) => warning.includes('("Required") is een totaal-'))).toBe(true);
  });
});

describe('an x/o matrix whose names are under "Login"', () => {
  const xo = file(
    'login-xo.csv',
    csv([
      ['Login', ...SKILLS],
      ['ajansen', 'x', 'o', 'o', 'o'],
      ['bdevries', 'o', 'x', 'o', 'o'],
      ['cbakker', 'o', 'o', 'o', 'x'],
      ['dsmit', 'x', 'o', 'x', 'o'],
      ['epratama', 'o', 'o', 'o', 'o'],
    ]),
  );

  test('o is "no": at threshold 1 only the x holders cover, not everyone', async () => {
    const report = await json(['analyze', xo, '--profiel', PROFILE, '--drempel', '1']);
    expect(report.people).toBe(5);
    const office = report.areas.find((area: { id: string }) => area.id === 'office');
    expect(office.covered).toBe(1);
  });

  test('--schaal x-o: an area is covered by anyone holding any of its skills', async () => {
    const report = await json(['analyze', xo, '--profiel', PROFILE, '--schaal', 'x-o']);
    expect(report.areas.find((area: { id: string }) => area.id === 'data').covered).toBe(3);
    expect(report.warnings[0]).toContain(
      'een gebied telt als gedekt voor wie minstens één van zijn competenties heeft',
    );
  });
});

describe('a 0/1 CSV of 44 people × 127 skills with an ID column first', () => {
  const items = Array.from({ length: 127 }, (_, i) => `Skill ${i + 1}`);
  const list = file('list-127.csv', `${items.join('\n')}\n`);
  const team = file('team-44.csv', idNameCsv(items));

  test('the names come from "ID-name", never the numbers; ja-nee reads 1 as held', async () => {
    const report = await json(['analyze', team, '--profiel', list, '--schaal', 'ja-nee']);
    expect([report.people, report.scanned]).toEqual([44, 44]);
    expect(report.warnings).toContain(
      'Namen gelezen uit kolom B1 ("ID-name"); een andere kolom kiest u met --naamkolom KOP.',
    );
    // Someone holding any of the 127 covers the one area.
    expect(report.areas[0]).toMatchObject({ covered: 44, status: 'gedekt' });
  });

  test('--naamkolom chooses another column', async () => {
    const report = await json(['analyze', team, '--profiel', list, '--schaal', 'ja-nee', '--naamkolom', 'ID']);
    expect(report.warnings[0]).toBe('Namen gelezen uit kolom A1 ("ID"); een andere kolom kiest u met --naamkolom KOP.');
  });
});
