// The preview in real chromium: inject npuls at gebieden, scan three people (keyboard and mouse), check the
// cells written and the coverage shown against the core, switch to English; screenshots of every part.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../shared/analysis/analyze';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { browserAvailable, launch, servePreview, stopStarted } from './chromium';
import { until } from './panel-page';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'browser');
const AREAS = ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];
const SCANS: Record<string, (number | 'n.v.t.')[]> = {
  'Anna de Vries': [2, 3, 2, 1, 0, 4],
  'Bram Jansen': [3, 1, 'n.v.t.', 4, 2, 1],
  '=Chris': [2, 0, 3, 2, 3, 1],
};
const NAMES = Object.keys(SCANS);

const suite = browserAvailable ? describe : describe.skip;

suite('preview in chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await servePreview();
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(10_000);
  }, 120_000);

  // Closes the browser and stops the server, also one whose start a timed-out beforeAll left running.
  afterAll(stopStarted);

  const panel = () => page.locator('#panel');
  const picker = (area: string) => panel().getByRole('radiogroup', { name: `Niveau voor ${area}` });
  const cellText = (address: string) => page.locator(`td[data-cell="${address}"]`).textContent();
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

  test('inject, scan three people, read coverage, switch to English', async () => {
    await page.goto(`${server.url}?reset`);
    // An empty workbook: Scan sends the user to Profiel invoegen.
    await panel().getByRole('tab', { name: 'Scan' }).click();
    await panel().getByRole('button', { name: 'Naar Profiel invoegen' }).click();
    expect(await panel().getByRole('tab', { name: 'Profiel invoegen' }).getAttribute('aria-selected')).toBe('true');
    // Profiel invoegen
    await panel().getByLabel('Detail').selectOption('gebieden');
    await panel().getByLabel('Namen (optioneel, één per regel)').fill(NAMES.join('\n'));
    await panel().getByText('Teammatrix: 15 kolommen, 3 namen').waitFor();
    await shot('1-profiel-invoegen');
    await panel().getByRole('button', { name: 'Invoegen' }).click();
    await panel()
      .getByText(/Klaar:/)
      .waitFor();
    await panel().getByRole('button', { name: 'Naar Scan' }).click();

    // Person 1 by keyboard: the selection starts on row 2; keys rate and move on, Enter saves.
    await page.locator('td[data-cell="A2"]').click();
    await panel().getByTestId('scan-name').getByText(NAMES[0]!).waitFor();
    await picker('Basis').getByRole('radio').first().focus();
    await page.keyboard.type(SCANS[NAMES[0]!]!.join(''));
    await panel().getByText('6 van 6 ingevuld').waitFor();
    await shot('2-scan-toetsenbord');
    // After the last item the focus is on Opslaan: Enter saves and opens the next person.
    await page.keyboard.press('Enter');
    await panel().getByText(`Opgeslagen voor ${NAMES[0]}.`).waitFor();

    // Person 2 by mouse, opened by that Enter.
    await panel().getByTestId('scan-name').getByText(NAMES[1]!).waitFor();
    for (const [index, value] of SCANS[NAMES[1]!]!.entries()) {
      const name = value === 'n.v.t.' ? 'Niet van toepassing: telt nergens mee' : new RegExp(`^${value} `);
      await picker(AREAS[index]!).getByRole('radio', { name }).click();
    }
    await panel().getByRole('switch', { name: 'Ontwikkelwens Didacticus' }).click();
    await panel().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await panel().getByText(`Opgeslagen voor ${NAMES[1]}.`).waitFor();

    // Person 3 by clicking the row in the grid, then mouse and keyboard mixed.
    await page.locator('td[data-cell="B4"]').click();
    await panel().getByTestId('scan-name').getByText(NAMES[2]!).waitFor();
    const third = SCANS[NAMES[2]!]!;
    await picker('Basis')
      .getByRole('radio', { name: new RegExp(`^${third[0]} `) })
      .click();
    await picker('Bruggenbouwer').getByRole('radio').first().focus();
    await page.keyboard.type(third.slice(1).join(''));
    await shot('3-scan-grafiek');
    await panel().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await panel().getByText(`Opgeslagen voor ${NAMES[2]}.`).waitFor();

    // The cells written: numbers, n.v.t. as text, the name "=Chris" as text, Bijgewerkt stamped.
    for (const [r, name] of NAMES.entries()) {
      expect(await cellText(`A${r + 2}`)).toBe(name);
      expect(await cellText(`D${r + 2}`)).toMatch(/\d/);
      for (const [c, value] of SCANS[name]!.entries()) {
        expect(await cellText(`${'EFGHIJ'[c]}${r + 2}`)).toBe(String(value));
      }
    }
    const stored = await page.evaluate(() => localStorage.getItem('teamscan.preview.workbook.v1'));
    const matrixCells = JSON.parse(stored!).sheets.find((sheet: { name: string }) => sheet.name === 'Teammatrix').cells;
    expect(matrixCells[3][0]).toBe('=Chris');
    expect(matrixCells[2][4]).toBe(3);

    // Dekking in the panel equals the core's analysis of the same cells.
    const grid = {
      values: matrixCells.map((line: unknown[]) =>
        line.map((cell) => (typeof cell === 'object' && cell ? null : cell)),
      ),
    };
    const analysis = analyze(readMatrix(grid, findBuiltinProfile('npuls')!));
    await page.locator('#tab-coverage').click();
    for (const area of analysis.areas) {
      // Opening Dekking reads the workbook again: wait for the card to show that read, not the one before.
      const card = panel().getByTestId(`area-${area.id}`);
      expect(await until(() => card.locator('[data-status]').getAttribute('data-status'), area.status)).toBe(
        area.status,
      );
      const counts = `${area.covered} gedekt, ${area.scanned} gescand`;
      expect(await until(async () => (await card.textContent())?.includes(counts), true)).toBe(true);
    }
    await shot('4-dekking');

    // The formula helper passes the Dekking sheet's norms table, as the sheet's own formulas do, once read.
    await panel().getByLabel('Functie').selectOption('WIE');
    await panel().getByLabel('Gebied', { exact: true }).selectOption('adviseur');
    await panel().getByTestId('formula-text').getByText('Dekking!$A$15:$C$21', { exact: false }).waitFor();

    // The Dekking sheet's formulas, computed in the preview, say the same.
    await page.locator('.sheet-tabs button', { hasText: 'Dekking' }).click();
    for (const [index, area] of analysis.areas.entries()) {
      expect(await cellText(`B${7 + index}`)).toBe(String(area.covered));
    }
    await shot('5-dekking-blad');

    // The state survives a reload.
    await page.reload();
    await page.locator('.sheet-tabs button', { hasText: 'Teammatrix' }).click();
    expect(await cellText('A4')).toBe('=Chris');

    // English.
    await panel().getByLabel('Taal').selectOption('en');
    await panel().getByRole('tab', { name: 'Coverage' }).click();
    await panel().getByText('Points of attention').waitFor();
    await shot('6-english-coverage');
  });

  test('the panel is usable at 320 px wide', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 900 } });
    narrow.setDefaultTimeout(10_000);
    await narrow.goto(`${server.url}?reset&lang=nl`);
    await narrow.locator('#panel').getByLabel('Namen (optioneel, één per regel)').fill('Anna de Vries\nBram Jansen');
    await narrow.locator('#panel').getByRole('button', { name: 'Invoegen' }).click();
    await narrow.locator('#panel').getByRole('button', { name: 'Naar Scan' }).click();
    await narrow.locator('td[data-cell="A3"]').click();
    await narrow.locator('#panel').getByTestId('scan-name').waitFor();
    const overflow = await narrow.locator('#panel').evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.locator('#panel').screenshot({ path: join(ARTIFACTS, '7-scan-320px.png') });
    await narrow.close();
  });
});
