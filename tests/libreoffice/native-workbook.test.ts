// The add-in-free workbook recalculated by LibreOffice agrees with the core, before and after edits in the sheet:
// coverage, basis, Hiaten by risk and key people, with norms typed into the Dekking sheet's norms table (the yes/no
// matrices: native-workbook-yes-no.test.ts).

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writePlanXlsx } from '../../cli/xlsx/write';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import { DETAILS, type Detail } from '../../shared/profiles/detail';
import { COVERAGE_ROW } from '../../shared/workbook/dashboard-sheet';
import { buildNativeWorkbookPlan, plannedMatrixGrid } from '../../shared/workbook/native';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../../shared/workbook/plan';
import { cachedDifferences } from './cached';
import { differences, expected } from './compare';
import { generateMatrix, levelValue, random } from './generate';
import { type Case, editWorkbook, writeYesNoCases } from './native-cases';
import { describeRecalculated, recalculate, type SheetRows } from './soffice';

const OUT = join(process.cwd(), 'test-artifacts', 'libreoffice');

const cases: Case[] = [];
const mixedCases: Case[] = [];
/** Workbooks as `teamscan workbook` writes them (fresh, with names, or from data): their cached values count. */
const written: { name: string; file: string }[] = [];
let badFile = '';
let results = new Map<string, Map<string, SheetRows>>();

async function prepare(soffice: string): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const files: string[] = [];
  let seed = 1;
  for (const profile of BUILTIN_PROFILES) {
    for (const detail of DETAILS as readonly Detail[]) {
      for (let variant = 0; variant < 2; variant++, seed++) {
        const lang: Language = seed % 3 === 0 ? 'en' : 'nl';
        const threshold = [2, 3, 1.5, 2][seed % 4]!;
        const target = [2, 1, 3][seed % 3]!;
        const grid = generateMatrix(profile, detail, lang, seed);
        const plan = buildNativeWorkbookPlan({
          profile,
          detail,
          lang,
          existingMatrix: { values: grid },
          threshold,
          target,
        });
        const name = `${profile.id}-${detail}-${seed}`;
        const file = join(OUT, `${name}.xlsx`);
        await writePlanXlsx(plan, file, { lang, overwrite: true });
        cases.push({ name, profile, file, want: expected(profile, grid, { threshold, target }, lang) });
        files.push(file);
        written.push({ name, file });

        // The workbook's Teammatrix holds the matrix as the core read it (header and people), then the plan's cells.
        const base = plannedMatrixGrid(plan).values.map((row) => [...row]);
        const competency = grid[0]!.flatMap((_, c) => (c >= 2 && c < grid[0]!.length - 1 ? [c] : []));
        const edited = join(OUT, `${name}-edit.xlsx`);
        const change = await editWorkbook(file, edited, base, competency, seed, profile);
        const settings = { threshold: change.threshold ?? threshold, target: change.target ?? target };
        cases.push({
          name: `${name} edited`,
          profile,
          file: edited,
          want: expected(profile, change.values, settings, lang, change.overrides),
        });
        files.push(edited);
        if (profile.id === 'npuls' && detail === 'kva' && variant === 0) {
          badFile = join(OUT, `${name}-bad.xlsx`);
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.readFile(file);
          workbook.getWorksheet(SHEET_MATRIX)!.getCell(2, competency[0]! + 1).value = 'misschien';
          workbook.getWorksheet(SHEET_MATRIX)!.getCell(3, competency.at(-1)! + 1).value = '?';
          // "n." looks like "n" (nog niet) once its dot is gone; only n.v.t. may lose its dots.
          workbook.getWorksheet(SHEET_MATRIX)!.getCell(4, competency[3]! + 1).value = 'n.';
          await workbook.xlsx.writeFile(badFile);
          files.push(badFile);
        }
      }
    }
  }
  // Mixed detail and areas nobody is scanned on (docs/design.md#4-what-the-answers-mean): item columns beside Innovator's and Coach's own
  // columns (the items decide where a person has any), and Bruggenbouwer's items all empty (niet gescand, and
  // its items no blind spots).
  const npuls = BUILTIN_PROFILES.find((profile) => profile.id === 'npuls')!;
  for (const mixedSeed of [501, 502]) {
    const grid = generateMatrix(npuls, 'competenties', 'nl', mixedSeed);
    const next = random(mixedSeed);
    const unscanned = grid[0]!.flatMap((header, c) => (String(header).startsWith('BRU-') ? [c] : []));
    const mixed = grid.map((row, r) => {
      const own = r === 0 ? ['Innovator', 'Coach'] : row[0] ? [levelValue(next), levelValue(next)] : [null, null];
      const cells = row.map((cell, c) => (r > 0 && unscanned.includes(c) ? null : cell));
      return [...cells.slice(0, 2), ...own, ...cells.slice(2)];
    });
    const plan = buildNativeWorkbookPlan({
      profile: npuls,
      detail: 'competenties',
      lang: 'nl',
      existingMatrix: { values: mixed },
      threshold: 2,
      target: 2,
    });
    const name = `npuls-mixed-${mixedSeed}`;
    const file = join(OUT, `${name}.xlsx`);
    await writePlanXlsx(plan, file, { lang: 'nl' });
    const want = expected(npuls, mixed, { threshold: 2, target: 2 }, 'nl');
    mixedCases.push({ name, profile: npuls, file, want });
    files.push(file);
  }
  // Yes/no matrices (native-cases.ts): what `workbook --from --schaal ja-nee` writes, so their cached values count.
  for (const { name, file } of await writeYesNoCases(OUT)) {
    written.push({ name, file });
    files.push(file);
  }
  // Fresh workbooks: nobody in the matrix yet, or only names; the dashboard must show what its formulas give.
  for (const profile of BUILTIN_PROFILES) {
    const detail = (DETAILS as readonly Detail[])[seed % DETAILS.length]!;
    for (const names of [[], ['Anna de Vries', 'Bram']]) {
      const lang: Language = seed % 2 === 0 ? 'en' : 'nl';
      const plan = buildNativeWorkbookPlan({ profile, detail, lang, names });
      const name = `${profile.id}-${detail}-fresh-${names.length}`;
      const file = join(OUT, `${name}.xlsx`);
      await writePlanXlsx(plan, file, { lang, overwrite: true });
      written.push({ name, file });
      files.push(file);
      seed++;
    }
  }
  results = await recalculate(soffice, files, join(OUT, 'csv'));
}

describeRecalculated('native workbook in LibreOffice', prepare, () => {
  test('every profile and detail, generated and edited, matches the core', () => {
    expect(cases.length).toBe(BUILTIN_PROFILES.length * DETAILS.length * 4);
    const failures = cases.flatMap((entry) => {
      const sheet = results.get(entry.file)?.get(SHEET_DASHBOARD);
      if (!sheet) return [`${entry.name}: no Dekking sheet recalculated`];
      return differences(sheet, entry.want).map((problem) => `${entry.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
    // The generated data must reach every status and decimal levels, or the comparison proves little.
    const statuses = new Set(cases.flatMap((entry) => entry.want.coverage.slice(1).map((row) => row[5])));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['gat', 'gedekt', 'kwetsbaar']));
    const levels = cases.flatMap((entry) => entry.want.basis.slice(1).map((row) => row[1]));
    expect(levels.some((level) => typeof level === 'number' && !Number.isInteger(level))).toBe(true);
    // Key people for areas and for items held alone, and gaps whose risk order is not the profile order.
    const keyRows = cases.flatMap((entry) => entry.want.keyPeople.slice(1));
    expect(keyRows.some((row) => row[1] !== '')).toBe(true);
    expect(keyRows.some((row) => row[2] !== '')).toBe(true);
    expect(cases.filter((entry) => entry.want.keyPeople.length > 2).length).toBeGreaterThan(3);
    const reordered = cases.some((entry) => {
      const order = entry.want.gaps
        .slice(1)
        .filter((row) => row[0] === 'gat' || row[0] === 'kwetsbaar' || row[0] === 'gap' || row[0] === 'vulnerable')
        .map((row) => entry.profile.areas.findIndex((area) => area.role === row[1]));
      return order.some((index, i) => i > 0 && index < order[i - 1]!);
    });
    expect(reordered).toBe(true);
  });

  test('mixed detail and areas nobody is scanned on: the workbook says what the core says', () => {
    expect(mixedCases).toHaveLength(2);
    const failures = mixedCases.flatMap((entry) => {
      const sheet = results.get(entry.file)?.get(SHEET_DASHBOARD);
      if (!sheet) return [`${entry.name}: no Dekking sheet recalculated`];
      return differences(sheet, entry.want).map((problem) => `${entry.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
    for (const entry of mixedCases) {
      const bruggenbouwer = entry.want.coverage.find((row) => row[0] === 'Bruggenbouwer')!;
      expect(bruggenbouwer[5]).toBe('niet gescand');
      expect(entry.want.gaps.at(-1)![0]).toBe('nog niet gescand');
      expect(entry.want.gaps.some((row) => String(row[1]).startsWith('BRU-'))).toBe(false);
    }
  });

  test('every formula cell carries as cached value what LibreOffice computes, fresh and with data', async () => {
    expect(written.length).toBe(BUILTIN_PROFILES.length * DETAILS.length * 2 + BUILTIN_PROFILES.length * 2 + 3);
    let formulas = 0;
    const failures: string[] = [];
    for (const { name, file } of written) {
      const sheets = results.get(file);
      if (!sheets?.get(SHEET_DASHBOARD)) {
        failures.push(`${name}: not recalculated`);
        continue;
      }
      const comparison = await cachedDifferences(file, sheets);
      expect(comparison.formulas).toBeGreaterThan(50);
      formulas += comparison.formulas;
      failures.push(...comparison.problems.slice(0, 5).map((problem) => `${name}: ${problem}`));
    }
    expect(failures).toEqual([]);
    expect(formulas).toBeGreaterThan(10_000);
  });

  test('unknown text shows as an error value, never as a number, as the core refuses it', () => {
    const sheet = results.get(badFile)?.get(SHEET_DASHBOARD);
    expect(sheet).toBeDefined();
    const first = sheet![COVERAGE_ROW + 1]!;
    const second = sheet![COVERAGE_ROW + 2]!;
    const last = sheet![COVERAGE_ROW + 6]!;
    for (const row of [first, second, last]) {
      expect(row[1]).toMatch(/^#/);
      expect(row[5]).toMatch(/^#/);
    }
  });

  test('the core refuses the same unknown text', () => {
    const profile = BUILTIN_PROFILES[0]!;
    const grid = generateMatrix(profile, 'kva', 'nl', 99);
    grid[1]![2] = 'misschien';
    expect(() => expected(profile, grid, { threshold: 2, target: 2 }, 'nl')).toThrow(TeamscanError);
    const dotted = generateMatrix(profile, 'kva', 'nl', 99);
    dotted[1]![2] = 'n.';
    expect(() => expected(profile, dotted, { threshold: 2, target: 2 }, 'nl')).toThrow(TeamscanError);
  });
});
