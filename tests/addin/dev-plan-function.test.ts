// ONTWIKKELPLAN / DEVPLAN as Excel calls it over the fake workbook: a person's open goals as the core lists them, on
// desktop (an empty cell as 0) and on the web (null), and a plan cell that is no level refused naming the cell.

import { runFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { type Platform, range } from './fake/functions';
import { asExcel, failureOf, host, PLATFORMS, TRUTH } from './functions-support';

describe('ONTWIKKELPLAN in Excel', () => {
  const PLAN = [
    ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'],
    ['Jan', 'Coach', null, null, 2, 'Intervisie', 'Piet', 'mei', 'open'],
    ['Jan', 'Adviseur', null, null, 3, 'Reached already', null, null, null],
    ['Piet', 'Innovator', null, null, 1, null, null, null, null],
  ];

  const planHost = (plan: (string | number | null)[][], lang: Language) => {
    const { call } = host({ lang, sheets: { Ontwikkelplan: plan } });
    return (platform: Platform, ...args: unknown[]) => call('ONTWIKKELPLAN', platform, ...args);
  };

  it('lists the open goals as the core does on every platform: empty plan cells (0 on desktop) stay empty', async () => {
    const call = planHost(PLAN, 'nl');
    for (const platform of PLATFORMS) {
      const result = await call(platform, range('Ontwikkelplan!A1:I4'), 'Jan', range('Teammatrix!A1:D3'));
      expect([platform, result]).toEqual([platform, asExcel(runFormula('ONTWIKKELPLAN', [PLAN, 'Jan', TRUTH]))]);
      // Jan's Coach cell is empty: "Nu" is empty, never 0; his Adviseur goal (3, he has 3) is reached and left out.
      expect(result).toEqual([
        ['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer'],
        ['Coach', '', '', 2, 'Intervisie', 'Piet', 'mei'],
      ]);
    }
  });

  it('refuses a Doel that is no level as #VALUE!, in English Excel in English, naming the cell', async () => {
    const bad = PLAN.map((row, r) => (r === 2 ? ['Jan', 'Adviseur', null, null, 'hoog', null, null, null, null] : row));
    const call = planHost(bad, 'en');
    const failure = await failureOf(call('web', range('Ontwikkelplan!A1:I4'), 'Jan', range('Teammatrix!A1:D3')));
    expect([failure.code, failure.message]).toEqual([
      '#VALUE!',
      'Cell Ontwikkelplan!E3: the goal "hoog" is not a level from 0 to 4.',
    ]);
  });
});
