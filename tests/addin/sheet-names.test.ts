// The Excel fake takes sheet names and visibility as Excel does: 1–31 characters without \ / ? * [ ] :, and never
// the last visible sheet hidden. Every name Teamscan writes (injection's staging and backup names, snapshots) fits.

import { fakeExcel } from './fake-excel';

async function attempt(f: (context: any) => void, sheets?: string[]): Promise<unknown> {
  const excel = fakeExcel(
    sheets ? { sheets: sheets.map((name) => ({ ...fakeExcel().book.sheets[0]!, name })) } : undefined,
  );
  return excel
    .run(async (context) => {
      f(context);
      await context.sync();
    })
    .then(
      () => 'ok',
      (error: { code?: string }) => error.code,
    );
}

describe('sheet names and visibility in the Excel fake', () => {
  it.each(['x'.repeat(32), 'a/b', 'a:b', 'a[1]', 'what?', 'a*', 'a\\b', ''])('refuses the name %j', async (name) => {
    expect(await attempt((context) => context.workbook.worksheets.add(name))).toBe('InvalidArgument');
  });

  it('takes a name of 31 characters and the names Teamscan uses', async () => {
    for (const name of ['x'.repeat(31), 'Scan 2026-12-07', 'Teamscan-log', 'Dekking (nieuw)']) {
      expect(await attempt((context) => context.workbook.worksheets.add(name))).toBe('ok');
    }
  });

  it('refuses to hide the last visible sheet', async () => {
    expect(await attempt((context) => (context.workbook.worksheets.getItem('Blad1').visibility = 'Hidden'))).toBe(
      'InvalidOperation',
    );
  });
});
