// The self-test runner: every probe runs in the temporary sheet, which is removed in every case — a probe that
// throws, fails, hangs, every probe failing in turn, or the sheet not being made.

import fc from 'fast-check';
import { notApplicable, type Probe, passed } from '../../shared/selftest/probe';
import { runSelfTest, type SelfTestClock, type SelfTestTarget } from '../../shared/selftest/runner';

/** A workbook of sheet names: the user's, plus the temporary one while it exists. */
function fakeTarget(options: { failCreate?: boolean; failRemove?: boolean } = {}) {
  const sheets = ['Teammatrix'];
  const target: SelfTestTarget<{ sheet: string }> = {
    async createTempSheet() {
      if (options.failCreate) throw new Error('AccessDenied');
      sheets.push('Teamscan-zelftest-1');
      return { sheet: 'Teamscan-zelftest-1' };
    },
    async removeTempSheet() {
      if (options.failRemove) throw new Error('GeneralException');
      const at = sheets.indexOf('Teamscan-zelftest-1');
      if (at >= 0) sheets.splice(at, 1);
    },
  };
  return { sheets, target };
}

/** A clock whose time moves only when told; `after` resolves when time passes the mark. */
function manualClock() {
  let time = 0;
  const waiting: { at: number; resolve: () => void }[] = [];
  const clock: SelfTestClock = {
    now: () => time,
    after: (ms) => new Promise<void>((resolve) => waiting.push({ at: time + ms, resolve })),
  };
  const advance = (ms: number) => {
    time += ms;
    for (const wait of waiting.filter((w) => w.at <= time)) wait.resolve();
  };
  return { clock, advance };
}

const never: SelfTestClock = { now: () => 0, after: () => new Promise(() => undefined) };

type Behaviour = 'pass' | 'fail' | 'na' | 'throw' | 'reject';

function probe(id: string, behaviour: Behaviour, seen: string[] = []): Probe<{ sheet: string }> {
  return {
    id,
    checks: { nl: `controle ${id}`, en: `check ${id}` },
    expected: 'ok',
    run: (host) => {
      seen.push(host.sheet);
      if (behaviour === 'throw') throw new Error(`${id} threw`);
      if (behaviour === 'reject') return Promise.reject(new Error(`${id} rejected`));
      if (behaviour === 'na') return Promise.resolve(notApplicable('not here'));
      return Promise.resolve(behaviour === 'pass' ? passed('ok') : { status: 'fail', saw: 'wrong' });
    },
  };
}

test('every probe runs in the temporary sheet, which is gone afterwards', async () => {
  const { sheets, target } = fakeTarget();
  const seen: string[] = [];
  const progress: string[] = [];
  const run = await runSelfTest(target, [probe('a', 'pass', seen), probe('b', 'na', seen)], {
    clock: never,
    onProgress: (done, total, id) => progress.push(`${done}/${total} ${id ?? ''}`),
  });
  expect(seen).toEqual(['Teamscan-zelftest-1', 'Teamscan-zelftest-1']);
  expect(run.results.map((r) => [r.id, r.status])).toEqual([
    ['a', 'pass'],
    ['b', 'na'],
  ]);
  expect(run.cleanup).toEqual({ removed: true });
  expect(sheets).toEqual(['Teammatrix']);
  expect(progress).toEqual(['0/2 a', '1/2 b', '2/2 ']);
});

test('each probe failing in turn (failing, throwing or rejecting) never leaves the temporary sheet', async () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  for (const behaviour of ['fail', 'throw', 'reject'] as const) {
    for (const failing of ids) {
      const { sheets, target } = fakeTarget();
      const probes = ids.map((id) => probe(id, id === failing ? behaviour : 'pass'));
      const run = await runSelfTest(target, probes, { clock: never });
      expect(sheets).toEqual(['Teammatrix']);
      expect(run.results.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual([failing]);
      // The probes after the failing one still ran.
      expect(run.results).toHaveLength(ids.length);
    }
  }
});

test('every probe failing at once: all reported with what they threw, the sheet removed', async () => {
  const { sheets, target } = fakeTarget();
  const run = await runSelfTest(target, [probe('a', 'throw'), probe('b', 'reject'), probe('c', 'fail')], {
    clock: never,
  });
  expect(run.results.map((r) => [r.status, r.saw])).toEqual([
    ['fail', 'a threw'],
    ['fail', 'b rejected'],
    ['fail', 'wrong'],
  ]);
  expect(sheets).toEqual(['Teammatrix']);
});

test('any mix of outcomes: the temporary sheet never survives (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.constantFrom<Behaviour>('pass', 'fail', 'na', 'throw', 'reject'), { maxLength: 12 }),
      async (behaviours) => {
        const { sheets, target } = fakeTarget();
        const run = await runSelfTest(
          target,
          behaviours.map((b, i) => probe(`p${i}`, b)),
          { clock: never },
        );
        expect(sheets).toEqual(['Teammatrix']);
        expect(run.results).toHaveLength(behaviours.length);
      },
    ),
  );
});

test('a sheet that cannot be made: every probe fails with that reason, none runs', async () => {
  const { target } = fakeTarget({ failCreate: true });
  const seen: string[] = [];
  const run = await runSelfTest(target, [probe('a', 'pass', seen), probe('b', 'pass', seen)], { clock: never });
  expect(seen).toEqual([]);
  expect(run.results.map((r) => [r.status, r.saw])).toEqual([
    ['fail', { nl: 'geen tijdelijk blad: AccessDenied', en: 'no temporary sheet: AccessDenied' }],
    ['fail', { nl: 'geen tijdelijk blad: AccessDenied', en: 'no temporary sheet: AccessDenied' }],
  ]);
});

test('a sheet that cannot be removed is reported, not hidden', async () => {
  const { target } = fakeTarget({ failRemove: true });
  const run = await runSelfTest(target, [probe('a', 'throw')], { clock: never });
  expect(run.cleanup).toEqual({ removed: false, error: 'GeneralException' });
});

test('a probe that hangs fails after its limit; probes past the minute are n.v.t.; the sheet is removed', async () => {
  const { sheets, target } = fakeTarget();
  const { clock, advance } = manualClock();
  const hanging: Probe<{ sheet: string }> = {
    id: 'hang',
    checks: { nl: 'h', en: 'h' },
    expected: 'x',
    run: () => new Promise(() => undefined),
  };
  const pending = runSelfTest(target, [hanging, hanging, hanging, hanging], {
    clock,
    limitMs: 25_000,
    probeLimitMs: 10_000,
  });
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    advance(10_000);
  }
  const run = await pending;
  expect(run.results.map((r) => r.status)).toEqual(['fail', 'fail', 'fail', 'na']);
  expect(run.results[0]!.saw).toEqual({ nl: 'geen antwoord binnen 10 s', en: 'no answer within 10 s' });
  expect(run.results[2]!.saw).toEqual({ nl: 'geen antwoord binnen 5 s', en: 'no answer within 5 s' });
  expect(sheets).toEqual(['Teammatrix']);
});
