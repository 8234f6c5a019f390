// docs/design.md#9-reliability-and-privacy "Only regular files are read; a CSV over 200 MB is refused": a FIFO, a device or a folder gives exit
// 2 at once on every read path; a large file is refused before it is read; a cell beyond Excel's 32,767
// characters is refused, never handed to the reports.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exitCodeOf } from '../../cli/exit-code';
import { readSheetCells } from '../../cli/read/xlsx-sheet';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-limits-'));
const OUT = join(work, 'uit.xlsx');

function fifo(name: string): string {
  const path = join(work, name);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return path;
}

/** A sparse file of `size` bytes: no disk space, no time, a size as stat reports it. */
function sparse(name: string, size: number): string {
  const path = join(work, name);
  writeFileSync(path, 'Naam;Coach\n');
  truncateSync(path, size);
  return path;
}

describe('only regular files are read (docs/design.md#9-reliability-and-privacy)', () => {
  let pipes = 0;

  // A FIFO has no writer here: an open that waits for one would hang until the test's timeout.
  test.each([
    ['analyze', (path: string) => ['analyze', path]],
    ['--normen', (path: string) => ['analyze', '--normen', path, join(__dirname, '..', 'fixtures', 'messy-team.csv')]],
    [
      '--profiel',
      (path: string) => ['analyze', '--profiel', path, join(__dirname, '..', 'fixtures', 'messy-team.csv')],
    ],
    ['workbook --from', (path: string) => ['workbook', '--from', path, '--out', OUT]],
    ['workbook --namen', (path: string) => ['workbook', '--namen', path, '--out', OUT]],
  ])(
    '%s: a FIFO is refused at once with exit 2',
    async (_, args) => {
      for (const extension of ['.csv', '.xlsx', '.txt']) {
        pipes += 1;
        const path = fifo(`pijp-${pipes}${extension}`);
        const result = await runCli(args(path));
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(
          /: is een named pipe \(FIFO\), geen gewoon bestand; Teamscan leest alleen gewone bestanden\./,
        );
      }
    },
    5000,
  );

  test('/dev/zero (a device without end) is refused at once: as --namen, as .csv content, in English', async () => {
    const names = await runCli(['workbook', '--namen', '/dev/zero', '--out', OUT]);
    expect(names.code).toBe(2);
    expect(names.stderr).toBe(
      'zero: is een apparaat, geen gewoon bestand; Teamscan leest alleen gewone bestanden. Sla de gegevens op in een bestand en geef dat.\n',
    );
    const english = await runCli(['--lang', 'en', 'analyze', '/dev/zero']);
    expect(english.code).toBe(2);
    expect(english.stderr).toBe(
      'zero: is a device, not a regular file; Teamscan reads regular files only. Save the data to a file and give that.\n',
    );
  }, 5000);

  test('/dev/zero behind a .csv or .xlsx name (a link) is refused at once, by what the link points to', async () => {
    for (const name of ['nul.csv', 'nul.xlsx']) {
      const link = join(work, name);
      symlinkSync('/dev/zero', link);
      const result = await runCli(['analyze', link]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `${name}: is een apparaat, geen gewoon bestand; Teamscan leest alleen gewone bestanden. Sla de gegevens op in een bestand en geef dat.\n`,
      );
    }
  }, 5000);

  test('a folder as --namen is said as such', async () => {
    const folder = join(work, 'map');
    mkdirSync(folder);
    const result = await runCli(['workbook', '--namen', folder, '--out', OUT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`--namen ${folder}: dit is een map; geef een bestand.\n`);
  });
});

describe('size limits (docs/design.md#9-reliability-and-privacy)', () => {
  test('a CSV over 200 MB is refused before reading, exit 2, no stack trace', async () => {
    const result = await runCli(['analyze', sparse('groot.csv', 200 * 1024 * 1024 + 1)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'groot.csv: is groter dan 200 MB en wordt niet gelezen (een teammatrix is veel kleiner; is dit het goede bestand?)\n',
    );
  });

  test('a file over 2 GiB gives the same refusal, never ERR_FS_FILE_TOO_LARGE', async () => {
    for (const name of ['reus.csv', 'reus.txt']) {
      const result = await runCli(['--lang', 'en', 'workbook', '--namen', sparse(name, 3 * 1024 ** 3), '--out', OUT]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `${name}: is larger than 200 MB and is not read (a team matrix is far smaller; is this the right file?)\n`,
      );
    }
    const xlsx = await runCli(['analyze', sparse('reus.xlsx', 3 * 1024 ** 3)]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toMatch(/^reus\.xlsx: pakt uit tot meer dan 200 MB en wordt niet uitgepakt/);
  });

  test('an .xlsx shared text over 32,767 characters is refused naming it, exit 2', async () => {
    const path = join(work, 'lang.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Teammatrix').addRows([
      ['Naam', 'Coach'],
      [`Anna${'x'.repeat(40_000)}`, 2],
    ]);
    await workbook.xlsx.writeFile(path);
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'lang.xlsx: gedeelde tekst nr. 3 (begint met "Annaxxxxxxxxxxxxxxxxxxxxxxxxxx") is langer dan 32767 tekens, de grens van een Excel-cel; het bestand is beschadigd of geen teammatrix.\n',
    );
  });

  test('an inline text over 32,767 characters is refused naming its cell', () => {
    const xml = `<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>${'y'.repeat(32_768)}</t></is></c></row></sheetData></worksheet>`;
    const context = {
      file: 'inline.xlsx',
      sharedStrings: [],
      dateStyles: [],
      date1904: false,
      address: (row: number, column: number) => `Teammatrix!${String.fromCharCode(65 + column)}${row + 1}`,
    };
    expect(() => readSheetCells(xml, context)).toThrow(/^Teammatrix!B2: tekst langer dan 32767 tekens/);
  });

  test('a CSV field over 32,767 characters is refused naming its line', async () => {
    const path = join(work, 'lang.csv');
    writeFileSync(path, `Naam;Coach\nAnna;2\nBram;${'3'.repeat(40_000)}\n`);
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'lang.csv: regel 3: een veld van 40000 tekens; een cel houdt er hoogstens 32767 (de grens van Excel). Is dit het goede bestand?\n',
    );
  });
});

test("text beyond the engine's longest string (a report of huge names) exits 2 with a message, no stack trace", () => {
  let failure: unknown;
  try {
    'x'.repeat(2 ** 30);
  } catch (error) {
    failure = error;
  }
  let stderr = '';
  expect(exitCodeOf(failure, undefined, (text) => (stderr += text))).toBe(2);
  expect(stderr).toBe(
    'De uitvoer wordt te groot om te maken (meer tekst dan het programma kan bevatten). Zijn de namen en cellen in de invoer wel een teammatrix?\n',
  );
});
