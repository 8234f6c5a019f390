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
    let tick: () => void = () => {};
    const timers = {
      setInterval: (fn: () => void) => {
        tick = fn;
        return 1;
      },
      clearInterval: jest.fn(),
    };
    const bridge = new SheetsBridge(new ServerClient(run), { locale: 'nl-NL', lang: 'nl' }, timers, 500);
    return { bridge, tick: () => tick(), timers };
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

  it('follows the active row by polling, reporting only changes, and stops when nobody listens', async () => {
    const positions: Selection[] = [
      { sheet: 'Teammatrix', row: 2, column: 1 },
      { sheet: 'Teammatrix', row: 2, column: 1 },
      { sheet: 'Teammatrix', row: 3, column: 4 },
    ];
    let polls = 0;
    const { bridge, tick, timers } = bridgeWith((fn) => {
      expect(fn).toBe(ENDPOINTS.getSelection);
      return positions[Math.min(polls++, positions.length - 1)];
    });
    const seen: Selection[] = [];
    const stop = bridge.onSelectionChanged((selection) => seen.push(selection));
    for (let i = 0; i < 3; i++) {
      tick();
      await flush();
    }
    expect(seen).toEqual([positions[0], positions[2]]);
    stop();
    expect(timers.clearInterval).toHaveBeenCalledTimes(1);
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
