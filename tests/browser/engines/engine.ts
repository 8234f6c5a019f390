// One small driver surface over three engines (Chromium by playwright-core, Firefox by WebDriver BiDi, WebKitGTK by
// W3C WebDriver), so one list of journeys runs in each: pointer clicks at a point, keys, a script, a screenshot.

import { createServer } from 'node:net';

/** A key by its W3C WebDriver code point; single characters stand for themselves. */
export const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Delete: '\uE017',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
} as const;
export type NamedKey = keyof typeof KEYS;

/** One tab of one engine. */
export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; its value comes back through JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real pointer press and release at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses and releases each key in turn: a character, or a name of KEYS. */
  press(keys: readonly (string | NamedKey)[]): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** The text of each other window or tab the page opened (window.open), read without leaving the page. */
  otherWindowTexts(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  open(viewport: { width: number; height: number }): Promise<EnginePage>;
  close(): Promise<void>;
}

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The W3C key actions for `keys` (BiDi's input.performActions takes the same). */
export function keyActions(keys: readonly string[]) {
  const value = (key: string) => (key in KEYS ? KEYS[key as NamedKey] : key);
  return [
    {
      type: 'key',
      id: 'keyboard',
      actions: keys.flatMap((key) => [
        { type: 'keyDown', value: value(key) },
        { type: 'keyUp', value: value(key) },
      ]),
    },
  ];
}

/** The W3C pointer actions of a mouse click at a viewport point. */
export function clickActions(x: number, y: number) {
  return [
    {
      type: 'pointer',
      id: 'mouse',
      parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
        { type: 'pointerDown', button: 0 },
        { type: 'pause', duration: 50 },
        { type: 'pointerUp', button: 0 },
      ],
    },
  ];
}

/**
 * How long a driver may take to answer one command. A command it leaves unanswered (seen with WebKitGTK on a loaded
 * machine) fails as a DriverTimeout instead of holding the journey until jest's timeout.
 */
export const COMMAND_TIMEOUT_MS = 30_000;

/** A command the driver did not answer in time: the driver's fault, not the panel's (engines.test.ts runs the journey again once). */
export class DriverTimeout extends Error {
  constructor(command: string, ms: number) {
    super(`the driver did not answer ${command} within ${ms} ms`);
    this.name = 'DriverTimeout';
  }
}

/** `pending`, or a DriverTimeout naming `command` after `ms`. */
export function withinTime<T>(pending: Promise<T>, command: string, ms = COMMAND_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DriverTimeout(command, ms)), ms);
  });
  return Promise.race([pending, late]).finally(() => clearTimeout(timer));
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Polls `ready` until it is true or `ms` pass. */
export async function waitFor(ready: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await ready().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
