// Runs LibreOffice headless as the real spreadsheet engine: recalculates workbooks on load and exports CSV.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';

const run = promisify(execFile);

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const candidates = [process.env.SOFFICE, '/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** Under CI a missing LibreOffice is a failure; locally the engine tests may be skipped. */
export function engineAvailability(): { soffice?: string; skip: boolean } {
  const soffice = findSoffice();
  if (soffice) return { soffice, skip: false };
  return { skip: process.env.CI !== 'true' };
}

/**
 * A describe block over workbooks LibreOffice recalculates: skipped without LibreOffice locally, failing under CI;
 * `prepare` writes and recalculates them once, before the block's tests.
 */
export function describeRecalculated(title: string, prepare: (soffice: string) => Promise<void>, tests: () => void) {
  const engine = engineAvailability();
  (engine.skip ? describe.skip : describe)(title, () => {
    beforeAll(async () => {
      if (!engine.soffice) throw new Error('LibreOffice (soffice) is required for this test under CI=true');
      await prepare(engine.soffice);
    }, 600_000);
    tests();
  });
}

// OOXMLRecalcMode 0 = always recalculate on load, so no cached value from the writer is trusted.
const RECALC_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** CSV export of every sheet: UTF-8, comma, raw values (not as shown), sheet -1 = all sheets. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1';

export type SheetRows = string[][];

/**
 * Opens every workbook in one soffice run (start-up is the slow part), recalculating on load, and returns
 * per workbook its sheets as CSV rows.
 */
export async function recalculate(
  soffice: string,
  files: readonly string[],
  outDir: string,
): Promise<Map<string, Map<string, SheetRows>>> {
  const profile = await mkdtemp(join(tmpdir(), 'teamscan-lo-'));
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_SETTINGS);
    await mkdir(outDir, { recursive: true });
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const result = new Map<string, Map<string, SheetRows>>();
  for (const file of files) {
    const base = basename(file).replace(/\.xlsx$/, '');
    const sheets = new Map<string, SheetRows>();
    for (const sheet of ['Profiel', 'Teammatrix', 'Dekking', 'Rekenblad']) {
      const path = join(outDir, `${base}-${sheet}.csv`);
      if (!existsSync(path)) continue;
      sheets.set(sheet, parse(await readFile(path, 'utf8'), { relax_column_count: true }) as string[][]);
    }
    result.set(file, sheets);
  }
  return result;
}
