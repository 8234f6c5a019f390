// The preview grid's columns in Chromium: they keep their widths as a spreadsheet's do, whatever is typed in them,
// and a long text runs on over the empty cells to its right and is cut where a filled cell begins.

import { browserAvailable, previewPages } from './chromium';

const suite = browserAvailable ? describe : describe.skip;

suite('the preview grid lays out like a spreadsheet', () => {
  const preview = previewPages({ width: 1100, height: 700 });

  test('a long text leaves its column as wide as it was, and shows over the empty cells beside it', async () => {
    const { page } = preview;
    await page.goto(`${preview.url}?reset&lang=nl`);
    const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);
    const widthOf = async (address: string) => (await cell(address).boundingBox())!.width;
    const before = await widthOf('B2');
    const text = 'Een lange notitie die veel breder is dan de kolom waarin hij staat';
    await cell('B2').dblclick();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.locator('td[data-cell="B2"]', { hasText: text }).waitFor();
    expect(await widthOf('B2')).toBe(before);
    // C2 and beyond are empty: the text runs on over them, visible in full.
    const shown = await cell('B2').evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return { text: range.getBoundingClientRect().width, cell: td.getBoundingClientRect().width };
    });
    expect(shown.text).toBeGreaterThan(shown.cell);
    expect(await cell('B2').evaluate((td) => getComputedStyle(td).overflow)).toBe('visible');
    // A click on C2, under B2's text, selects C2. With C2 filled, B2's text is cut at its own edge.
    await cell('C2').click();
    expect(await page.getByTestId('active-cell').textContent()).toMatch(/!C2$/);
    await cell('C2').dblclick();
    await page.keyboard.type('x');
    await page.keyboard.press('Enter');
    await page.locator('td[data-cell="C2"]', { hasText: 'x' }).waitFor();
    expect(await cell('B2').evaluate((td) => getComputedStyle(td).overflow)).toBe('hidden');
    expect(await widthOf('B2')).toBe(before);
  });
});
