// A yes/no matrix's workbook recalculated by LibreOffice covers an area as the core does: by whoever holds any item.

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SHEET_DASHBOARD } from '../../shared/workbook/plan';
import { differences, type Expected } from './compare';
import { writeYesNoCases, type YesNoCase } from './native-cases';
import { describeRecalculated, recalculate, type SheetRows } from './soffice';

const OUT = join(process.cwd(), 'test-artifacts', 'libreoffice-yes-no');

let yesNoCases: YesNoCase[] = [];
let results = new Map<string, Map<string, SheetRows>>();

async function prepare(soffice: string): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  yesNoCases = await writeYesNoCases(OUT);
  results = await recalculate(
    soffice,
    yesNoCases.map((entry) => entry.file),
    join(OUT, 'csv'),
  );
}

describeRecalculated('native workbook of a yes/no matrix in LibreOffice', prepare, () => {
  test('a yes/no matrix: an area is covered by whoever holds any of its items, as the core counts it', () => {
    expect(yesNoCases).toHaveLength(3);
    const failures = yesNoCases.flatMap((entry) => {
      const sheet = results.get(entry.file)?.get(SHEET_DASHBOARD);
      if (!sheet) return [`${entry.name}: no Dekking sheet recalculated`];
      return differences(sheet, entry.want).map((problem) => `${entry.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
    // The rule matters here: averaged, the same marks would cover fewer areas.
    const covered = (want: Expected) => want.coverage.slice(1).map((row) => row[1]);
    const differ = yesNoCases.some(
      (entry) => JSON.stringify(covered(entry.want)) !== JSON.stringify(covered(entry.averaged)),
    );
    expect(differ).toBe(true);
  });
});
