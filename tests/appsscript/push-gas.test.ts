// `npm run push:gas` against a fake clasp on PATH: it refuses to replace a project that holds files of others.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'push-gas.mjs');
const OURS = ['teamscan.js', 'functions.js', 'main.js', 'sidebar.html', 'appsscript.json'];

/** clasp as far as the script uses it: `pull` writes the remote files into rootDir, every call is logged. */
const FAKE_CLASP = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_CLASP_LOG, JSON.stringify(args) + '\\n');
if (args[0] === 'pull') {
  if (process.env.FAKE_PULL_FAILS) process.exit(1);
  const { rootDir } = JSON.parse(fs.readFileSync('.clasp.json', 'utf8'));
  for (const [name, text] of Object.entries(JSON.parse(process.env.FAKE_REMOTE_FILES))) {
    fs.writeFileSync(path.join(rootDir, name), text);
  }
}
`;

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'teamscan-push-test-'));
  const project = join(root, 'project');
  mkdirSync(join(project, 'dist', 'gas'), { recursive: true });
  mkdirSync(join(project, 'scripts'));
  mkdirSync(join(root, 'home'));
  mkdirSync(join(root, 'bin'));
  writeFileSync(join(project, '.clasp.json'), JSON.stringify({ scriptId: 'abc123', rootDir: 'dist/gas' }));
  for (const file of OURS) writeFileSync(join(project, 'dist', 'gas', file), '');
  writeFileSync(join(project, 'scripts', 'build.mjs'), ''); // the build itself is tested elsewhere
  writeFileSync(join(root, 'home', '.clasprc.json'), '{}');
  writeFileSync(join(root, 'bin', 'clasp'), FAKE_CLASP);
  chmodSync(join(root, 'bin', 'clasp'), 0o755);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function push(remote: Record<string, string>, args: string[] = [], extra: Record<string, string> = {}) {
  const log = join(root, 'clasp.log');
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: join(root, 'project'),
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: join(root, 'home'),
      USERPROFILE: join(root, 'home'),
      PATH: `${join(root, 'bin')}${delimiter}${process.env.PATH}`,
      FAKE_CLASP_LOG: log,
      FAKE_REMOTE_FILES: JSON.stringify(remote),
      ...extra,
    },
  });
  const calls = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, calls };
}

const teamscanRemote = Object.fromEntries(OURS.map((file) => [file, 'oud']));

describe('npm run push:gas', () => {
  it('pushes over a project that holds only Teamscan files and the empty template', () => {
    const { status, calls, stdout } = push({ ...teamscanRemote, 'Code.js': 'function myFunction() {\n\n}\n' });
    expect(status).toBe(0);
    expect(calls).toEqual([['pull'], ['push', '--force']]);
    expect(stdout).toContain('Gepusht');
  });

  it('refuses, listing them, when the project holds files Teamscan did not make', () => {
    const remote = { ...teamscanRemote, 'Rooster.js': 'function plan() {}', 'hulp.html': '<p>hulp</p>' };
    const { status, calls, stderr } = push(remote);
    expect(status).toBe(1);
    expect(calls).toEqual([['pull']]);
    expect(stderr).toContain('Rooster.js');
    expect(stderr).toContain('hulp.html');
    expect(stderr).toContain('--force');
    expect(stderr).not.toContain('teamscan.js');
  });

  it('pushes anyway with --force, warning which files go', () => {
    const { status, calls, stderr } = push({ ...teamscanRemote, 'Rooster.js': 'function plan() {}' }, ['--force']);
    expect(status).toBe(0);
    expect(calls).toEqual([['pull'], ['push', '--force']]);
    expect(stderr).toMatch(/Let op[\s\S]*Rooster\.js/);
  });

  it('pushes nothing when the remote project cannot be read', () => {
    const { status, calls, stderr } = push(teamscanRemote, [], { FAKE_PULL_FAILS: '1' });
    expect(status).toBe(1);
    expect(calls).toEqual([['pull']]);
    expect(stderr).toContain('niets gepusht');
  });
});
