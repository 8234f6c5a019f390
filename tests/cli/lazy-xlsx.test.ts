// The .xlsx libraries load only when an .xlsx is really read or written: a .csv run never pays for them.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';
import { ROOT, runCli } from './run-cli';

// A jest.mock factory runs when the module is first required, so each records the moment it is loaded; the
// real module is returned, so the program behaves as without the mocks.
const mockLoaded: string[] = [];
jest.mock('exceljs', () => {
  mockLoaded.push('exceljs');
  return jest.requireActual('exceljs');
});
// The writer loads exceljs's workbook class alone.
jest.mock('exceljs/lib/doc/workbook', () => {
  mockLoaded.push('exceljs');
  return jest.requireActual('exceljs/lib/doc/workbook');
});
jest.mock('saxes', () => {
  mockLoaded.push('saxes');
  return jest.requireActual('saxes');
});
jest.mock('../../cli/read/xlsx', () => {
  mockLoaded.push('xlsx reader');
  return jest.requireActual('../../cli/read/xlsx');
});

test('reading a .csv loads no .xlsx library; reading an .xlsx loads the reader', async () => {
  const csv = await runCli(['analyze', join(ROOT, 'tests', 'fixtures', 'messy-team.csv')]);
  expect(csv.code).toBe(0);
  expect(mockLoaded).toEqual([]);

  const team = join(mkdtempSync(join(tmpdir(), 'teamscan-lazy-')), 'team.xlsx');
  writeFileSync(
    team,
    zip(
      workbookParts([
        {
          name: 'Teammatrix',
          body: sheetData([
            ['Naam', 'Coach'],
            ['Anna', 2],
          ]),
        },
      ]),
    ),
  );
  const xlsx = await runCli(['analyze', team]);
  expect(xlsx.code).toBe(0);
  expect(mockLoaded).toContain('xlsx reader');
  expect(mockLoaded).toContain('saxes');
  expect(mockLoaded).not.toContain('exceljs');
});
