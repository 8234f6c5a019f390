// docs/design.md#9-reliability-and-privacy: what a workbook would lose or Excel would refuse is refused before anything is written: a name with
// a control character (exceljs drops it, so "Ann\x01" and "Ann" became one name), a cell over 32,767 characters,
// a text inside a formula over 255 characters, a sheet name Excel does not accept.

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { LocalizedInputError } from '../../cli/input-error';
import { checkCellValue, checkListValidation, checkSheetNames, formulaLiterals } from '../../cli/xlsx/limits';
import { runCli } from './run-cli';

const place = mkdtempSync(join(tmpdir(), 'teamscan-writing-'));

async function refusedWithoutFile(args: string[], out: string, pattern: RegExp) {
  const result = await runCli([...args, '--out', out]);
  expect([result.code, result.stdout]).toEqual([2, '']);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
}

describe('docs/design.md#9-reliability-and-privacy: --namen is checked as it will be written, before anything is written', () => {
  test('a control character in a name is refused naming the file, the line and the name', async () => {
    const names = join(place, 'namen.txt');
    writeFileSync(names, 'Naam\nAnn\u0001\nAnn\n');
    await refusedWithoutFile(
      ['workbook', '--namen', names],
      join(place, 'ann.xlsx'),
      new RegExp(`^--namen ${names}, regel 2: de naam "Ann\\\\x01" bevat het stuurteken \\\\x01;`),
    );
  });

  test('a tab or carriage return inside a name, in English too', async () => {
    const names = join(place, 'names.txt');
    writeFileSync(names, 'Anna\nBram\tJansen\r\nChris\n');
    await refusedWithoutFile(
      ['--lang', 'en', 'workbook', '--namen', names],
      join(place, 'tab.xlsx'),
      /^--namen .*names\.txt, line 2: the name "Bram\\x09Jansen" holds the control character \\x09; a name is plain text on one line\./,
    );
  });
});

describe("docs/design.md#9-reliability-and-privacy: Excel's limits are refused with a message, and nothing is written", () => {
  test('a 40,000-character cell from --from is refused where it is read, before anything is written', async () => {
    const team = join(place, 'lang.csv');
    writeFileSync(team, `Naam;Opmerking;Coach\nAnna;${'y'.repeat(40_000)};2\nBram;kort;3\n`);
    await refusedWithoutFile(
      ['workbook', '--from', team],
      join(place, 'lang.xlsx'),
      /^lang\.csv: regel 2: een veld van 40000 tekens; een cel houdt er hoogstens 32767/,
    );
  });

  test('a cell over 32,767 characters that reaches the writer is refused naming the cell', () => {
    expect(() => checkCellValue('Teammatrix!B2', 'y'.repeat(40_000))).toThrow(
      /^Teammatrix!B2: de tekst "y{40}…" is 40\.000 tekens lang; een cel in Excel houdt er hoogstens 32\.767\./,
    );
    expect(() => checkCellValue('Teammatrix!B2', 'y'.repeat(32_767))).not.toThrow();
  });

  test('a formula text over 255 characters from a long custom area name', async () => {
    const profile = join(place, 'profiel.csv');
    const long = `Gebied ${'x'.repeat(300)}`;
    writeFileSync(
      profile,
      [
        'ID;Gebied;Type;Omschrijving;Bereik',
        'BAS-K1;Basis;K;Basiskennis;iedereen',
        `DAT-1;${long};;Helpt;netwerk`,
      ].join('\n'),
    );
    await refusedWithoutFile(
      ['--lang', 'en', 'workbook', '--profiel', profile],
      join(place, 'formule.xlsx'),
      /^\w+!\w+\d+: the formula holds the text ".{40}…" of \d{3} characters; Excel allows at most 255 characters per text in a formula\./,
    );
  });

  test('a control character in a carried cell (exceljs would drop it)', () => {
    expect(() => checkCellValue('Teammatrix!C3', 'a\u0002b')).toThrow(LocalizedInputError);
    expect(() => checkCellValue('Teammatrix!C3', 'regel 1\nregel 2\ttab')).not.toThrow();
  });

  test('a formula over 8,192 characters and a picker list over 255', () => {
    expect(() => checkCellValue('Dekking!B2', { formula: `SUM(${'A1,'.repeat(3000)}A1)` })).toThrow(/hoogstens 8\.192/);
    expect(() => checkCellValue('Dekking!B2', { formula: 'SUM(A1:A9)' })).not.toThrow();
    expect(() => checkListValidation('Teammatrix!B2:B9', `"${'niveau,'.repeat(40)}"`)).toThrow(/keuzelijst/);
    expect(() => checkListValidation('Teammatrix!B2:B9', '"0,1,2,3,4,n.v.t."')).not.toThrow();
  });

  test('sheet names against Excel’s rules', () => {
    for (const bad of ['', '   ', 'x'.repeat(32), 'a/b', 'a[1]', 'wat?', 'a:b', 'a*', 'a\\b', "'quoted", 'History']) {
      expect(() => checkSheetNames([bad])).toThrow(LocalizedInputError);
    }
    expect(() => checkSheetNames(['Teammatrix', 'teammatrix'])).toThrow(/twee keer/);
    expect(() => checkSheetNames(['Teammatrix', 'Dekking', 'Scan 2025-06-01', 'x'.repeat(31)])).not.toThrow();
  });

  test('formulaLiterals reads "" as one quote and finds every text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), (texts) => {
        const formula = `=CONCAT(${texts.map((text) => `"${text.replace(/"/g, '""')}"`).join(',')})`;
        expect(formulaLiterals(formula)).toEqual(texts);
      }),
    );
  });
});
