// docs/design.md#9-reliability-and-privacy "Outputs": the temporary file of a write is created exclusively with an unguessable name, mode 0600,
// in the target's folder; a planted symlink is never written through; a leftover one is never taken for output.

import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPORARY_NAME, temporaryPathFor, writeFileWhole } from '../../cli/write-file';
import { ROOT, runCli } from './run-cli';

const place = mkdtempSync(join(tmpdir(), 'teamscan-temporary-'));

test('docs/design.md#9-reliability-and-privacy: a symlink planted at a predictable temporary name is not written through', async () => {
  const victim = join(place, 'victim.txt');
  writeFileSync(victim, 'the victim file');
  const out = join(place, 'rapport.html');
  // The names a local attacker could guess: the process id and its neighbours, the output's name + ".tmp".
  for (const pid of [process.pid, process.pid + 1]) symlinkSync(victim, `${out}.${pid}.tmp`);
  symlinkSync(victim, `${out}.tmp`);
  await writeFileWhole(out, 'personal data');
  expect(readFileSync(victim, 'utf8')).toBe('the victim file');
  expect(readFileSync(out, 'utf8')).toBe('personal data');
  expect(lstatSync(out).isSymbolicLink()).toBe(false);
});

test('docs/design.md#9-reliability-and-privacy: the file is written with mode 0600 (only its owner reads personal data)', async () => {
  const out = join(place, 'private.html');
  await writeFileWhole(out, 'personal data');
  expect(statSync(out).mode & 0o777).toBe(0o600);
  const workbook = join(place, 'team.xlsx');
  expect(
    (await runCli(['workbook', '--from', join(ROOT, 'tests', 'fixtures', 'insights-team.csv'), '--out', workbook]))
      .code,
  ).toBe(0);
  expect(statSync(workbook).mode & 0o777).toBe(0o600);
});

test('docs/design.md#9-reliability-and-privacy: temporary names are hidden, unguessable, beside the target, and can be no output or input', () => {
  const out = join(place, 'team.xlsx');
  const names = new Set(Array.from({ length: 50 }, () => temporaryPathFor(out)));
  expect(names.size).toBe(50);
  for (const name of names) {
    expect(name.startsWith(`${place}/`)).toBe(true);
    expect(name.slice(place.length + 1)).toMatch(TEMPORARY_NAME);
    expect(name).not.toMatch(/\.(xlsx|html|csv|txt)$/);
  }
});

test('docs/design.md#9-reliability-and-privacy: a temporary file left by a kill -9 is never taken for the output', async () => {
  const out = join(place, 'after-kill.html');
  const leftover = temporaryPathFor(out);
  writeFileSync(leftover, 'half a report');
  await writeFileWhole(out, 'the whole report');
  expect(readFileSync(out, 'utf8')).toBe('the whole report');
  expect(readFileSync(leftover, 'utf8')).toBe('half a report');
});

test('docs/design.md#9-reliability-and-privacy: the write itself refuses an existing file without overwrite (no check-then-write race)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'teamscan-temporary-race-'));
  const out = join(folder, 'raced.html');
  writeFileSync(out, 'appeared meanwhile');
  await expect(writeFileWhole(out, 'new')).rejects.toThrow(/bestaat al/);
  expect(readFileSync(out, 'utf8')).toBe('appeared meanwhile');
  await writeFileWhole(out, 'new', { overwrite: true });
  expect(readFileSync(out, 'utf8')).toBe('new');
  expect(readdirSync(folder)).toEqual(['raced.html']);
});

test('docs/design.md#9-reliability-and-privacy: a failed write leaves no temporary file and reports the path the user gave', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'teamscan-temporary-fail-'));
  const out = join(folder, 'missing', 'team.html');
  const error = (await writeFileWhole(out, 'x').catch((failure: unknown) => failure)) as NodeJS.ErrnoException;
  expect([error.code, error.path]).toEqual(['ENOENT', out]);
  expect(existsSync(join(folder, 'missing'))).toBe(false);
  expect(readdirSync(folder)).toEqual([]);
});

describe('docs/design.md#9-reliability-and-privacy: on a file system without hard links the write checks, then renames', () => {
  const fsPromises = require('node:fs/promises') as typeof import('node:fs/promises');
  afterEach(() => jest.restoreAllMocks());

  test('a new file is written; an existing one is still refused', async () => {
    jest
      .spyOn(fsPromises, 'link')
      .mockRejectedValue(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }));
    const folder = mkdtempSync(join(tmpdir(), 'teamscan-temporary-nolink-'));
    const out = join(folder, 'fat.html');
    await writeFileWhole(out, 'first');
    expect(readFileSync(out, 'utf8')).toBe('first');
    await expect(writeFileWhole(out, 'second')).rejects.toThrow(/bestaat al/);
    expect(readFileSync(out, 'utf8')).toBe('first');
    expect(readdirSync(folder)).toEqual(['fat.html']);
  });
});
