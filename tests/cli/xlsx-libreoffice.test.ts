// The .xlsx reader against a real spreadsheet program: a workbook written by a tool that does not calculate
// (exceljs) is refused for its formulas; once LibreOffice has opened and saved it, as the message advises, it
// reads with the computed values, and LibreOffice's merged range holds its value in the first cell only.

import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { readXlsx, XlsxReadError } from '../../cli/read/xlsx';
import { engineAvailability } from '../libreoffice/soffice';

const run = promisify(execFile);
const engine = engineAvailability();
const work = mkdtempSync(join(tmpdir(), 'teamscan-xlsx-lo-'));
// OOXMLRecalcMode 0: LibreOffice recalculates on load and saves the results as cached values.
const RECALC_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens the file in LibreOffice headless and saves it again as .xlsx, as a user would. */
async function openAndSave(soffice: string, path: string): Promise<string> {
  const profile = join(work, 'profile');
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_SETTINGS);
  const outDir = join(work, 'saved');
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      path,
    ],
    { timeout: 120_000 },
  );
  return join(outDir, 'team.xlsx');
}

const suite = engine.skip ? describe.skip : describe;

suite('an exceljs workbook, before and after LibreOffice saved it', () => {
  test('refused for its uncomputed formula, then read with the computed values and the merge first-cell-only', async () => {
    const path = join(work, 'team.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Teammatrix');
    sheet.addRows([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 3, 3],
      ['Bram', 1, 2],
      ['Chris', null, null],
    ]);
    sheet.getCell('B4').value = { formula: 'AVERAGE(B2:B3)', date1904: false };
    sheet.mergeCells('B2:C2');
    await workbook.xlsx.writeFile(path);

    const refused = await readXlsx(path, undefined, 'Teammatrix').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(XlsxReadError);
    expect((refused as XlsxReadError).localized('en')).toMatch(/^Teammatrix!B4: formula =AVERAGE\(B2:B3\) without/);

    const saved = await openAndSave(engine.soffice!, path);
    const grid = await readXlsx(saved, undefined, 'Teammatrix');
    expect(grid.values).toEqual([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 3],
      ['Bram', 1, 2],
      ['Chris', 2],
    ]);
  });
});
