// The sidebar's typed client over google.script.run and the SheetsBridge that follows the active row.

import { ENDPOINTS, type ServerApi, type WireResult } from '../../appsscript/api';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { MAX_IN_FLIGHT, type ScriptRun, ServerClient } from '../../appsscript/sidebar/client';
import type { Selection } from '../../shared/host/bridge';
import { TeamscanError } from '../../shared/i18n/message';

interface Sent {
  readonly fn: string;
  readonly args: unknown[];
  succeed(value: WireResult<unknown>): void;
  fail(error: Error): void;
}

/** google.script.run as the page sees it: each call is answered later, by the test. */
function fakeRun(sent: Sent[]): () => ScriptRun {
  return () => {
    let onSuccess: (value: unknown) => void = () => {};
    let onFailure: (error: unknown) => void = () => {};
    const runner: ScriptRun = new Proxy({} as ScriptRun, {
      get(_target, property: string) {
        if (property === 'withSuccessHandler') {
          return (fn: typeof onSuccess) => {
            onSuccess = fn;
            return runner;
          };
        }
        if (property === 'withFailureHandler') {
          return (fn: typeof onFailure) => {
            onFailure = fn;
            return runner;
          };
        }
        return (...args: unknown[]) => {
          // What google.script.run does to arguments: a structured copy.
          sent.push({
            fn: property,
            args: JSON.parse(JSON.stringify(args)),
            succeed: (v) => onSuccess(v),
            fail: (e) => onFailure(e),
          });
        };
      },
    });
    return runner;
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the typed google.script.run client', () => {
  it('keeps at most 10 calls in flight and runs the rest as answers come in', async () => {
    const sent: Sent[] = [];
    const client = new ServerClient(fakeRun(sent));
    const results = Array.from({ length: 25 }, (_, i) => client.call('readSheet', `Blad${i}`));
    expect(sent).toHaveLength(MAX_IN_FLIGHT);
    let answered = 0;
    while (answered < 25) {
      const next = sent[answered]!;
      expect(client.running).toBeLessThanOrEqual(MAX_IN_FLIGHT);
      next.succeed({ ok: true, value: { sheet: next.args[0], values: [], exists: false } });
      answered++;
      await flush();
    }
    expect(sent.map((s) => s.fn)).toEqual(Array(25).fill(ENDPOINTS.readSheet));
    expect((await Promise.all(results)).map((r) => r.sheet)).toEqual(Array.from({ length: 25 }, (_, i) => `Blad${i}`));
  });

  it('never sends a Date', () => {
    const sent: Sent[] = [];
    const client = new ServerClient(fakeRun(sent));
    const write = {
      sheet: 'Teammatrix',
      headerRow: 1,
      row: 2,
      nameHeader: 'Naam',
      expectedName: 'Anna',
      cells: [{ header: 'Adviseur', expected: null, value: new Date() as never }],
    };
    expect(() => client.call('writeRow', write, 'nl')).toThrow(/Date/);
    expect(sent).toHaveLength(0);
  });

  it('turns a refused save back into a TeamscanError with its key, and a server failure into an Error', async () => {
    const sent: Sent[] = [];
    const client = new ServerClient(fakeRun(sent));
    const write = { sheet: 'Teammatrix', headerRow: 1, row: 2, nameHeader: 'Naam', expectedName: 'Anna', cells: [] };
    const refused = client.call('writeRow', write, 'en');
    const params = { row: 2, expected: '"Anna"', actual: '"Bert"' };
    sent[0]!.succeed({ ok: false, key: 'rowChanged', params, message: 'x' });
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamscanError);
    expect((error as TeamscanError).detail).toEqual({ key: 'rowChanged', params });
    const crashed = client.call('getSelection');
    sent[1]!.fail(new Error('Exceeded maximum execution time'));
    await expect(crashed).rejects.toThrow('Exceeded maximum execution time');
  });
});

describe('SheetsBridge', () => {
  function bridgeWith(answer: (fn: string, args: unknown[]) => unknown) {
    const run = () => {
      let onSuccess: (value: unknown) => void = () => {};
      const runner: ScriptRun = new Proxy({} as ScriptRun, {
        get(_target, property: string) {
          if (property === 'withSuccessHandler') {
            return (fn: typeof onSuccess) => {
              onSuccess = fn;
              return runner;
            };
          }
          if (property === 'withFailureHandler') return () => runner;
          return (...args: unknown[]) => queueMicrotask(() => onSuccess({ ok: true, value: answer(property, args) }));
        },
      });
      return runner;
    };
    // The page as the sidebar sees it: document.visibilityState and the visibilitychange / focus events.
    const page = { hidden: false, listeners: new Set<() => void>() };
    const activity = {
      hidden: () => page.hidden,
      onChange: (listener: () => void) => {
        page.listeners.add(listener);
        return () => page.listeners.delete(listener);
      },
    };
    const signal = (hidden: boolean) => {
      page.hidden = hidden;
      for (const listener of page.listeners) listener();
    };
    const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout };
    const bridge = new SheetsBridge(new ServerClient(run), { locale: 'nl-NL', lang: 'nl' }, timers, activity);
    return { bridge, signal, page };
  }

  it('revives dates in a sheet and names the grid origin', async () => {
    const when = Date.UTC(2024, 2, 1, 10);
    const { bridge } = bridgeWith(() => ({
      sheet: 'Teammatrix',
      exists: true,
      values: [
        ['Naam', 'Bijgewerkt'],
        ['Anna', { $date: when }],
      ],
    }));
    const snapshot = await bridge.readSheet('Teammatrix');
    expect(snapshot.grid.values[1]![1]).toEqual(new Date(when));
    expect(snapshot.grid.origin).toEqual({ sheet: 'Teammatrix', row: 1, column: 1 });
    expect(bridge.host).toBe('sheets');
  });

  describe('polling the active cell', () => {
    beforeEach(() => {
      jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    function polled(positions: () => Selection) {
      let polls = 0;
      const setup = bridgeWith((fn) => {
        expect(fn).toBe(ENDPOINTS.getSelection);
        polls++;
        return positions();
      });
      return { ...setup, polls: () => polls };
    }

    const at = (row: number): Selection => ({ sheet: 'Teammatrix', row, column: 1 });

    it('reports only changes, once a second while the selection moves, and stops when nobody listens', async () => {
      let row = 2;
      const { bridge, polls } = polled(() => at(row));
      const seen: Selection[] = [];
      const stop = bridge.onSelectionChanged((selection) => seen.push(selection));
      await jest.advanceTimersByTimeAsync(1000);
      await jest.advanceTimersByTimeAsync(1000);
      row = 3;
      await jest.advanceTimersByTimeAsync(1000);
      expect(polls()).toBe(3);
      expect(seen).toEqual([at(2), at(3)]);
      stop();
      expect(jest.getTimerCount()).toBe(0);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(polls()).toBe(3);
    });

    it('backs off to one poll in 10 s while idle, and is fast again as soon as the selection moves', async () => {
      let row = 2;
      const { bridge, polls } = polled(() => at(row));
      const seen: Selection[] = [];
      bridge.onSelectionChanged((selection) => seen.push(selection));
      await jest.advanceTimersByTimeAsync(60_000);
      // 1 s for the first polls, then 2, 4, 8 and 10 s: a dozen calls in the first idle minute, not 60.
      expect(polls()).toBeLessThanOrEqual(15);
      expect(bridge.selectionPoller.interval).toBe(10_000);
      const idle = polls();
      await jest.advanceTimersByTimeAsync(60_000);
      expect(polls() - idle).toBe(6);
      row = 5;
      await jest.advanceTimersByTimeAsync(10_000);
      expect(seen.at(-1)).toEqual(at(5));
      expect(bridge.selectionPoller.interval).toBe(1000);
      const moved = polls();
      await jest.advanceTimersByTimeAsync(3000);
      expect(polls() - moved).toBe(3);
    });

    it('polls nothing while the sidebar is hidden and at once when it shows or gets focus again', async () => {
      const { bridge, polls, signal } = polled(() => at(2));
      bridge.onSelectionChanged(() => {});
      await jest.advanceTimersByTimeAsync(30_000);
      signal(true); // visibilitychange: hidden
      const hidden = polls();
      await jest.advanceTimersByTimeAsync(10 * 60_000);
      expect(polls()).toBe(hidden);
      signal(false); // visible again
      await jest.advanceTimersByTimeAsync(0);
      expect(polls()).toBe(hidden + 1);
      expect(bridge.selectionPoller.interval).toBe(1000);
      await jest.advanceTimersByTimeAsync(60_000); // idle again: slows down
      const idle = polls();
      await jest.advanceTimersByTimeAsync(5000);
      expect(polls()).toBe(idle);
      signal(false); // focus
      await jest.advanceTimersByTimeAsync(0);
      expect(polls()).toBe(idle + 1);
    });
  });

  it('sends a plan in one call with the panel language and reports start and end', async () => {
    const calls: [string, unknown[]][] = [];
    const { bridge } = bridgeWith((fn, args) => {
      calls.push([fn, args]);
      return null;
    });
    const progress: number[] = [];
    const plan = {
      profileId: 'npuls',
      detail: 'gebieden',
      sheets: [],
      activate: 'Teammatrix',
      matrixRange: { row: 0, column: 0, rows: 1, columns: 1 },
    } as const;
    await bridge.applyPlan(plan as unknown as Parameters<ServerApi['applyPlan']>[0], (p) => progress.push(p.fraction));
    expect(calls).toEqual([[ENDPOINTS.applyPlan, [plan, 'nl']]]);
    expect(progress).toEqual([0, 1]);
  });
});
