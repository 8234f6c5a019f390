// Re-injecting at another detail keeps the level colours on the columns of the earlier detail: the plan's colour
// scales name every level column of the matrix, and the preview renews a merge sheet's scales from the plan.

import { findSheet } from '../../preview/workbook';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { injectedBridge } from '../preview/helpers';

const npuls = findBuiltinProfile('npuls')!;

test('after a switch from areas to K/V/A both the area columns and the new columns are coloured by level', async () => {
  const { bridge, store } = await injectedBridge(['Anna', 'Bram']);
  const before = (await bridge.readSheet(SHEET_MATRIX)).grid;
  const areaColumns = before.values[0]!.flatMap((cell, column) =>
    npuls.areas.some((area) => area.role === cell || area.name === cell) ? [column] : [],
  );
  expect(areaColumns).toHaveLength(npuls.areas.length);
  const plan = buildWorkbookPlan({ profile: npuls, detail: 'kva', lang: 'nl', existingMatrix: before });
  await bridge.applyPlan(plan);
  const scales = findSheet(store.workbook, SHEET_MATRIX)!.scales;
  const coloured = new Set(scales.map((range) => range.column));
  for (const column of areaColumns) expect(coloured.has(column)).toBe(true);
  const matrix = plan.sheets.find((sheet) => sheet.name === SHEET_MATRIX)!;
  const added = matrix.blocks.filter((block) => block.row === 0).map((block) => block.column);
  expect(added.length).toBe(npuls.areas.length * 3);
  for (const column of added) expect(coloured.has(column)).toBe(true);
  // Every scale covers the person rows below the header.
  for (const range of scales) expect(range.row).toBe(1);
});
