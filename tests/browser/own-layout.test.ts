// The built preview binds a pasted own-layout sheet (docs/design.md#7-the-injected-workbook): the table under a title is found and shown,
// Koppelen binds it, Scan saves into its row and Dekking counts it; screenshots of the proposal and the result.

import { browserAvailable, previewPages } from './chromium';
import { panelPage } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

/** Blad1 as a user pasted it: a title, an empty row, a header with an extra column, three people, a note below. */
const PASTED = {
  sheets: [
    {
      name: 'Blad1',
      cells: [
        ['Vaardigheden team 2025'],
        [],
        ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur', 'Didacticus'],
        ['Anna', 'ICT', 3, 2, 1, 0],
        ['Bram', 'OW', 2, 3, null, 1],
        ['Cem', 'OW', 1, 1, 2, 2],
        [],
        ['Let op: vul 0 tot 4 in'],
      ],
      scales: [],
      bold: [],
      widths: {},
    },
  ],
  active: { sheet: 'Blad1', row: 1, column: 1 },
};

suite('own layout in the built preview', () => {
  const preview = previewPages({ width: 1200, height: 800 });

  test('found, confirmed, scanned into and counted', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    // Every part stays mounted; the one shown is the only tabpanel in the accessibility tree.
    const part = () => ui.panel().getByRole('tabpanel');
    await page.goto(`${preview.url}?reset&lang=nl`);
    await page.evaluate((workbook) => {
      localStorage.setItem('teamscan.preview.workbook.v1', JSON.stringify(workbook));
    }, PASTED);
    await page.goto(`${preview.url}?lang=nl`);
    expect(await ui.cellText('A3')).toBe('Medewerker');
    await page.locator('#tab-scan').click();
    const proposal = part().getByTestId('bind-proposal');
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain(
      'Blad Blad1, koprij 3, namen in kolom A ("Medewerker"): 3 personen, 4 competentiekolommen.',
    );
    expect(await proposal.getByTestId('bind-scale').textContent()).toBe('Schaal: 0–4');
    await ui.shot('own-layout-1-proposal');
    await proposal.getByRole('button', { name: 'Koppelen' }).click();
    await part().getByText('Gekoppeld aan Blad1!A3:F8').waitFor();

    await page.locator('td[data-cell="A5"]').click();
    await ui.panel().getByTestId('scan-name').getByText('Bram').waitFor();
    await ui.picker('Adviseur').getByRole('radio', { name: /^3 / }).click();
    await ui.panel().getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="E5"]')?.textContent === '3');
    expect(await ui.cellText('A8')).toBe('Let op: vul 0 tot 4 in');
    await ui.shot('own-layout-2-scanned');

    await page.locator('#tab-coverage').click();
    await ui.panel().getByTestId('area-coach').getByText('2 gedekt, 3 gescand').waitFor();
    await ui.shot('own-layout-3-coverage');
  });
});
