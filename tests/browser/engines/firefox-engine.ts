// Firefox ESR (Debian's firefox-esr) through WebDriver BiDi on its own --remote-debugging-port: no geckodriver,
// the protocol spoken over one WebSocket (the `ws` package).

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { clickActions, type Engine, type EnginePage, freePort, keyActions, waitFor, withinTime } from './engine';

export const FIREFOX = '/usr/bin/firefox-esr';
export const firefoxInstalled = () => existsSync(FIREFOX);

/** Quiet start: no first-run pages, updates or telemetry; the local server only. */
const PREFS = [
  'user_pref("browser.shell.checkDefaultBrowser", false);',
  'user_pref("browser.startup.homepage_override.mstone", "ignore");',
  'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
  'user_pref("app.update.disabledForTesting", true);',
  'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
  'user_pref("remote.prefs.recommended", true);',
].join('\n');

interface Reply {
  id?: number;
  type?: string;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export async function firefoxEngine(): Promise<Engine> {
  const profile = mkdtempSync(join(tmpdir(), 'teamscan-firefox-'));
  writeFileSync(join(profile, 'user.js'), PREFS);
  const port = await freePort();
  const child: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`, 'about:blank'],
    { stdio: 'ignore', env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await stopped;
    rmSync(profile, { recursive: true, force: true });
  };
  let socket: WebSocket | undefined;
  try {
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const attempt = new WebSocket(`ws://127.0.0.1:${port}/session`);
          attempt.once('open', () => {
            socket = attempt;
            resolve(true);
          });
          attempt.once('error', () => resolve(false));
        }),
      30_000,
      'Firefox remote agent',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const ws = socket!;
  let next = 0;
  const pending = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  ws.on('message', (data: Buffer) => {
    const reply = JSON.parse(data.toString()) as Reply;
    if (reply.id === undefined) return;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.type === 'error') waiting?.reject(new Error(`BiDi: ${reply.error}: ${reply.message}`));
    else waiting?.resolve(reply.result ?? {});
  });
  // A command Firefox leaves unanswered fails as a DriverTimeout (engine.ts) instead of holding the test.
  const send = (method: string, params: Record<string, unknown>) => {
    const id = ++next;
    const answer = new Promise<Record<string, unknown>>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
    return withinTime(answer, method).finally(() => pending.delete(id));
  };
  await send('session.new', { capabilities: {} });
  return {
    name: 'firefox',
    async open(viewport) {
      const { context } = (await send('browsingContext.create', { type: 'tab' })) as { context: string };
      await send('browsingContext.setViewport', { context, viewport });
      const page: EnginePage = {
        goto: async (url) => void (await send('browsingContext.navigate', { context, url, wait: 'complete' })),
        async evaluate(expression) {
          const reply = (await send('script.evaluate', {
            expression: `JSON.stringify((${expression}) ?? null)`,
            target: { context },
            awaitPromise: false,
          })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
          if (reply.type === 'exception') throw new Error(`script: ${reply.exceptionDetails?.text}`);
          return JSON.parse(reply.result!.value!);
        },
        clickAt: async (x, y) => void (await send('input.performActions', { context, actions: clickActions(x, y) })),
        press: async (keys) => void (await send('input.performActions', { context, actions: keyActions(keys) })),
        async screenshot() {
          const { data } = (await send('browsingContext.captureScreenshot', { context })) as { data: string };
          return Buffer.from(data, 'base64');
        },
        async otherWindowTexts() {
          const { contexts } = (await send('browsingContext.getTree', { maxDepth: 0 })) as {
            contexts: { context: string; originalOpener?: string | null }[];
          };
          const opened = contexts.filter((other) => other.originalOpener === context);
          const texts: string[] = [];
          for (const other of opened) {
            const reply = (await send('script.evaluate', {
              expression: 'document.body.textContent',
              target: { context: other.context },
              awaitPromise: false,
            })) as { result?: { value?: string } };
            texts.push(reply.result?.value ?? '');
          }
          return texts;
        },
        close: async () => void (await send('browsingContext.close', { context }).catch(() => undefined)),
      };
      return page;
    },
    async close() {
      await send('session.end', {}).catch(() => undefined);
      ws.close();
      await stop();
    },
  };
}
