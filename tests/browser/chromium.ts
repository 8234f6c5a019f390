// Launches Debian's chromium through playwright-core (never a downloaded browser); serves this run's preview build.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Locally the browser tests may skip when chromium is missing; under CI=true they run, and fail without it. */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

/**
 * Everything this test file started, also what a timed-out `beforeAll` left starting: `stopStarted` in
 * `afterAll` ends it all, so no browser or server outlives its suite and keeps jest from exiting.
 */
const launched = new Set<Promise<Browser>>();
const servers = new Map<ChildProcess, string | undefined>();

export function launch(): Promise<Browser> {
  const starting = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  launched.add(starting);
  return starting;
}

/** Stops a server; removes its root when it was this suite's own build (`root` is undefined for the shared one). */
function stopServer(child: ChildProcess, root: string | undefined): Promise<void> {
  servers.delete(child);
  return new Promise((resolve) => {
    const done = () => {
      if (root) rmSync(root, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.kill();
  });
}

/** Closes every browser and stops every preview server this file started, whether or not its start finished. */
export async function stopStarted(): Promise<void> {
  const browsers = [...launched];
  launched.clear();
  await Promise.all([
    ...browsers.map((starting) => starting.then((browser) => browser.close()).catch(() => undefined)),
    ...[...servers].map(([child, root]) => stopServer(child, root)),
  ]);
}

/**
 * The build of this jest run (tests/browser/built-preview.ts, the browser lane's globalSetup), when there is
 * one: the suites serve it instead of each building the preview again.
 */
function builtPreview(): string | undefined {
  const root = process.env.TEAMSCAN_BUILT_PREVIEW;
  return root && existsSync(join(root, 'preview', 'preview.js')) ? root : undefined;
}

/**
 * Serves the preview on a free port, in a child process (plain ESM): this run's build when there is one, else a
 * build of its own into a temporary root.
 */
export async function servePreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const shared = builtPreview();
  const root = shared ?? mkdtempSync(join(tmpdir(), 'teamscan-preview-'));
  const own = shared ? undefined : root;
  const child = spawn(process.execPath, [join(__dirname, 'serve-preview.mjs'), root, ...(shared ? ['--built'] : [])], {
    cwd: join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.set(child, own);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`preview server stopped (${code}): ${output}`)));
  });
  return { url, close: () => stopServer(child, own) };
}

/** A fresh page per test on one served preview and one browser per suite; the getters are valid inside tests. */
export function previewPages(viewport: { width: number; height: number }) {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await servePreview();
    browser = await launch();
  }, 120_000);
  beforeEach(async () => {
    page = await browser!.newPage({ viewport });
    page.setDefaultTimeout(10_000);
  });
  afterEach(async () => page?.close());
  // Closes the browser and stops the server, also one whose start a timed-out beforeAll left running.
  afterAll(stopStarted);
  return {
    get page(): Page {
      return page!;
    },
    get url(): string {
      return server!.url;
    },
    get browser(): Browser {
      return browser!;
    },
  };
}
