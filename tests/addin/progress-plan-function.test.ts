// VOORTGANG / PROGRESS with the Ontwikkelplan sheet as its last argument, as Excel calls it over the fake workbook:
// the core's table with its goals row on desktop (an empty cell as 0) and on the web (null), the table unchanged
// without a plan, and a plan cell that is no level refused naming the cell.

import { excelFunctionsMetadata } from '../../shared/formulas/generate/excel-metadata';
import { runFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { type Platform, range } from './fake/functions';
import { asExcel, failureOf, host, PLATFORMS, TRUTH } from './functions-support';

describe('VOORTGANG with a plan in Excel', () => {
  // The snapshot beside TRUTH (Jan: Adviseur 3, Coach empty, Innovator 2; Piet: 0, 2, empty).
  const BEFORE = [
    ['Naam', 'Adviseur', 'Coach', 'Innovator'],
    ['Jan', 1, null, 2],
    ['Piet', 0, 2, null],
  ];
  const PLAN = [
    ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'],
    // Reached since: Adviseur 1 → 3.
    ['Jan', 'Adviseur', null, null, 3, 'Meelopen', 'Piet', 'mei', 'open'],
    // Jan's Coach cell is empty in both rounds (0 on desktop): read as empty, the goal stays open.
    ['Jan', 'Coach', null, null, 1, null, null, null, null],
    // Reached before already (Innovator 2 both times): not counted as reached since.
    ['Jan', 'Innovator', null, null, 2, null, null, null, null],
    ['Piet', 'Coach', null, null, null, 'Geen doel nog', null, null, null],
    ['Klaas', 'Coach', null, null, 2, null, null, null, null],
  ];

  const progressHost = (plan: (string | number | null)[][], lang: Language) => {
    const { call } = host({ lang, sheets: { 'Scan 2026-06-01': BEFORE, Ontwikkelplan: plan } });
    return (name: string, platform: Platform, ...args: unknown[]) => call(name, platform, ...args);
  };
  const matrix = range('Teammatrix!A1:D3');
  const snapshot = range("'Scan 2026-06-01'!A1:D3");

  it('declares the plan in functions.json as the last, optional range, after schaal, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const progress = excelFunctionsMetadata(lang).functions.find((formula) => formula.id === 'VOORTGANG')!;
      expect(
        progress.parameters.slice(-2).map(({ name, dimensionality, optional }) => [name, dimensionality, optional]),
      ).toEqual([
        [lang === 'nl' ? 'schaal' : 'scale', 'scalar', true],
        ['plan', 'matrix', true],
      ]);
    }
  });

  it('counts the goals reached since the snapshot as the core does, on every platform', async () => {
    const call = progressHost(PLAN, 'nl');
    for (const platform of PLATFORMS) {
      const plan = range('Ontwikkelplan!A1:I6');
      const result = (await call('VOORTGANG', platform, matrix, snapshot, null, null, null, null, plan)) as unknown[][];
      expect([platform, result]).toEqual([
        platform,
        asExcel(runFormula('VOORTGANG', [TRUTH, BEFORE, null, null, null, null, PLAN])),
      ]);
      expect([platform, result.at(-1)]).toEqual([
        platform,
        ['Doelen bereikt sinds eerder', '1 van 4', 'Niet in de matrix: Klaas', '', '', ''],
      ]);
    }
  });

  it('without a plan the table is the one it was', async () => {
    const call = progressHost(PLAN, 'nl');
    for (const platform of PLATFORMS) {
      const result = await call('VOORTGANG', platform, matrix, snapshot);
      expect([platform, result]).toEqual([platform, asExcel(runFormula('VOORTGANG', [TRUTH, BEFORE]))]);
      expect((result as unknown[][]).some((row) => row[0] === 'Doelen bereikt sinds eerder')).toBe(false);
    }
  });

  it('refuses a Doel that is no level as #VALUE!, in English Excel in English, naming the cell', async () => {
    const bad = PLAN.map((row, r) => (r === 2 ? ['Jan', 'Coach', null, null, 'hoog', null, null, null, null] : row));
    const call = progressHost(bad, 'en');
    const plan = range('Ontwikkelplan!A1:I6');
    const failure = await failureOf(call('VOORTGANG', 'web', matrix, snapshot, null, null, null, null, plan));
    expect([failure.code, failure.message]).toEqual([
      '#VALUE!',
      'Cell Ontwikkelplan!E3: the goal "hoog" is not a level from 0 to 4.',
    ]);
  });
});
