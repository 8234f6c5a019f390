// docs/design.md#9-reliability-and-privacy "Outputs": --out never replaces an input of the same command (by device and inode, through links),
// replaces an existing file only with --overwrite, and never defeats a read-only file.

import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

const TEAM = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');
const place = mkdtempSync(join(tmpdir(), 'teamscan-out-'));
const team = join(place, 'team.xlsx');

beforeAll(async () => {
  const made = await runCli(['workbook', '--from', TEAM, '--out', team]);
  expect(made.code).toBe(0);
});

/** A refusal: exit 2, `message` on stderr, nothing on stdout, and the file at `path` exactly as it was. */
async function refusedKeeping(args: string[], path: string, message: string) {
  const before = readFileSync(path);
  const result = await runCli(args);
  expect([result.code, result.stdout, result.stderr]).toEqual([2, '', `${message}\n`]);
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('docs/design.md#9-reliability-and-privacy: --out naming an input of the same command is refused, even with --overwrite', () => {
  const isInput = (out: string, input: string) =>
    `--out ${out}: dit is een invoerbestand van deze opdracht${out === input ? '' : ` (${input})`}; de uitvoer vervangt nooit de invoer, ook niet met --overwrite. Kies een andere naam.`;

  test('workbook --from team.xlsx --out team.xlsx', async () => {
    await refusedKeeping(['workbook', '--from', team, '--out', team], team, isInput(team, team));
    await refusedKeeping(['workbook', '--from', team, '--out', team, '--overwrite'], team, isInput(team, team));
  });

  test('the same file through a symbolic link, a hard link and a linked folder', async () => {
    const symbolic = join(place, 'link.xlsx');
    symlinkSync(team, symbolic);
    await refusedKeeping(['workbook', '--from', team, '--out', symbolic, '--overwrite'], team, isInput(symbolic, team));
    const hard = join(place, 'hard.xlsx');
    linkSync(team, hard);
    await refusedKeeping(['workbook', '--from', hard, '--out', team, '--overwrite'], team, isInput(team, hard));
    const folder = join(place, 'folder-link');
    symlinkSync(place, folder);
    const through = join(folder, 'team.xlsx');
    await refusedKeeping(['workbook', '--from', team, '--out', through, '--overwrite'], team, isInput(through, team));
  });

  test('report: an --out that is a link to the matrix it reads (in English too)', async () => {
    const copy = join(place, 'team.csv');
    writeFileSync(copy, readFileSync(TEAM));
    const link = join(place, 'rapport.html');
    symlinkSync(copy, link);
    const result = await runCli(['--lang', 'en', 'report', copy, '--out', link, '--overwrite']);
    expect([result.code, result.stderr]).toEqual([
      2,
      `--out ${link}: this is an input file of this command (${copy}); the output never replaces an input, not even with --overwrite. Choose another name.\n`,
    ]);
    expect(readFileSync(copy).equals(readFileSync(TEAM))).toBe(true);
  });

  test('a --namen list and a --sinds round count as inputs too', async () => {
    const names = join(place, 'namen.txt');
    writeFileSync(names, 'Anna\n');
    const link = join(place, 'namen.xlsx');
    symlinkSync(names, link);
    await refusedKeeping(['workbook', '--namen', names, '--out', link, '--overwrite'], names, isInput(link, names));
    const since = join(place, 'sinds.html');
    writeFileSync(since, 'Naam;Coach\nAnna;2\n');
    await refusedKeeping(
      ['report', TEAM, '--sinds', since, '--out', since, '--overwrite'],
      since,
      isInput(since, since),
    );
  });
});

describe('docs/design.md#9-reliability-and-privacy: an existing --out is replaced only with --overwrite', () => {
  test('workbook: refused without --overwrite, naming it (nl and en); replaced with it', async () => {
    const out = join(place, 'gevuld.xlsx');
    writeFileSync(out, 'a filled matrix');
    await refusedKeeping(
      ['workbook', '--out', out],
      out,
      `--out ${out}: dit bestand bestaat al en wordt niet vervangen. Kies een andere naam, of geef --overwrite om het te vervangen.`,
    );
    await refusedKeeping(
      ['--lang', 'en', 'workbook', '--out', out],
      out,
      `--out ${out}: this file already exists and is not replaced. Choose another name, or add --overwrite to replace it.`,
    );
    const replaced = await runCli(['workbook', '--out', out, '--overwrite']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  test('report: refused without --overwrite; replaced with it', async () => {
    const out = join(place, 'rapport-oud.html');
    writeFileSync(out, 'eerder rapport');
    await refusedKeeping(
      ['report', TEAM, '--out', out],
      out,
      `--out ${out}: dit bestand bestaat al en wordt niet vervangen. Kies een andere naam, of geef --overwrite om het te vervangen.`,
    );
    expect((await runCli(['report', TEAM, '--out', out, '--overwrite'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  test('a read-only (444) file is refused, with --overwrite too', async () => {
    const out = join(place, 'alleen-lezen.html');
    writeFileSync(out, 'bewaard');
    chmodSync(out, 0o444);
    await refusedKeeping(
      ['report', TEAM, '--out', out, '--overwrite'],
      out,
      `--out ${out}: dit bestand is alleen-lezen en wordt ook met --overwrite niet vervangen. Maak het eerst schrijfbaar (of verwijder het), of kies een andere naam.`,
    );
    await refusedKeeping(
      ['report', TEAM, '--out', out],
      out,
      `--out ${out}: dit bestand bestaat al en wordt niet vervangen. Kies een andere naam, of geef --overwrite om het te vervangen.`,
    );
    expect(statSync(out).mode & 0o777).toBe(0o444);
  });

  test('a symlink at --out is replaced itself with --overwrite, never written through', async () => {
    const victim = join(place, 'victim.txt');
    writeFileSync(victim, 'not yours');
    const out = join(place, 'geplant.html');
    symlinkSync(victim, out);
    const dangling = join(place, 'los.html');
    symlinkSync(join(place, 'nergens.txt'), dangling);
    await refusedKeeping(
      ['report', TEAM, '--out', out],
      victim,
      `--out ${out}: dit bestand bestaat al en wordt niet vervangen. Kies een andere naam, of geef --overwrite om het te vervangen.`,
    );
    for (const link of [out, dangling]) {
      expect((await runCli(['report', TEAM, '--out', link, '--overwrite'])).code).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(false);
    }
    expect(readFileSync(victim, 'utf8')).toBe('not yours');
    expect(existsSync(join(place, 'nergens.txt'))).toBe(false);
  });

  test('a folder at --out is still named a folder', async () => {
    const folder = join(place, 'map.html');
    mkdirSync(folder);
    const result = await runCli(['report', TEAM, '--out', folder, '--overwrite']);
    expect([result.code, result.stderr]).toEqual([2, `--out ${folder}: dit is een map; geef een bestand.\n`]);
  });

  test.each([
    ['nl', 'workbook', 'vervang een bestaand --out-bestand'],
    ['nl', 'report', 'vervang een bestaand --out-bestand'],
    ['en', 'workbook', 'replace an existing --out file'],
    ['en', 'report', 'replace an existing --out file'],
  ])('--help (%s) of %s names --overwrite', async (lang, command, text) => {
    const result = await runCli(['--lang', lang, command, '--help']);
    expect(result.stdout).toMatch(new RegExp(`--overwrite\\s+${text}`));
  });
});
