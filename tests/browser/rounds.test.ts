// Momentopname in the built preview in Chromium: a scan save logs its cells in Teamscan-log; the panel saves a
// snapshot, a level changes in the grid, and choosing the snapshot shows the change since; the copy is read-only.

import type { Page } from 'playwright-core';
import { LOG_SHEET } from '../../shared/host/change-log';
import { browserAvailable, previewPages } from './chromium';
import { panelPage, until } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

type StoredSheet = { name: string; cells: unknown[][] };

async function storedSheet(page: Page, name: string): Promise<StoredSheet | undefined> {
  const stored = await page.evaluate(() => localStorage.getItem('teamscan.preview.workbook.v1'));
  return (JSON.parse(stored!).sheets as StoredSheet[]).find((sheet) => sheet.name === name);
}

suite('Momentopname in chromium', () => {
  const preview = previewPages({ width: 1280, height: 1100 });

  test('save a snapshot, change a level in the grid, choose the snapshot: the panel shows the change', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna', 'Bram', 'Chris']);
    const panel = ui.panel();

    // A save from the scan form: Anna reaches bekwaam on Bruggenbouwer, and Teamscan-log gets its row.
    await ui.picker('Bruggenbouwer').getByRole('radio', { name: /^2 / }).click();
    await panel.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const logRows = async () => (await storedSheet(page, LOG_SHEET))?.cells.length ?? 0;
    expect(await until(logRows, 2)).toBe(2);
    const log = (await storedSheet(page, LOG_SHEET))!.cells;
    expect(log[0]).toEqual(['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu']);
    expect(log[1]!.slice(1)).toEqual(['Anna', 'Bruggenbouwer', null, 2]);
    expect(log[1]![0]).toEqual({ date: expect.any(String) });

    // Dekking: save the snapshot.
    await panel.getByRole('tab', { name: 'Dekking' }).click();
    const rounds = panel.getByTestId('rounds');
    await rounds.getByRole('button', { name: 'Momentopname bewaren' }).click();
    const day = await page.evaluate(() => {
      const now = new Date();
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    const snapshot = `Scan ${day}`;
    await rounds.getByText(`Bewaard als ${snapshot}`).waitFor();
    expect(await page.locator('.sheet-tabs button').allTextContents()).toContain(snapshot);

    // A colleague types 3 for Bram on Bruggenbouwer (F3) in the grid.
    await page.locator('td[data-cell="F3"]').dblclick();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    expect(await ui.cellText('F3')).toBe('3');

    await rounds.getByRole('combobox', { name: 'Vergelijk met' }).selectOption(snapshot);
    const change = rounds.getByTestId('round-change');
    await change.waitFor();
    expect(await change.getByRole('heading').textContent()).toBe(`Sinds ${snapshot}`);
    expect(await change.getByTestId('round-area-bruggenbouwer').textContent()).toBe(
      'Bruggenbouwer: 1 → 2 gedekt (kwetsbaar → gedekt) gegroeid',
    );
    expect(await change.getByTestId('round-people').locator('li').allTextContents()).toEqual([
      'Bram: Bruggenbouwer leeg → 3',
    ]);
    await change.scrollIntoViewIfNeeded();
    await ui.shot('rounds-change');

    // The scan form follows Chris on the Teammatrix (the grid edit had moved it to Bram's row).
    await page.locator('td[data-cell="A4"]').click();
    await panel.getByRole('tab', { name: 'Scan' }).click();
    await panel.getByTestId('scan-name').getByText('Chris', { exact: true }).waitFor();

    // The snapshot holds the values of the moment and takes no edits.
    const copy = (await storedSheet(page, snapshot))!;
    expect(copy.cells[1]![5]).toBe(2);
    expect(copy.cells[2]?.[5] ?? null).toBeNull();
    await page.locator('.sheet-tabs button', { hasText: snapshot }).click();
    await page.locator('td[data-cell="F3"]').dblclick();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    expect(await ui.cellText('F3')).toBe('');
    expect((await storedSheet(page, snapshot))!.cells).toEqual(copy.cells);

    // A row selected on the snapshot is not a person for the scan form: it stays on Chris of the Teammatrix.
    await page.locator('td[data-cell="A3"]').click();
    await panel.getByRole('tab', { name: 'Scan' }).click();
    await panel.getByTestId('scan-name').waitFor();
    expect(await panel.getByTestId('scan-name').textContent()).toBe('Chris');
  }, 120_000);
});
