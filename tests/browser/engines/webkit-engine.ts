// WebKitGTK (the engine of Safari and of Excel for Mac's WKWebView) through WebKitWebDriver, Debian's
// webkit2gtk-driver, spoken to in plain W3C WebDriver over HTTP; MiniBrowser draws on an Xvfb display.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  COMMAND_TIMEOUT_MS,
  clickActions,
  DriverTimeout,
  type Engine,
  type EnginePage,
  freePort,
  keyActions,
  waitFor,
} from './engine';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';
export const webkitInstalled = () => [WEBKIT_DRIVER, MINIBROWSER, XVFB].every((file) => existsSync(file));

/** Starts Xvfb on a free display; resolves with its number once it accepts clients. */
function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, child });
    });
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code})`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** How long a command in another window (the report's) may take before it counts as failed and is asked again. */
const OTHER_WINDOW_TIMEOUT_MS = 20_000;
/** How long a new session (a MiniBrowser starting) may take. */
const SESSION_TIMEOUT_MS = 90_000;

export async function webkitEngine(): Promise<Engine> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const base = `http://127.0.0.1:${port}`;
  /**
   * One command. One the driver does not answer (seen: a script in a window still opening, a screenshot, on a loaded
   * machine) fails on its own as a DriverTimeout instead of holding the test until jest's timeout; `timeoutMs` is
   * shorter for commands in a window that may still be opening.
   */
  const call = async (method: string, path: string, body?: unknown, timeoutMs = COMMAND_TIMEOUT_MS) => {
    let response: Response;
    let json: { value: unknown };
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      json = (await response.json()) as { value: unknown };
    } catch (error) {
      // fetch's abort is a DOMException of Node's own realm, not the test's Error: told by its name.
      const late = (error as { name?: unknown } | null)?.name === 'TimeoutError';
      throw late ? new DriverTimeout(`${method} ${path.replace(/^\/session\/[^/]+/, '')}`, timeoutMs) : error;
    }
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  const closeAll = async () => {
    await Promise.all([stop(driver), stop(xvfb.child)]);
  };
  try {
    await waitFor(async () => (await fetch(`${base}/status`)).ok, 20_000, 'WebKitWebDriver');
  } catch (error) {
    await closeAll();
    throw error;
  }
  const sessions: string[] = [];
  return {
    name: 'webkit',
    async open(viewport) {
      // The driver's Status says when it can make another session ("ready", W3C WebDriver
      // §8.3); asked right after the last journey's session was deleted, a new one could wait past the test's timeout.
      await waitFor(
        async () => ((await call('GET', '/status')) as { ready?: boolean }).ready !== false,
        60_000,
        'a free WebKit session',
      );
      // A new session starts a MiniBrowser: on a loaded machine that has taken over 30 s.
      const session = (await call(
        'POST',
        '/session',
        {
          capabilities: {
            alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
          },
        },
        SESSION_TIMEOUT_MS,
      )) as { sessionId: string };
      const id = `/session/${session.sessionId}`;
      sessions.push(id);
      await call('POST', `${id}/window/rect`, { x: 0, y: 0, ...viewport });
      // The panel's window, taken once: after a command that timed out in another window, that one is current.
      const own = (await call('GET', `${id}/window`)) as string;
      const page: EnginePage = {
        goto: async (url) => void (await call('POST', `${id}/url`, { url })),
        evaluate: async (expression) =>
          JSON.parse(
            (await call('POST', `${id}/execute/sync`, {
              script: `return JSON.stringify((${expression}) ?? null);`,
              args: [],
            })) as string,
          ),
        clickAt: async (x, y) => void (await call('POST', `${id}/actions`, { actions: clickActions(x, y) })),
        press: async (keys) => void (await call('POST', `${id}/actions`, { actions: keyActions(keys) })),
        screenshot: async () => Buffer.from((await call('GET', `${id}/screenshot`)) as string, 'base64'),
        async otherWindowTexts() {
          const handles = (await call('GET', `${id}/window/handles`)) as string[];
          const texts: string[] = [];
          for (const handle of handles.filter((other) => other !== own)) {
            await call('POST', `${id}/window`, { handle }, OTHER_WINDOW_TIMEOUT_MS);
            texts.push(
              (await call(
                'POST',
                `${id}/execute/sync`,
                { script: 'return document.body.textContent;', args: [] },
                OTHER_WINDOW_TIMEOUT_MS,
              )) as string,
            );
          }
          await call('POST', `${id}/window`, { handle: own });
          return texts;
        },
        async close() {
          sessions.splice(sessions.indexOf(id), 1);
          await call('DELETE', id).catch(() => undefined);
        },
      };
      return page;
    },
    async close() {
      await Promise.all(sessions.map((id) => call('DELETE', id).catch(() => undefined)));
      await closeAll();
    },
  };
}
