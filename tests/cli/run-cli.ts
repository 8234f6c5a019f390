// Runs the built `teamscan` command as a user would, capturing exit code, stdout and stderr.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const LAUNCHER = join(ROOT, 'bin', 'teamscan.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'teamscan.cjs'))) throw new Error('Build first: npm run build');
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TEAMSCAN_LANG: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
