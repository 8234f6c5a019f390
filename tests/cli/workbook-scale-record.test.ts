// A no-install workbook written from a yes/no matrix records its scale (the defined name Teamscan_Schaal,
// docs/workbook.md): `analyze`, `report` and `compare` of it count an area as covered by whoever holds any of its
// items, as its own formulas and `analyze --schaal` on the source do, without an option; a contradicting --schaal is
// refused naming both.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { rewriteParts } from '../../cli/xlsx/zip-rewrite';
import type { CellValue } from '../../shared/matrix/grid';
import { runCli } from './run-cli';
import { semicolonCsv as csv, scratchFolder } from './scratch';

const { dir: DIR, file } = scratchFolder('teamscan-scale-record-');

/** The --json answer; `warned`: the command may say things on stderr (compare names each file's notes there). */
async function json(args: string[], warned = false) {
  const result = await runCli([...args, '--json']);
  if (!warned) expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

type Report = { areas: { id: string; covered: number; scanned: number; level?: unknown }[]; people: number };
const coach = (report: Report) => report.areas.find((area) => area.id === 'coach')!.covered;
const counts = (report: Report) => report.areas.map(({ id, covered, scanned }) => [id, covered, scanned]);

/** Coach and Adviseur by their items, as a yes/no matrix holds them: nobody holds every item of an area. */
const HEADER = ['Naam', 'COA-K1', 'COA-K2', 'COA-V1', 'ADV-K1', 'ADV-K2'];
const YES_NO: CellValue[][] = [
  HEADER,
  ['Anna', 'ja', 'nee', 'nee', 'ja', 'nee'],
  ['Bram', 'nee', 'ja', 'nee', 'nee', 'nee'],
  ['Chris', 'nee', 'nee', 'nee', 'nee', 'ja'],
  ['Dewi', 'nee', 'nee', 'ja', 'nee', 'nee'],
];

async function written(source: string, name: string, scale: string): Promise<string> {
  const out = join(DIR, name);
  const result = await runCli(['workbook', '--from', source, '--schaal', scale, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return out;
}

/** The text of one part of the written archive (local headers: the part's name, then its deflated data). */
function partText(path: string, part: string): string {
  const zip = readFileSync(path);
  for (let at = 0; at < zip.length - 30; ) {
    if (zip.readUInt32LE(at) !== 0x04034b50) break;
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const data = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    if (name === part) return (zip.readUInt16LE(at + 8) === 0 ? data : inflateRawSync(data)).toString('utf8');
    at += 30 + nameLength + size;
  }
  throw new Error(`no part ${part}`);
}

describe('a workbook written from a ja-nee matrix', () => {
  const source = file('ja-nee.csv', csv(YES_NO));

  test('records its scale as the defined name Teamscan_Schaal', async () => {
    const out = await written(source, 'ja-nee.xlsx', 'ja-nee');
    expect(partText(out, 'xl/workbook.xml')).toContain('<definedName name="Teamscan_Schaal">"ja-nee"</definedName>');
  });

  test('analyze of it, without --schaal, gives what analyze --schaal ja-nee gives on the source', async () => {
    const out = await written(source, 'ja-nee-analyze.xlsx', 'ja-nee');
    const fromSource = await json(['analyze', source, '--schaal', 'ja-nee']);
    const fromWorkbook = await json(['analyze', out]);
    expect(counts(fromWorkbook)).toEqual(counts(fromSource));
    // Coach: three people hold one item each; averaged, nobody would reach 2.
    expect(coach(fromWorkbook)).toBe(3);
    const text = await runCli(['analyze', out]);
    expect(text.stdout).toContain('Schaal ja-nee: een competentie is gehaald (2) of niet (0)');
    // A --schaal that agrees (any yes/no scale) reads it alike.
    expect(counts(await json(['analyze', out, '--schaal', 'x-o']))).toEqual(counts(fromSource));
  });

  test('compare and report read it in that scale too', async () => {
    const out = await written(source, 'ja-nee-compare.xlsx', 'ja-nee');
    const compared = await json(['compare', source, out, '--schaal', 'ja-nee'], true);
    for (const area of compared.areas) expect(area.coveredNow).toBe(area.coveredBefore);
    const plain = await json(['compare', out, out], true);
    expect(plain.areas.find((area: { id: string }) => area.id === 'coach').coveredNow).toBe(3);
    const html = join(DIR, 'report.html');
    const report = await runCli(['report', out, '--out', html]);
    expect(report.code).toBe(0);
    expect(report.stderr).toContain('ja-nee-compare.xlsx: Schaal ja-nee: een competentie is gehaald (2) of niet (0)');
  });

  test('a --schaal that contradicts the record is refused naming both, in Dutch and English', async () => {
    const out = await written(source, 'ja-nee-refused.xlsx', 'ja-nee');
    const dutch = await runCli(['analyze', out, '--schaal', '0-4']);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain(
      'ja-nee-refused.xlsx is geschreven van een ja/nee-matrix (schaal ja-nee, vastgelegd in de naam Teamscan_Schaal)',
    );
    expect(dutch.stderr).toContain('--schaal 0-4 spreekt dat tegen; laat --schaal weg.');
    const english = await runCli(['analyze', out, '--schaal', '1-5', '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('--schaal 1-5 contradicts that; leave out --schaal.');
  });

  test('a record edited by hand: another value is refused naming it; a sheet’s own name of that spelling is no record', async () => {
    const out = await written(source, 'ja-nee-edited.xlsx', 'ja-nee');
    const edited = async (name: string, change: (xml: string) => string) => {
      const path = join(DIR, name);
      const parts = new Map([['xl/workbook.xml', change]]);
      writeFileSync(path, await rewriteParts(readFileSync(out), parts));
      return path;
    };
    const record = '<definedName name="Teamscan_Schaal">"ja-nee"</definedName>';
    // Excel's Name Manager shows the constant with "=" before it; typed so, it is the same record.
    const typed = await edited('typed.xlsx', (xml) => xml.replace(record, record.replace('"ja-nee"', '="X-O"')));
    expect(coach(await json(['analyze', typed]))).toBe(3);
    const other = await edited('other.xlsx', (xml) => xml.replace(record, record.replace('ja-nee', '1-5')));
    const refused = await runCli(['analyze', other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'other.xlsx: de naam Teamscan_Schaal zegt ""1-5""; Teamscan legt daar ja-nee of x-o vast.',
    );
    const local = await edited('local.xlsx', (xml) =>
      xml.replace(record, record.replace('name=', 'localSheetId="1" name=')),
    );
    // Read on 0–4 as any workbook: Coach averaged over its items covers nobody.
    expect(coach(await json(['analyze', local]))).toBe(0);
  });

  test('written again from the written workbook, the record and the counts stay', async () => {
    const out = await written(source, 'ja-nee-first.xlsx', 'ja-nee');
    const again = join(DIR, 'ja-nee-again.xlsx');
    const result = await runCli(['workbook', '--from', out, '--out', again]);
    expect(result.code).toBe(0);
    expect(partText(again, 'xl/workbook.xml')).toContain('"ja-nee"</definedName>');
    expect(counts(await json(['analyze', again]))).toEqual(
      counts(await json(['analyze', source, '--schaal', 'ja-nee'])),
    );
  });
});

test('an x-o matrix records x-o; a 1–5 matrix records nothing (its workbook is plain 0–4)', async () => {
  const marks = YES_NO.map((row, r) =>
    r === 0 ? row : row.map((cell) => (cell === 'ja' ? 'x' : cell === 'nee' ? 'o' : cell)),
  );
  const xo = await written(file('x-o.csv', csv(marks)), 'x-o.xlsx', 'x-o');
  expect(partText(xo, 'xl/workbook.xml')).toContain('<definedName name="Teamscan_Schaal">"x-o"</definedName>');
  const oneToFive = file('one-to-five.csv', 'Naam;Coach;Adviseur\nAnna;5;1\nBram;4;2\n');
  const plain = await written(oneToFive, 'one-to-five.xlsx', '1-5');
  expect(partText(plain, 'xl/workbook.xml')).not.toContain('Teamscan_Schaal');
});

test('from a yes/no "Niveaus" block: recorded as ja-nee, and read so even with that profile given again', async () => {
  const profile = file('yes-no-profile.csv', 'SQL;Data\nPython;Data\nExcel;Office\n\nNiveaus\nja;2\nnee;0\n');
  const source = file(
    'block.csv',
    csv([
      ['Naam', 'SQL', 'Python', 'Excel'],
      ['Anna', 'ja', 'nee', 'nee'],
      ['Bram', 'nee', 'ja', 'ja'],
    ]),
  );
  const out = join(DIR, 'block.xlsx');
  const result = await runCli(['workbook', '--from', source, '--profiel', profile, '--out', out]);
  expect(result.code).toBe(0);
  expect(partText(out, 'xl/workbook.xml')).toContain('"ja-nee"</definedName>');
  const fromSource = counts(await json(['analyze', source, '--profiel', profile]));
  expect(fromSource).toEqual([
    ['data', 2, 2],
    ['office', 1, 2],
  ]);
  // The block reads "ja" and "nee", the written file holds 2 and 0: the record decides.
  expect(counts(await json(['analyze', out, '--profiel', profile]))).toEqual(fromSource);
  expect(counts(await json(['analyze', out, '--profiel', out]))).toEqual(fromSource);
});

test('property: any yes/no matrix, written and analysed, counts as analyze --schaal ja-nee on the source', async () => {
  const mark = fc.constantFrom('ja', 'nee', '');
  const rows = fc.array(fc.tuple(mark, mark, mark, mark, mark), { minLength: 1, maxLength: 6 });
  let run = 0;
  await fc.assert(
    fc.asyncProperty(rows, async (people) => {
      run++;
      const source = file(`random-${run}.csv`, csv([HEADER, ...people.map((row, p) => [`P${p}`, ...row])]));
      // One held mark, so the matrix has a level to read.
      fc.pre(people.some((row) => row.includes('ja')));
      const out = join(DIR, `random-${run}.xlsx`);
      const result = await runCli(['workbook', '--from', source, '--schaal', 'ja-nee', '--out', out]);
      expect(result.code).toBe(0);
      expect(counts(await json(['analyze', out]))).toEqual(
        counts(await json(['analyze', source, '--schaal', 'ja-nee'])),
      );
    }),
    { numRuns: 5 },
  );
});
