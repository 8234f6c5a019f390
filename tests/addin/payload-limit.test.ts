// Excel's 5 MB request limit in the fake, and the writes of a large team staying under it, all or nothing.

import { ExcelBridge } from '../../addin/excel/bridge';
import { rowRuns } from '../../addin/excel/payload';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { FakeContext, type FakeOptions, REQUEST_PAYLOAD_LIMIT } from './fake/model';
import { fill } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';

const PEOPLE = 2000;
const LEVEL_COLUMNS = 127;

/** A Teammatrix of 2,000 people × 127 level columns, levels typed as text ("3 - Gevorderd"), as a big team has it. */
function bigMatrix() {
  const header = ['Naam', 'Rol', 'Bijgewerkt', ...Array.from({ length: LEVEL_COLUMNS }, (_, c) => `K${c + 1}`)];
  const rows = Array.from({ length: PEOPLE }, (_, r) => [
    `Persoon met een lange naam ${r + 1}`,
    'ICT-coach',
    '',
    ...Array.from({ length: LEVEL_COLUMNS }, (_, c) => `${(r + c) % 5} - Gevorderd`),
  ]);
  return fill(emptySheet('Teammatrix'), [header, ...rows]);
}

/** The largest request each sync sent, across every context the test made. */
function watchPayloads(): { largest: () => number; restore: () => void } {
  const original = FakeContext.prototype.sync;
  let largest = 0;
  FakeContext.prototype.sync = async function (this: FakeContext) {
    try {
      await original.call(this);
    } finally {
      largest = Math.max(largest, this.largestPayload);
    }
  };
  return { largest: () => largest, restore: () => (FakeContext.prototype.sync = original) };
}

let watch: ReturnType<typeof watchPayloads>;
beforeEach(() => {
  watch = watchPayloads();
});
afterEach(() => watch.restore());

test('the fake refuses a sync carrying more than 5 MB of values with RequestPayloadSizeLimitExceeded; nothing runs', async () => {
  const excel = fakeExcel({ sheets: [emptySheet('Blad1')] });
  const big = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(600)));
  const error = await excel
    .run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRangeByIndexes(0, 0, 1, 1).values = [['eerst']];
      context.workbook.worksheets.getItem('Blad1').getRangeByIndexes(1, 0, 1000, 10).values = big;
      await context.sync();
    })
    .catch((caught: unknown) => caught);
  expect((error as { code?: string }).code).toBe('RequestPayloadSizeLimitExceeded');
  expect(excel.book.sheets[0]!.cells.size).toBe(0);
});

test('a snapshot of 2,000 people × 127 columns sends no request over 5 MB and copies every cell', async () => {
  const sheet = bigMatrix();
  const excel = fakeExcel({ sheets: [emptySheet('Profiel'), sheet] });
  const name = await new ExcelBridge(excel.run, 'nl-NL').saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' });
  expect(watch.largest()).toBeGreaterThan(0);
  expect(watch.largest()).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
  const copy = excel.book.sheets.find((candidate) => candidate.name === name)!;
  const valueMap = (of: typeof sheet) =>
    new Map([...of.cells].filter(([, cell]) => cell.value !== '').map(([at, cell]) => [at, cell.value]));
  expect(valueMap(copy)).toEqual(valueMap(sheet));
  expect(copy.protected).toBe(true);
});

test.each([2, 3])('a large snapshot failing in its row run at sync %i leaves no sheet behind', async (failing) => {
  const options: FakeOptions = { failAt: (at) => at.run === 0 && at.sync === failing + 1 && at.op === 0 };
  const excel = fakeExcel({ sheets: [emptySheet('Profiel'), bigMatrix()] }, options);
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  await expect(bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' })).rejects.toBeTruthy();
  expect(excel.book.sheets.map((sheet) => sheet.name)).toEqual(['Profiel', 'Teammatrix']);
});

test('injecting 2,000 people at the detail competenties sends no request over 5 MB', async () => {
  const names = Array.from({ length: PEOPLE }, (_, r) => `Persoon met een lange naam ${r + 1}`);
  const plan = buildWorkbookPlan({ profile: findBuiltinProfile('npuls')!, detail: 'competenties', lang: 'nl', names });
  const excel = fakeExcel({ sheets: [emptySheet('Blad1')] });
  await new ExcelBridge(excel.run, 'nl-NL').applyPlan(plan);
  expect(watch.largest()).toBeGreaterThan(0);
  expect(watch.largest()).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
  expect(excel.book.sheets.map((sheet) => sheet.name)).toContain('Teammatrix');
});

test('rowRuns covers every row once, in order, each run within the budget unless one row is larger', () => {
  const grid = Array.from({ length: 50 }, (_, r) => ['x'.repeat(r * 7)]);
  const runs = rowRuns(grid.length, [grid], 400);
  expect(runs[0]![0]).toBe(0);
  expect(runs.at(-1)![1]).toBe(50);
  for (const [index, [start, end]] of runs.entries()) {
    if (index > 0) expect(start).toBe(runs[index - 1]![1]);
    const size = grid.slice(start, end).reduce((sum, row) => sum + JSON.stringify(row).length, 0);
    if (end - start > 1) expect(size).toBeLessThanOrEqual(400);
  }
  expect(rowRuns(0, [[]])).toEqual([[0, 0]]);
});
