// `teamscan analyze` and `workbook --from` on .xlsx files that were misread before: formulas without a computed
// value, merged cells, stray far cells; each compared with the same matrix read from .csv or refused by cell.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeCells, sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-xlsx-cli-'));

type Row = readonly (string | number | null)[];

function xlsx(name: string, rows: readonly Row[], merges: readonly string[] = [], extra = ''): string {
  const path = join(work, name);
  writeFileSync(path, zip(workbookParts([{ name: 'Teammatrix', body: sheetData(rows, extra) + mergeCells(merges) }])));
  return path;
}

function csv(name: string, rows: readonly Row[]): string {
  const path = join(work, name);
  writeFileSync(path, rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n'));
  return path;
}

async function report(path: string) {
  const result = await runCli(['analyze', path, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const HEADER = ['Naam', 'Coach', 'Adviseur', 'Didacticus'];
const TEAM: Row[] = [HEADER, ['Anna', 3, 3, 1], ['Bram', 2, 1, 2], ['Chris', 1, 4, 4]];

test('merged levels count once, as the same matrix with only the first cell filled', async () => {
  // What the file holds under the merges: Anna's 3 repeated across Coach–Adviseur, Bram's 2 down into Chris's row.
  const merged = xlsx(
    'merged.xlsx',
    [HEADER, ['Anna', 3, 3, 1], ['Bram', 2, 1, 2], ['Chris', 2, 4, 4]],
    ['B2:C2', 'B3:B4'],
  );
  const firstOnly = csv('first-only.csv', [HEADER, ['Anna', 3, null, 1], ['Bram', 2, 1, 2], ['Chris', null, 4, 4]]);
  const fromXlsx = await report(merged);
  const fromCsv = await report(firstOnly);
  expect(fromXlsx.areas).toEqual(fromCsv.areas);
  expect([fromXlsx.people, fromXlsx.scanned]).toEqual([3, 3]);
  const coach = fromXlsx.areas.find((area: { id: string }) => area.id === 'coach');
  expect(coach).toMatchObject({ covered: 2, scanned: 2 });
});

test('a merged name cell exits 2 naming its range, not a duplicate person', async () => {
  const path = xlsx('merged-name.xlsx', [HEADER, ['Anna', 3, 3, 1], ['Anna', 2, 1, 2], ['Chris', 1, 4, 4]], ['A2:A3']);
  const result = await runCli(['analyze', path]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Teammatrix!A2:A3: één samengevoegde cel met "Anna" over 2 rijen');
  expect(result.stderr).not.toContain('twee keer');
});

test('a stray cell at A20000, below the matrix and without levels, is no person and changes nothing', async () => {
  const plain = await report(xlsx('team.xlsx', TEAM));
  const stray = await report(
    xlsx('stray.xlsx', TEAM, [], '<row r="20000"><c r="A20000" t="inlineStr"><is><t>notitie</t></is></c></row>'),
  );
  expect([stray.people, stray.scanned]).toEqual([plain.people, plain.scanned]);
  expect(stray.areas.map((area: { covered: number }) => area.covered)).toEqual(
    plain.areas.map((area: { covered: number }) => area.covered),
  );
});

test('a cell at XFD1048576 exits 2 naming it, at once', async () => {
  const path = xlsx('far.xlsx', TEAM, [], '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
  const result = await runCli(['--lang', 'en', 'analyze', path]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Teammatrix!XFD1048576: a filled cell far below the matrix');
});

test('formulas without a computed value exit 2 naming the cell, in analyze and in workbook --from', async () => {
  const uncomputed =
    '<row r="5"><c r="A5" t="inlineStr"><is><t>Dewi</t></is></c><c r="C5"><f>AVERAGE(C2:C4)</f></c></row>';
  const path = xlsx('uncomputed.xlsx', TEAM, [], uncomputed);
  const analyze = await runCli(['analyze', path]);
  expect(analyze.code).toBe(2);
  expect(analyze.stderr).toContain('Teammatrix!C5: formule =AVERAGE(C2:C4) zonder berekende waarde');
  expect(analyze.stderr).toContain('open het in Excel, LibreOffice of Google Sheets, sla het op');
  const workbook = await runCli(['workbook', '--from', path, '--out', join(work, 'uit.xlsx')]);
  expect(workbook.code).toBe(2);
  expect(workbook.stderr).toContain('Teammatrix!C5: formule =AVERAGE(C2:C4) zonder berekende waarde');
});
