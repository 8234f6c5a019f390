// Polls the active cell for the sidebar (Sheets has no selection event), slower when idle, paused when hidden.

/** Fast interval: right after a change, a focus, or the sidebar coming back into view. */
export const POLL_INTERVAL_MS = 1000;
/** Slowest interval while nothing changes. */
export const MAX_POLL_INTERVAL_MS = 10000;
/** Polls without a change before the interval starts doubling. */
export const IDLE_POLLS = 5;

export interface Timers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Whether anyone can see the sidebar, and a signal when that may have changed (focus, visibility). */
export interface PageActivity {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

interface EventSource {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** The page's own signals: `document.visibilityState` and its change event, and the window's focus. */
export function pageActivity(scope: object = globalThis): PageActivity {
  const { document, window } = scope as { document?: EventSource & { visibilityState?: string }; window?: EventSource };
  return {
    hidden: () => document?.visibilityState === 'hidden',
    onChange(listener) {
      document?.addEventListener('visibilitychange', listener);
      window?.addEventListener('focus', listener);
      return () => {
        document?.removeEventListener('visibilitychange', listener);
        window?.removeEventListener('focus', listener);
      };
    },
  };
}

/**
 * Calls `poll` every second while the selection moves; after IDLE_POLLS polls without a change the interval
 * doubles up to MAX_POLL_INTERVAL_MS (a sidebar left open all day costs a few calls a minute, not 60). While
 * the page is hidden nothing is polled; on focus or when it shows again it polls at once and fast again.
 */
export class SelectionPoller {
  private timer: unknown;
  private delay: number;
  private unchanged = 0;
  private stopListening: (() => void) | undefined;

  constructor(
    /** One poll; resolves whether the selection changed. */
    private readonly poll: () => Promise<boolean>,
    private readonly timers: Timers,
    private readonly activity: PageActivity,
    private readonly fastMs = POLL_INTERVAL_MS,
    private readonly slowMs = MAX_POLL_INTERVAL_MS,
  ) {
    this.delay = fastMs;
  }

  get running(): boolean {
    return this.stopListening !== undefined;
  }

  /** The wait before the next poll, for tests and diagnostics. */
  get interval(): number {
    return this.delay;
  }

  start(): void {
    if (this.running) return;
    this.stopListening = this.activity.onChange(() => this.wake());
    this.delay = this.fastMs;
    this.unchanged = 0;
    this.schedule();
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.clear();
  }

  private clear(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(wait = this.delay): void {
    this.clear();
    if (!this.running || this.activity.hidden()) return;
    this.timer = this.timers.setTimeout(() => void this.tick(), wait);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    const changed = await this.poll();
    if (changed) {
      this.delay = this.fastMs;
      this.unchanged = 0;
    } else if (++this.unchanged >= IDLE_POLLS) {
      this.delay = Math.min(this.delay * 2, this.slowMs);
    }
    if (this.timer === undefined) this.schedule();
  }

  /** Focus or visibility changed: back to fast, and poll now if the page can be seen. */
  private wake(): void {
    this.delay = this.fastMs;
    this.unchanged = 0;
    this.schedule(0);
  }
}
