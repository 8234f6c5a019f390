// A personal workbook edited in LibreOffice (a Basic macro sets the answers and saves it as .xlsx, as a person
// would): the pickers and the hidden record survive, no colleague's name appears, and `collect` takes it back.

import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readXlsx } from '../../cli/read/xlsx';
import { engineAvailability } from '../libreoffice/soffice';
import { runCli } from './run-cli';
import { allXml, answerCells, NAMES, pickerCells, teamRows, writeTeamXlsx } from './selfscan-team';

const run = promisify(execFile);
const engine = engineAvailability();
const work = mkdtempSync(join(tmpdir(), 'teamscan-selfscan-lo-'));

/** Opens the file hidden, sets each "CELL=value" of TEAMSCAN_CELLS (joined by "|") as text, stores it as .xlsx. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Edit
  Dim url As String, load(0) As New com.sun.star.beans.PropertyValue, store(0) As New com.sun.star.beans.PropertyValue
  url = ConvertToURL(Environ(&quot;TEAMSCAN_FILE&quot;))
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(url, &quot;_blank&quot;, 0, load())
  sheet = doc.Sheets.getByIndex(0)
  For Each change In Split(Environ(&quot;TEAMSCAN_CELLS&quot;), &quot;|&quot;)
    parts = Split(change, &quot;=&quot;)
    sheet.getCellRangeByName(parts(0)).setString(parts(1))
  Next
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(url, store())
  doc.close(True)
End Sub
</script:module>
`;

/** Runs the macro in a fresh LibreOffice profile on `file`. */
async function editInLibreOffice(soffice: string, file: string, cells: Record<string, string>): Promise<void> {
  const profile = join(work, 'profile');
  const installation = `-env:UserInstallation=file://${profile}`;
  // The first start makes the profile with its Standard Basic library; the macro then replaces Module1.
  await run(soffice, [installation, '--headless', '--norestore', '--terminate_after_init'], { timeout: 120_000 });
  await mkdir(join(profile, 'user', 'basic', 'Standard'), { recursive: true });
  await writeFile(join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), MACRO);
  const edits = Object.entries(cells)
    .map(([cell, value]) => `${cell}=${value}`)
    .join('|');
  await run(soffice, [installation, '--headless', '--norestore', 'macro:///Standard.Module1.Edit'], {
    timeout: 120_000,
    env: { ...process.env, TEAMSCAN_FILE: file, TEAMSCAN_CELLS: edits },
  });
}

const suite = engine.skip ? describe.skip : describe;

suite('a personal workbook edited and saved by LibreOffice', () => {
  test('keeps its pickers and record, names no colleague, and is taken back', async () => {
    const team = join(work, 'team.xlsx');
    await writeTeamXlsx(team, teamRows('kva'));
    const folder = join(work, 'zelfscans');
    expect((await runCli(['selfscan', team, '--out', folder])).code).toBe(0);
    const eva = join(folder, 'Zelfscan Eva Smit.xlsx');
    const cells = await answerCells(eva);
    const wish = cells.find((cell) => cell.kind === 'wish')!;
    await editInLibreOffice(engine.soffice!, eva, { [cells[0]!.cell]: '3 - Gevorderd', [wish.cell]: 'ja' });

    const scan = await readXlsx(eva, undefined, 'Zelfscan');
    expect(scan.values[Number(cells[0]!.cell.slice(1)) - 1]![3]).toBe('3 - Gevorderd');
    const xml = await allXml(eva);
    for (const other of NAMES.filter((name) => name !== 'Eva Smit')) expect(xml).not.toContain(other);
    const sheet = xml.match(/<worksheet[\s\S]*?<\/worksheet>/)![0];
    const picked = pickerCells(sheet, 'kan ik niet beoordelen');
    expect(cells.filter((cell) => cell.kind === 'level' && !picked.has(cell.cell))).toEqual([]);
    expect(pickerCells(sheet, 'ja,nee').has(wish.cell)).toBe(true);
    // LibreOffice keeps the record sheet hidden (it has no "very hidden"; Excel's VBA-only state becomes hidden).
    expect(xml).toMatch(/<sheet [^>]*name="Teamscan-zelfscan"[^>]*state="(very)?[hH]idden"/);

    const result = await runCli(['collect', folder, '--into', team, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(json.refused).toEqual([]);
    expect(json.returned).toHaveLength(12);
    expect(json.changes).toEqual([
      { name: 'Eva Smit', column: cells[0]!.header, before: 4, now: 3 },
      { name: 'Eva Smit', column: wish.header, before: null, now: 'ja' },
    ]);
  }, 300_000);
});
