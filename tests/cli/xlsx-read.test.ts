// The .xlsx reader on archives written cell by cell: values as Excel stores them, formulas without a computed
// value, merged ranges, stray far cells and limits, each asserting the exact grid or the exact cell named.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx, XlsxReadError } from '../../cli/read/xlsx';
import { MAX_MERGE_STEPS, MAX_ROWS } from '../../cli/read/xlsx-grid';
import { columnLetters } from '../../shared/matrix/address';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { cell, mergeCells, type Part, sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';

const work = mkdtempSync(join(tmpdir(), 'teamscan-xlsx-'));

function write(name: string, parts: readonly Part[]): string {
  const path = join(work, name);
  writeFileSync(path, zip(parts));
  return path;
}

function teammatrix(name: string, body: string, sharedStrings: readonly string[] = [], styles = ''): string {
  return write(name, workbookParts([{ name: 'Teammatrix', body }], sharedStrings, styles));
}

async function refusal(read: Promise<unknown>): Promise<XlsxReadError> {
  const error = await read.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(XlsxReadError);
  return error as XlsxReadError;
}

const HEADER = ['Naam', 'Coach', 'Adviseur'];

describe('values as Excel stores them', () => {
  test('shared and inline text, numbers, booleans, errors and dates by their style', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>';
    const body =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>45658</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Anna </t></r><r><t>de Vries</t></r><rPh><t>x</t></rPh></is></c>' +
      '<c r="B2"><v>2.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" s="2"><v>45659.5</v></c>' +
      '<c r="F2" s="1"/></row></sheetData>';
    const grid = await readXlsx(teammatrix('values.xlsx', body, ['Naam', 'R&D'], styles), undefined, 'Teammatrix');
    expect(grid.origin).toEqual({ sheet: 'Teammatrix', row: 1, column: 1 });
    expect(grid.values).toEqual([
      ['Naam', 'R&D', new Date('2025-01-01T00:00:00Z')],
      ['Anna de Vries', 2.5, true, '#N/A', new Date('2025-01-02T12:00:00Z')],
    ]);
  });

  test('a date in a workbook of the 1904 date system (old Excel for Mac): serial 0 is 1904-01-01', async () => {
    const styles =
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44196</v></c></row></sheetData>';
    const parts = workbookParts([{ name: 'Teammatrix', body }], ['Naam'], styles).map((part) =>
      part.name === 'xl/workbook.xml'
        ? {
            ...part,
            data: Buffer.from(part.data.toString('utf8').replace('<sheets>', '<workbookPr date1904="1"/><sheets>')),
          }
        : part,
    );
    const grid = await readXlsx(write('date1904.xlsx', parts), undefined, 'Teammatrix');
    // 44,196 days after 1904-01-01 is 2025-01-01 (1,462 days less than the same serial in the 1900 system).
    expect(grid.values).toEqual([['Naam', new Date('2025-01-01T00:00:00Z')]]);
  });

  test('the preferred sheet, else the first; --sheet names one (case aside, as in Excel) or the error lists them', async () => {
    const path = write(
      'sheets.xlsx',
      workbookParts([
        { name: 'Notities', body: sheetData([['niet deze']]) },
        { name: 'Teammatrix', body: sheetData([['deze']]) },
      ]),
    );
    expect((await readXlsx(path, undefined, 'Teammatrix')).values).toEqual([['deze']]);
    expect((await readXlsx(path, undefined, 'Profiel')).values).toEqual([['niet deze']]);
    expect((await readXlsx(path, 'teammatrix', 'Profiel')).values).toEqual([['deze']]);
    const error = await refusal(readXlsx(path, 'Team', 'Teammatrix'));
    expect(error.localized('nl')).toBe('sheets.xlsx: geen werkblad Team (werkbladen: Notities, Teammatrix)');
  });

  test('not a zip archive is refused naming the file', async () => {
    const path = join(work, 'kapot.xlsx');
    writeFileSync(path, 'dit is geen zip-archief, maar wel lang genoeg om er een te lijken');
    const error = await refusal(readXlsx(path, undefined, 'Teammatrix'));
    expect(error.localized('nl')).toMatch(/^kapot\.xlsx: is een tekstbestand \(zoals CSV\), geen \.xlsx-werkmap/);
  });
  test('a folder named .xlsx fails as the file system says, for the CLI to name the option and path', async () => {
    const folder = join(work, 'map.xlsx');
    mkdirSync(folder);
    await expect(readXlsx(folder, undefined, 'Teammatrix')).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('formulas without a computed value', () => {
  test('a cached value is read as the value', async () => {
    const body = sheetData(
      [HEADER],
      '<row r="2"><c r="A2" t="str"><f>"An"&amp;"na"</f><v>Anna</v></c><c r="B2"><f>1+2</f><v>3</v></c></row>',
    );
    expect((await readXlsx(teammatrix('computed.xlsx', body), undefined, 'Teammatrix')).values[1]).toEqual(['Anna', 3]);
  });

  test('a formula with no <v> is refused naming the first such cell, in nl and en, never read as empty', async () => {
    const body = sheetData(
      [HEADER, ['Anna', 2, 3], ['Bram', 1, null]],
      '<row r="4"><c r="A4" t="inlineStr"><is><t>Chris</t></is></c><c r="C4"><f>AVERAGE(B2:B3)</f></c><c r="B4"><f t="shared" si="0"/></c></row>',
    );
    const error = await refusal(readXlsx(teammatrix('uncomputed.xlsx', body), undefined, 'Teammatrix'));
    expect(error.localized('nl')).toBe(
      'Teammatrix!B4: formule zonder berekende waarde en nog 1 zulke cellen. Het bestand is opgeslagen door een programma dat niet rekent; open het in Excel, LibreOffice of Google Sheets, sla het op en lees het opnieuw.',
    );
    expect(error.localized('en')).toContain('Teammatrix!B4: formula without a computed value and 1 more.');
    const single = sheetData([HEADER], '<row r="4"><c r="C4"><f>AVERAGE(B2:B3)</f></c></row>');
    const one = await refusal(readXlsx(teammatrix('uncomputed-one.xlsx', single), undefined, 'Teammatrix'));
    expect(one.localized('en')).toMatch(/^Teammatrix!C4: formula =AVERAGE\(B2:B3\) without a computed value\. /);
  });

  test('a formula that computed to empty text is empty, not refused', async () => {
    const body = sheetData([HEADER], '<row r="2"><c r="A2" t="str"><f>""</f><v></v></c></row>');
    expect((await readXlsx(teammatrix('empty-result.xlsx', body), undefined, 'Teammatrix')).values[1]).toEqual(['']);
  });
});

describe('merged ranges: only the first cell holds the value', () => {
  test('a merged level is read once; the covered cells are empty even when the file repeats the value', async () => {
    // Excel writes covered cells without a value; some writers repeat it there: neither may count it twice.
    const body = sheetData([HEADER, ['Anna', 3, 3], ['Bram', 1, null]]) + mergeCells(['B2:C2', 'B3:B3', 'A5:C5']);
    const grid = await readXlsx(teammatrix('merged-level.xlsx', body), undefined, 'Teammatrix');
    expect(grid.values).toEqual([HEADER, ['Anna', 3, null], ['Bram', 1]]);
    const reading = readMatrix(locateMatrix(grid, NPULS), NPULS);
    const coach = NPULS.areas.findIndex((area) => area.id === 'coach');
    const adviser = NPULS.areas.findIndex((area) => area.id === 'adviseur');
    expect(reading.people[0]!.areaLevels[coach]).toBe(3);
    expect(reading.people[0]!.areaLevels[adviser]).toBe(-1);
  });

  test('a merged title above the matrix does no harm', async () => {
    const body = sheetData([['Teamscan 2026', null, null], HEADER, ['Anna', 2, 3]]) + mergeCells(['A1:C1']);
    const grid = await readXlsx(teammatrix('merged-title.xlsx', body), undefined, 'Teammatrix');
    expect(readMatrix(locateMatrix(grid, NPULS), NPULS).people.map((person) => person.name)).toEqual(['Anna']);
  });

  test('a name merged over two rows that hold levels is one merged cell, named by its range', async () => {
    const body = sheetData([HEADER, ['Anna', 2, 3], ['Anna', 1, 2], ['Bram', 3, 3]]) + mergeCells(['A2:A3']);
    const error = await refusal(readXlsx(teammatrix('merged-name.xlsx', body), undefined, 'Teammatrix'));
    expect(error.localized('nl')).toBe(
      'Teammatrix!A2:A3: één samengevoegde cel met "Anna" over 2 rijen, die elk ook andere waarden hebben; alleen de eerste rij zou hem krijgen. Maak de samenvoeging ongedaan en geef elke persoon één rij.',
    );
    expect(error.localized('en')).toContain('Teammatrix!A2:A3: one merged cell holding "Anna" across 2 rows');
  });

  test('a level merged down a column counts for its first row only', async () => {
    const body = sheetData([HEADER, ['Anna', 'Gevorderd', 3], ['Bram', null, 2]]) + mergeCells(['B2:B3']);
    const grid = await readXlsx(teammatrix('merged-down.xlsx', body), undefined, 'Teammatrix');
    const coach = NPULS.areas.findIndex((area) => area.id === 'coach');
    const people = readMatrix(locateMatrix(grid, NPULS), NPULS).people;
    expect(people.map((person) => person.areaLevels[coach])).toEqual([3, -1]);
  });

  test('overlapping merges (a damaged file) are refused naming a range', async () => {
    const body = sheetData([HEADER, ['Anna', 2, 3]]) + mergeCells(['A1:B2', 'B1:C2']);
    const error = await refusal(readXlsx(teammatrix('overlap.xlsx', body), undefined, 'Teammatrix'));
    expect(error.localized('en')).toBe(
      'Teammatrix!B1:C2: merged ranges overlap; the file is damaged. Open it in a spreadsheet program and save it again.',
    );
  });
});

/**
 * A guard against a walk over a range's area (17 billion cells for XFD1048576: minutes or out of memory), not a
 * performance figure (those come from `npm run bench`): generous, so a busy machine does not fail it.
 */
const HANG_GUARD_MS = 5_000;

describe('time and memory follow the filled cells', () => {
  async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
    const start = performance.now();
    const result = await run();
    return [result, performance.now() - start];
  }

  test('one stray cell at A20000 is read as that cell, with the rows between shared and empty', async () => {
    const path = teammatrix(
      'stray-a20000.xlsx',
      sheetData([HEADER, ['Anna', 2, 3]], `<row r="20000">${cell('A20000', 'los')}</row>`),
    );
    const [grid, ms] = await timed(() => readXlsx(path, undefined, 'Teammatrix'));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(grid.values).toHaveLength(20000);
    expect(grid.values[19999]).toEqual(['los']);
    expect(grid.values[2]).toEqual([]);
    expect(grid.values[2]).toBe(grid.values[19998]);
    const reading = readMatrix(locateMatrix(grid, NPULS), NPULS);
    // Below the matrix's first empty row, a cell without levels is no person (docs/design.md#5-reading-a-matrix): said in a warning.
    expect(reading.people.map((person) => [person.name, person.gridRow])).toEqual([['Anna', 1]]);
    expect(reading.warnings.map((warning) => [warning.key, warning.params.rows])).toEqual([
      ['rowsBelowIgnored', '20000'],
    ]);
  });

  test('one cell at XFD1048576 is refused at once, naming it', async () => {
    const path = teammatrix(
      'stray-xfd.xlsx',
      sheetData([HEADER, ['Anna', 2, 3]], `<row r="1048576">${cell('XFD1048576', 1)}</row>`),
    );
    const [error, ms] = await timed(() => refusal(readXlsx(path, undefined, 'Teammatrix')));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(error.localized('nl')).toBe(
      `Teammatrix!XFD1048576: een gevulde cel ver onder de matrix; Teamscan leest tot rij ${MAX_ROWS}. Maak die cel leeg en sla het bestand op.`,
    );
  });

  test('a cell far to the right widens its own row only', async () => {
    const path = teammatrix(
      'stray-xfd2.xlsx',
      sheetData([HEADER, ['Anna', 2, 3]], `<row r="3">${cell('XFD3', 'x')}</row>`),
    );
    const [grid, ms] = await timed(() => readXlsx(path, undefined, 'Teammatrix'));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(grid.values.map((row) => row.length)).toEqual([3, 3, 16384]);
    expect(grid.values[2]![16383]).toBe('x');
  });

  test('a merged range over the whole sheet costs its filled cells, not its area', async () => {
    const body = sheetData([['Teamscan', null, null], HEADER, ['Anna', 2, 3]]) + mergeCells(['D1:XFD1048576']);
    const [grid, ms] = await timed(() => readXlsx(teammatrix('huge-merge.xlsx', body), undefined, 'Teammatrix'));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(grid.values).toHaveLength(3);
  });

  test('merged ranges that would take more than a bounded walk over the rows are refused', async () => {
    // 1,001 merged columns, each over 10,001 filled rows: 10 million row visits, the most the reader makes.
    const rows = Array.from({ length: 10_001 }, (_, r) => [r === 0 ? 'Naam' : `Persoon ${r}`]);
    const columns = Array.from({ length: 1_001 }, (_, c) => columnLetters(c + 2));
    const body = sheetData(rows) + mergeCells(columns.map((column) => `${column}1:${column}10001`));
    const error = await refusal(readXlsx(teammatrix('many-merges.xlsx', body), undefined, 'Teammatrix'));
    expect(error.localized('en')).toBe(
      `Teammatrix: 1001 merged ranges over so many rows that Teamscan does not read them; unmerge them and save the file.`,
    );
    expect(MAX_MERGE_STEPS).toBe(10_000_000);
  });

  test('styled cells without a value (a formatted column) do not stretch the grid', async () => {
    const path = teammatrix(
      'styled.xlsx',
      sheetData([HEADER, ['Anna', 2, 3]], '<row r="900000"><c r="A900000" s="0"/></row>'),
    );
    expect((await readXlsx(path, undefined, 'Teammatrix')).values).toHaveLength(2);
  });
});
