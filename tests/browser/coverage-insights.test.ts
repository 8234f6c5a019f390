// Dekking's insights in the built preview in Chromium: gaps by risk, key people and learning pairs equal the core
// on the cells typed into the grid; a target and a norm typed on the Dekking sheet update the panel; a screenshot.

import { analyze } from '../../shared/analysis/analyze';
import { byRisk } from '../../shared/analysis/insights';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { browserAvailable, previewPages } from './chromium';
import { panelPage, until } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

// Teammatrix cells: E Basis … J Innovator, L Ontwikkelwens Adviseur, N Ontwikkelwens Didacticus.
const TYPED: Record<string, string> = {
  F2: '4',
  G2: '4',
  J2: '2',
  F3: '2',
  H3: '2',
  I3: '1',
  L4: 'ja',
  N4: 'ja',
};

suite('Dekking insights in chromium', () => {
  const preview = previewPages({ width: 1280, height: 1100 });

  test('risk order, key people and learning pairs equal the core; a norm typed on Dekking updates them', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna', 'Bram', 'Chris']);
    for (const [address, text] of Object.entries(TYPED)) {
      await page.locator(`td[data-cell="${address}"]`).dblclick();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    const stored = await page.evaluate(() => localStorage.getItem('teamscan.preview.workbook.v1'));
    const cells = JSON.parse(stored!).sheets.find((sheet: { name: string }) => sheet.name === 'Teammatrix').cells;
    const values = cells.map((line: unknown[]) => line.map((cell) => (typeof cell === 'object' && cell ? null : cell)));
    const analysis = analyze(readMatrix({ values: values as CellValue[][] }, findBuiltinProfile('npuls')!));

    await page.locator('#tab-coverage').click();
    const panel = ui.panel();
    const findings = panel.getByTestId('findings');
    await findings.getByTestId('risk-didacticus').waitFor();
    // Opening Dekking reads the workbook again, and until that read is in the panel shows the one before (taken
    // when the selection reached N4, before "ja" was typed there): each reading waits for the newer read.
    const lines = (testId: string) => async () =>
      (await panel.getByTestId(testId).locator('li').allTextContents()).join('\n');
    const openOrder = async () =>
      (
        await findings
          .locator('[data-testid^="open-"]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')!.slice('open-'.length)))
      ).join(' ');
    expect(byRisk(analysis.areas).map((area) => area.id)).toEqual(['didacticus', 'coach', 'innovator', 'adviseur']);
    expect(await until(openOrder, 'didacticus coach innovator adviseur')).toBe('didacticus coach innovator adviseur');
    expect(await findings.getByTestId('risk-adviseur').textContent()).toBe(
      'Risico 5 van 9: de drempel gehaald door 1 van de 2 nodige mensen; één expert kan het doorgeven.',
    );
    expect(analysis.keyPeople.map((person) => person.name)).toEqual(['Anna', 'Bram']);
    const keyPeople = [
      'Anna — nodig voor de dekking van Bruggenbouwer, Adviseur, Innovator',
      'Bram — nodig voor de dekking van Bruggenbouwer, Coach',
    ].join('\n');
    expect(await until(lines('key-people'), keyPeople)).toBe(keyPeople);
    expect(analysis.pairs).toEqual([
      { area: 'adviseur', learner: 'Chris', mentor: 'Anna' },
      { area: 'didacticus', learner: 'Chris', mentor: null },
    ]);
    const pairs = [
      'Adviseur: Chris leert van Anna',
      'Didacticus: Chris — een begeleider heeft niveau 3 nodig en niemand in het team heeft dat: buiten het team zoeken',
    ].join('\n');
    expect(await until(lines('learning-pairs'), pairs)).toBe(pairs);
    await panel.getByTestId('learning-pairs').scrollIntoViewIfNeeded();
    await ui.shot('coverage-insights');

    // Target 1 typed into Dekking!B3: the vulnerable areas are covered now; only the gap is left.
    await page.locator('.sheet-tabs button', { hasText: 'Dekking' }).click();
    await page.locator('td[data-cell="B3"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Vernieuwen' }).click();
    await panel.getByTestId('risk-coach').waitFor({ state: 'detached' });
    expect(await findings.locator('[data-testid^="open-"]').count()).toBe(1);
    // The norms table below DEKKING follows B3: Coach's Doel (C19) shows the 1 typed there, computed in the grid.
    expect(await ui.cellText('A19')).toBe('Coach');
    expect(await ui.cellText('C19')).toBe('1');
    // A norm of Coach's own typed over its Drempel: Bram's 2 no longer covers it, the sheet and the panel agree.
    await page.locator('td[data-cell="B19"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Vernieuwen' }).click();
    await findings.getByTestId('risk-coach').waitFor();
    expect(await findings.getByTestId('risk-coach').textContent()).toMatch(/^Risico 9 van 9: niemand haalt de drempel/);
    expect(await ui.cellText('B10')).toBe('0');
    // Coach's card and the heat map's header show its own threshold, marked as an own norm.
    expect(await panel.getByTestId('area-norm-coach').textContent()).toBe('drempel 3 · doel 1 · eigen norm');
    await panel.getByTestId('area-norm-coach').scrollIntoViewIfNeeded();
    await ui.shot('dekking-norms');
  }, 120_000);
});
