// The cost of a recalculation: a sheet of SCORE cells (one per person and area, as a per-cell layout gives) plus
// the dashboard, all started by Excel in one recalculation. The value-type reads go in one Excel.run whatever the
// number of cells (custom-functions-batching: queue the calls, flush once after setTimeout 0).

import { batchedValueTypeReader } from '../../addin/functions/batch-reads';
import { excelError } from '../../addin/functions/errors';
import { type FunctionsHost, registerFunctions } from '../../addin/functions/register';
import { excelValueTypeReader } from '../../addin/functions/value-types';
import { findFormula } from '../../shared/formulas/registry';
import { callAsExcel, range } from './fake/functions';
import { fill } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';

const AREAS = ['Adviseur', 'Coach', 'Innovator'];
const CELLS_PER_PERSON = 127;

/** Runs one recalculation of people × 127 SCORE cells and the dashboard; the Excel.run count and the results. */
async function recalculate(people: number, batched: boolean) {
  const names = Array.from({ length: people }, (_, index) => `Persoon ${index + 1}`);
  // Every third level empty: Excel desktop passes it as 0, so each call needs the value types.
  const rows = names.map((name, r) => [name, ...AREAS.map((_, c) => ((r + c) % 3 === 0 ? null : ((r + c) % 4) + 1))]);
  const excel = fakeExcel({ sheets: [fill(emptySheet('Teammatrix'), [['Naam', ...AREAS], ...rows])] });
  const functions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const reader = excelValueTypeReader(excel.run);
  const host: FunctionsHost = {
    associate: (id, fn) => functions.set(id, fn),
    error: (message, kind) => excelError(kind, message, (code, text) => ({ code, text })),
    readValueTypes: batched ? batchedValueTypeReader(reader) : reader,
    language: () => 'nl',
  };
  registerFunctions(host);
  const matrix = range(`Teammatrix!A1:D${people + 1}`);
  const call = (id: string, ...args: unknown[]) =>
    callAsExcel(functions.get(id)!, findFormula(id)!.params.length, excel.book, args, { platform: 'desktop' });
  // Excel starts every call of the recalculation before any of them answers.
  const calls: Promise<unknown>[] = [];
  for (const name of names) {
    for (let cell = 0; cell < CELLS_PER_PERSON; cell++) calls.push(call('SCORE', matrix, name, AREAS[cell % 3]));
  }
  calls.push(call('DEKKING', matrix), call('GEDEKT', matrix, 'coach'), call('HIATEN', matrix));
  const results = await Promise.all(calls);
  return { runs: excel.runs.length, results };
}

describe('round trips per recalculation', () => {
  it('one Excel.run for 10 × 127 and for 60 × 127 SCORE cells plus the dashboard', async () => {
    const small = await recalculate(10, true);
    const large = await recalculate(60, true);
    expect(small.runs).toBe(1);
    expect(large.runs).toBe(small.runs);
  });

  it('gives every cell the answer it gets when read on its own', async () => {
    const batched = await recalculate(4, true);
    const single = await recalculate(4, false);
    expect(batched.results).toEqual(single.results);
    expect(single.results.filter((result) => !Array.isArray(result))).toEqual([]);
    // Without the queue, each call is its own round trip: the count grew with the cells.
    expect(single.runs).toBe(4 * CELLS_PER_PERSON + 3);
  });
});
