/** @jest-environment jsdom */
// Each Excel probe with the fake made to answer the other way: the probe reports fail (or n.v.t.), and where the
// product has a safe path it takes it once the result is stored (text with an apostrophe, functions refusing).

import { literalInput } from '../../../addin/excel/cell-values';
import { excelError } from '../../../addin/functions/errors';
import { excelFunction } from '../../../addin/functions/register';
import { type ExcelSelfTestDeps, runExcelSelfTest } from '../../../addin/selftest/excel-self-test';
import { applyFallbacks } from '../../../addin/selftest/settings';
import { findFormula } from '../../../shared/formulas/registry';
import { fallbacksOf, NO_FALLBACKS, toStored } from '../../../shared/selftest/stored';
import { callAsExcel, range } from '../fake/functions';
import { FakeRange } from '../fake/range';
import { emptySheet, OfficeError } from '../fake-excel';
import { type Harness, type HarnessOptions, harness, instantClock } from './harness';

function deps(h: Harness): ExcelSelfTestDeps {
  return {
    run: h.excel.run,
    bridge: h.bridge,
    office: h.office,
    clock: instantClock,
    locale: 'en-US',
    now: () => '2026-12-07T06:10:00.000Z',
  };
}

async function statusOf(id: string, options: HarnessOptions = {}, tweak?: (h: Harness) => void) {
  const h = harness(options);
  tweak?.(h);
  const report = await runExcelSelfTest(deps(h));
  // Whatever the answer, nothing of the run stays behind.
  expect(h.excel.book.sheets.map((s) => s.name)).toEqual(['Teammatrix', ...extraSheets(h)]);
  return { status: report.run.results.find((r) => r.id === id)!, report };
}

const extraSheets = (h: Harness) =>
  h.excel.book.sheets
    .slice(1)
    .filter((s) => s.name === 'Teamscan-log')
    .map((s) => s.name);

afterEach(() => {
  applyFallbacks(NO_FALLBACKS);
  jest.restoreAllMocks();
});

/** Excel not keeping "@" text: a number-like or date-like text comes back as a number. */
const numbersFromText: HarnessOptions['afterWrite'] = (book) => {
  for (const sheet of book.sheets.filter((s) => s.name.startsWith('Teamscan-zelftest'))) {
    for (const cell of sheet.cells.values()) {
      if (typeof cell.value === 'string' && /^\d+(,\d+)?$/.test(cell.value))
        cell.value = Number(cell.value.replace(',', '.'));
    }
  }
};

test('text-stays-text fails when "@" does not keep "007" as text; then every text is written with an apostrophe', async () => {
  const { status, report } = await statusOf('text-stays-text', { afterWrite: numbersFromText });
  expect(status.status).toBe('fail');
  expect(String(status.saw)).toContain('7 (Double)');
  expect(literalInput('007')).toBe('007');
  applyFallbacks(fallbacksOf(toStored(report)));
  expect(literalInput('007')).toBe("'007");
  expect(literalInput('3,5')).toBe("'3,5");
  expect(literalInput(3)).toBe(3);
});

/** A function over the Teammatrix as Excel desktop calls it. */
async function scoreOfJan(h: Harness): Promise<unknown> {
  const fn = excelFunction(findFormula('SCORE')!, {
    associate: () => undefined,
    error: (message, kind) => excelError(kind, message, (code, text) => Object.assign(new Error(text), { code })),
    readValueTypes: () => Promise.resolve([]),
    language: () => 'en',
  });
  try {
    return await callAsExcel(
      fn,
      findFormula('SCORE')!.params.length,
      h.excel.book,
      [range('Teammatrix!A1:B2'), 'Jan', 'coach'],
      { platform: 'desktop' },
    );
  } catch (error) {
    return (error as Error).message;
  }
}

test('empty-vs-zero fails when an empty cell comes out as 0; the functions then refuse with the reason', async () => {
  const { status, report } = await statusOf('empty-vs-zero', {
    functionResult: (value) => (typeof value === 'number' ? value : 0),
  });
  expect(status.status).toBe('fail');
  expect(String(status.saw)).toBe('leeg → 0, 0 → 0');
  const h = harness();
  expect(await scoreOfJan(h)).toEqual([[2]]);
  applyFallbacks(fallbacksOf(toStored(report)));
  expect(await scoreOfJan(h)).toMatch(/self-test .* found this Excel does not let an empty cell be told from a 0/);
});

test('parameter-addresses fails on CustomFunctionsRuntime 1.2, and the functions refuse', async () => {
  const { status, report } = await statusOf('parameter-addresses', { runtime: '1.2' });
  expect(status.status).toBe('fail');
  expect(fallbacksOf(toStored(report))).toEqual({ textApostrophe: false, functionsRefuse: true });
});

test('value-preview-flag fails without isInValuePreview and without CustomFunctionsRuntime 1.5', async () => {
  const { status } = await statusOf('value-preview-flag', {
    runtime: '1.3',
    missingSets: ['CustomFunctionsRuntime 1.5'],
  });
  expect(status.status).toBe('fail');
});

test('requirement-sets fails when a required set is missing, naming it', async () => {
  const { status } = await statusOf('requirement-sets', { missingSets: ['ExcelApi 1.13'] });
  expect(status.status).toBe('fail');
  expect(String(status.saw)).toContain('ExcelApi 1.13: nee');
});

test('range-find-one-cell fails when find on one cell searches only that cell', async () => {
  jest.spyOn(FakeRange.prototype, 'find').mockImplementation(function (this: FakeRange) {
    (this as unknown as { ctx: { queue(op: () => void): void } }).ctx.queue(() => {
      throw new OfficeError('ItemNotFound');
    });
    return this;
  });
  const { status } = await statusOf('range-find-one-cell');
  expect(status.status).toBe('fail');
});

test('compare-and-set fails when a save lands over a change', async () => {
  const { status } = await statusOf('compare-and-set', {}, (h) => {
    jest.spyOn(h.bridge, 'writeRow').mockResolvedValue(undefined);
  });
  expect(status.status).toBe('fail');
  expect(String(status.saw)).toContain('opgeslagen/saved');
});

test('snapshot-protected fails when the copy takes a write; the copy is removed all the same', async () => {
  const { status } = await statusOf('snapshot-protected', {}, (h) => {
    jest.spyOn(h.bridge, 'saveSnapshot').mockImplementation(async () => {
      h.excel.book.sheets.push(emptySheet('Scan 2026-12-07'));
      return 'Scan 2026-12-07';
    });
  });
  expect(status.status).toBe('fail');
});

test('hidden-log fails on a visible change log and passes on a hidden one', async () => {
  const visible = await statusOf('hidden-log', {}, (h) => h.excel.book.sheets.push(emptySheet('Teamscan-log')));
  expect(visible.status.status).toBe('fail');
  const hidden = await statusOf('hidden-log', {}, (h) =>
    h.excel.book.sheets.push({ ...emptySheet('Teamscan-log'), visibility: 'Hidden' }),
  );
  expect(hidden.status.status).toBe('pass');
});

test('dialog-parts is n.v.t. without a dialog API and fails when the dialog cannot open', async () => {
  expect((await statusOf('dialog-parts', { noDialogs: true })).status.status).toBe('na');
  const { status } = await statusOf('dialog-parts', {}, (h) => {
    (h.office as { openDialog?: unknown }).openDialog = () => Promise.reject(new Error('12009'));
  });
  expect(status.status).toBe('fail');
});
