// Launches Debian's chromium through playwright-core (never a downloaded browser); serves a fresh preview build.

import { spawn } from 'node:child_process';
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

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds the preview into a temporary root and serves it on a free port, in a child process (plain ESM). */
export async function servePreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'teamscan-preview-'));
  const child = spawn(process.execPath, [join(__dirname, 'serve-preview.mjs'), root], {
    cwd: join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /URL (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`preview server stopped (${code}): ${output}`)));
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
        child.kill();
      }),
  };
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
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
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
