// File-system failures through the program: the option and the path named, exit 2, no stack.

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

describe('file-system errors name the option and the path, exit 2, no stack', () => {
  const { chmodSync, mkdirSync, readdirSync } = require('node:fs') as typeof import('node:fs');
  const place = mkdtempSync(join(tmpdir(), 'teamscan-fs-'));
  chmodSync(place, 0o755);
  const team = join(place, 'team.csv');
  writeFileSync(team, 'Naam;Coach\nAnna;2\n');

  async function refused(args: string[], expected: string) {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${expected}\n`);
  }

  test('a missing input file, and one in a missing folder', async () => {
    await refused(['analyze', join(place, 'nope.csv')], `${join(place, 'nope.csv')}: bestand niet gevonden.`);
    await refused(
      ['--lang', 'en', 'analyze', join(place, 'gone', 'team.csv')],
      `${join(place, 'gone', 'team.csv')}: the folder ${join(place, 'gone')} does not exist.`,
    );
  });

  test('a folder given for a file: the analyzed file, --profiel, --from and --namen', async () => {
    const folder = join(place, 'map.csv');
    mkdirSync(folder);
    await refused(['analyze', folder], `${folder}: dit is een map; geef een bestand.`);
    await refused(['analyze', team, '--profiel', folder], `--profiel ${folder}: dit is een map; geef een bestand.`);
    const out = join(place, 'uit.xlsx');
    await refused(['workbook', '--from', folder, '--out', out], `--from ${folder}: dit is een map; geef een bestand.`);
    const names = join(place, 'namen.txt');
    mkdirSync(names);
    await refused(
      ['--lang', 'en', 'workbook', '--namen', names, '--out', out],
      `--namen ${names}: this is a folder; give a file.`,
    );
  });

  test('--profiel and --from files that do not exist', async () => {
    const missing = join(place, 'eigen.csv');
    await refused(['analyze', team, '--profiel', missing], `--profiel ${missing}: bestand niet gevonden.`);
    const out = join(place, 'uit.xlsx');
    await refused(['workbook', '--from', missing, '--out', out], `--from ${missing}: bestand niet gevonden.`);
  });

  test('--out in a missing folder', async () => {
    const out = join(place, 'nieuw', 'team.xlsx');
    await refused(['workbook', '--out', out], `--out ${out}: de map ${join(place, 'nieuw')} bestaat niet.`);
  });

  test('--out naming a folder: refused, and the temporary file is removed when the rename fails', async () => {
    const out = join(place, 'bestaand.xlsx');
    mkdirSync(out);
    await refused(['workbook', '--out', out], `--out ${out}: dit is een map; geef een bestand.`);
    expect(readdirSync(place).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  /**
   * Root may read anything, so when run as root the permission cases run as the unprivileged user "nobody", in a
   * child process started from a bundle of the current sources (so no `npm run build` is needed); otherwise
   * in-process like every other test. The bundle carries its packages, so nobody needs nothing from the clone:
   * the test does not depend on whether nobody may enter the folder the clone sits in.
   */
  async function runAsOther(args: string[]) {
    if (process.getuid?.() !== 0) return runCli(args);
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const { buildSync } = require('esbuild') as typeof import('esbuild');
    const bundle = join(place, 'teamscan.cjs');
    if (!existsSync(bundle)) {
      buildSync({
        entryPoints: [join(ROOT, 'cli', 'main.ts')],
        outfile: bundle,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        logLevel: 'error',
      });
    }
    const result = spawnSync(process.execPath, [bundle, ...args], {
      cwd: place,
      encoding: 'utf8',
      env: { ...process.env, TEAMSCAN_LANG: '', NODE_PATH: '' },
      uid: 65534,
      gid: 65534,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  test('no permission to read an input file, or to write --out', async () => {
    const secret = join(place, 'geheim.csv');
    writeFileSync(secret, 'Naam;Coach\nAnna;2\n');
    chmodSync(secret, 0o000);
    const reading = await runAsOther(['analyze', secret]);
    expect([reading.code, reading.stderr]).toEqual([2, `${secret}: geen toestemming om dit bestand te lezen.\n`]);

    const closed = join(place, 'dicht');
    mkdirSync(closed);
    chmodSync(closed, 0o555);
    const out = join(closed, 'team.xlsx');
    const writing = await runAsOther(['--lang', 'en', 'workbook', '--out', out]);
    expect([writing.code, writing.stderr]).toEqual([
      2,
      `--out ${out}: no permission to write here (folder ${closed}).\n`,
    ]);
  });
});

test('a folder without an extension is named a folder, not an unsupported file type', async () => {
  const { mkdirSync } = require('node:fs') as typeof import('node:fs');
  const folder = join(mkdtempSync(join(tmpdir(), 'teamscan-fs-')), 'ronde');
  mkdirSync(folder);
  const result = await runCli(['analyze', folder]);
  expect([result.code, result.stderr]).toEqual([2, `${folder}: dit is een map; geef een bestand.\n`]);
});
