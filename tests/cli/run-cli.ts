// Runs the `teamscan` program in-process (as clasp's command tests do), capturing exit code, stdout and stderr;
// and, for the one smoke test of the launcher, the built command as a user would run it.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../cli/program';

export const ROOT = join(__dirname, '..', '..');
const LAUNCHER = join(ROOT, 'bin', 'teamscan.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The program on `args`, in this process: no build needed; output goes to strings, not to the terminal. */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runProgram({
    args,
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    env: { ...process.env, TEAMSCAN_LANG: '', ...env },
  });
  return { code, stdout, stderr };
}

/** The built command through bin/teamscan.js in a child process (needs `npm run build`). */
export function spawnCli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'teamscan.cjs'))) throw new Error('Build first: npm run build');
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TEAMSCAN_LANG: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
