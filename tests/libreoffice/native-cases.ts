// What the native-workbook tests share: a case and its expectation, edits typed into a workbook, yes/no matrices.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writePlanXlsx } from '../../cli/xlsx/write';
import { EMPTY, NOT_APPLICABLE } from '../../shared/levels/levels';
import { builtInScale } from '../../shared/levels/scale';
import type { CellValue } from '../../shared/matrix/grid';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import type { Profile } from '../../shared/profiles/model';
import { normsTableRange } from '../../shared/workbook/dashboard-layout';
import { buildNativeWorkbookPlan } from '../../shared/workbook/native';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../../shared/workbook/plan';
import { type Expected, expected, type NormOverrides } from './compare';
import { generateMatrix, levelValue, pick, random } from './generate';

export interface Case {
  readonly name: string;
  readonly profile: Profile;
  readonly file: string;
  readonly want: Expected;
}

/** A yes/no matrix, and what the core would say of its carried levels averaged instead. */
export interface YesNoCase extends Case {
  readonly averaged: Expected;
}

/** Changes levels, adds a person in a spare row and sometimes types the threshold as a word. */
export async function editWorkbook(
  source: string,
  target: string,
  base: CellValue[][],
  competency: readonly number[],
  seed: number,
  profile: Profile,
): Promise<{ values: CellValue[][]; threshold?: unknown; target?: unknown; overrides: NormOverrides }> {
  const next = random(seed * 7919);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const sheet = workbook.getWorksheet(SHEET_MATRIX)!;
  const values = base.map((row) => [...row]);
  const set = (row: number, column: number, value: CellValue) => {
    values[row] ??= [];
    values[row]![column] = value;
    sheet.getCell(row + 1, column + 1).value = value as ExcelJS.CellValue;
  };
  const people = values.flatMap((row, r) => (r > 0 && row[0] ? [r] : []));
  for (let edit = 0; edit < 8; edit++) set(pick(next, people), pick(next, competency), levelValue(next));
  // Typed right under the last person: below an empty row only a row with levels is a person in the core, while
  // the native formulas count every named row (docs/workbook.md, "Differences from the add-in").
  const newRow = Math.max(...people) + 1;
  set(newRow, 0, 'Nieuwe collega');
  for (const column of competency) if (next() < 0.7) set(newRow, column, levelValue(next));
  const settings: { values: CellValue[][]; threshold?: unknown; target?: unknown; overrides: NormOverrides } = {
    values: Array.from(values, (row) => Array.from(row ?? [], (cell) => cell ?? null)),
    overrides: {},
  };
  const dashboard = workbook.getWorksheet(SHEET_DASHBOARD)!;
  if (seed % 2 === 0) {
    dashboard.getCell('B2').value = 'Gevorderd';
    dashboard.getCell('B3').value = 1;
    settings.threshold = 'Gevorderd';
    settings.target = 1;
  }
  // A norm of its own typed over the table's formulas: one network area (a number, or a level word), and the
  // threshold of an everyone area.
  const overrides: Record<number, { threshold?: CellValue; target?: CellValue }> = {};
  const normsRow = normsTableRange(profile).row + 1;
  const network = profile.areas.findIndex((area) => area.scope === 'network');
  if (network >= 0) {
    const threshold = seed % 3 === 0 ? 'Expert' : 3;
    const target = seed % 2 === 0 ? 2 : 1;
    dashboard.getCell(normsRow + network + 1, 2).value = threshold;
    dashboard.getCell(normsRow + network + 1, 3).value = target;
    overrides[network] = { threshold, target };
  }
  const everyone = profile.areas.findIndex((area) => area.scope === 'everyone');
  if (everyone >= 0) {
    dashboard.getCell(normsRow + everyone + 1, 2).value = 1;
    overrides[everyone] = { threshold: 1 };
  }
  settings.overrides = overrides;
  await workbook.xlsx.writeFile(target);
  return settings;
}

/**
 * Yes/no matrices (docs/design.md#3-levels-and-cell-values), carried as `workbook --from --schaal ja-nee` carries
 * them: held 2, not held 0. The core covers an area by whoever holds any of its items or K/V/A parts; so must the
 * workbook. Written into `dir`, with what the core expects of each.
 */
export async function writeYesNoCases(dir: string): Promise<YesNoCase[]> {
  const npuls = BUILTIN_PROFILES.find((profile) => profile.id === 'npuls')!;
  const cases: YesNoCase[] = [];
  const yesNo = builtInScale('ja-nee');
  for (const [detail, yesNoSeed] of [
    ['competenties', 601],
    ['kva', 602],
    ['competenties', 603],
  ] as const) {
    const next = random(yesNoSeed);
    const base = generateMatrix(npuls, detail, 'nl', yesNoSeed);
    const last = base[0]!.length - 1;
    const isLevel = (r: number, c: number) => r > 0 && c >= 2 && c < last && base[r]![0];
    const marks: CellValue[] = ['x', 'ja', 1, 0, 'nee', null, 0, 'n.v.t.'];
    const source = base.map((row, r) => row.map((cell, c) => (isLevel(r, c) ? pick(next, marks) : cell)));
    const carried = source.map((row, r) =>
      row.map((cell, c) => {
        if (!isLevel(r, c)) return cell;
        const level = yesNo.read(cell);
        return level === EMPTY ? null : level === NOT_APPLICABLE ? 'n.v.t.' : level;
      }),
    );
    const plan = buildNativeWorkbookPlan({
      profile: npuls,
      detail,
      lang: 'nl',
      existingMatrix: { values: carried },
      threshold: 2,
      target: 2,
      anyItem: true,
    });
    const name = `npuls-${detail}-yes-no-${yesNoSeed}`;
    const file = join(dir, `${name}.xlsx`);
    // With the scale record `workbook --from` writes (the defined name Teamscan_Schaal): LibreOffice opens it alike.
    await writePlanXlsx(plan, file, { lang: 'nl', scaleRecord: 'ja-nee' });
    const settings = { threshold: 2, target: 2 };
    const want = expected(npuls, source, settings, 'nl', {}, yesNo);
    cases.push({ name, profile: npuls, file, want, averaged: expected(npuls, carried, settings, 'nl') });
  }
  return cases;
}
