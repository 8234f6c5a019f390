// Runs the CLI as its own process from a bundle of the current sources (no `npm run build` needed), for what
// only a process shows: signals, a closed standard output, the exit status.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './run-cli';

/** Bundles cli/main.ts once into a folder of its own; returns the bundle's path. */
export function bundleCli(): string {
  const bundle = join(mkdtempSync(join(tmpdir(), 'teamscan-bundle-')), 'teamscan.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return bundle;
}

export interface Started {
  readonly child: ChildProcess;
  /** Resolves with the exit code and signal, and everything written to standard error. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts the bundle with `args` (node options such as `-r preload.cjs` before it in `nodeArgs`). */
export function startCli(bundle: string, args: readonly string[], nodeArgs: readonly string[] = []): Started {
  const child = spawn(process.execPath, [...nodeArgs, bundle, ...args], {
    cwd: ROOT,
    env: { ...process.env, TEAMSCAN_LANG: '', NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => {
    child.on('close', (code, signal) => done({ code, signal, stderr }));
  });
  return { child, ended };
}

/** Resolves once standard error has shown `text`. */
export function waitForStderr(child: ChildProcess, text: string): Promise<void> {
  return new Promise((done) => {
    let seen = '';
    const listener = (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        child.stderr?.off('data', listener);
        done();
      }
    };
    child.stderr?.on('data', listener);
  });
}
