// docs/design.md#9-reliability-and-privacy "Outputs", as a real process sees it: a signal during a write leaves no temporary file behind, and
// output piped into a reader that stops early (`| head`) ends quietly.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-cli';
import { bundleCli, startCli, waitForStderr } from './spawn-bundle';

const TEAM = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');
let bundle: string;
beforeAll(() => {
  bundle = bundleCli();
});

/**
 * A preload that makes every write into `folder` slow: half the data is written, then the write waits for ever
 * and says so on standard error. So the test signals the process exactly while a temporary file is half written.
 */
function slowWrites(folder: string): string {
  const preload = join(mkdtempSync(join(tmpdir(), 'teamscan-preload-')), 'slow-writes.cjs');
  writeFileSync(
    preload,
    `const fsp = require('node:fs/promises');
const folder = ${JSON.stringify(folder)};
const stall = () => { process.stderr.write('WRITING\\n'); setInterval(() => {}, 1000); return new Promise(() => {}); };
const half = (data) => (typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
const open = fsp.open;
fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).startsWith(folder)) {
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = async (data) => { await writeFile(half(data)); return stall(); };
  }
  return handle;
};
const writeFile = fsp.writeFile;
fsp.writeFile = async (path, data, ...rest) => {
  if (!String(path).startsWith(folder)) return writeFile(path, data, ...rest);
  await writeFile(path, half(data), ...rest);
  return stall();
};
`,
  );
  return preload;
}

describe.each(['SIGTERM', 'SIGINT'] as const)(
  'docs/design.md#9-reliability-and-privacy: %s during a write',
  (signal) => {
    test('removes the half-written temporary file and writes nothing', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'teamscan-signal-'));
      const out = join(folder, 'rapport.html');
      const { child, ended } = startCli(bundle, ['report', TEAM, '--out', out], ['-r', slowWrites(folder)]);
      await waitForStderr(child, 'WRITING');
      // The write is in flight: its temporary file is there, the report is not.
      expect(readdirSync(folder)).toHaveLength(1);
      expect(readdirSync(folder)).not.toContain('rapport.html');
      child.kill(signal);
      const result = await ended;
      expect(result.signal).toBe(signal);
      expect(readdirSync(folder)).toEqual([]);
    });
  },
);

test('docs/design.md#9-reliability-and-privacy: output piped into a reader that has stopped (EPIPE) ends quietly, exit 0, no stack', async () => {
  const { child, ended } = startCli(bundle, ['analyze', TEAM]);
  // The reading end is closed before the program has written anything: its first write meets EPIPE.
  child.stdout?.destroy();
  const result = await ended;
  expect(result).toEqual({ code: 0, signal: null, stderr: '' });
});
