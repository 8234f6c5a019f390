// An English injection: the Dekking sheet's tables are English too (the functions are named in the plan's language).

import { PreviewBridge } from '../../preview/bridge';
import { WorkbookStore } from '../../preview/store';
import { analyze } from '../../shared/analysis/analyze';
import { coverageTable, gapsTable } from '../../shared/formulas/functions/coverage';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { COVERAGE_ROW, GAPS_COLUMN } from '../../shared/workbook/dashboard-sheet';

const npuls = findBuiltinProfile('npuls')!;

test('an English workbook gets English DEKKING and HIATEN tables, legend and chart', async () => {
  const bridge = new PreviewBridge(new WorkbookStore(), 'en-GB');
  const plan = buildWorkbookPlan({ profile: npuls, detail: 'gebieden', lang: 'en', names: ['Anna', 'Bram'] });
  expect(plan.lang).toBe('en');
  await bridge.applyPlan(plan);
  const matrix = (await bridge.readSheet('Teammatrix')).grid;
  const analysis = analyze(readMatrix(matrix, npuls));
  const dashboard = (await bridge.readSheet('Dekking')).grid.values;
  const coverage = coverageTable(analysis, 'en');
  expect(dashboard.slice(COVERAGE_ROW, COVERAGE_ROW + coverage.length).map((line) => line.slice(0, 6))).toEqual(
    coverage,
  );
  const gaps = gapsTable(analysis, 'en', 'risk');
  expect(
    dashboard
      .slice(COVERAGE_ROW, COVERAGE_ROW + gaps.length)
      .map((line) => line.slice(GAPS_COLUMN, GAPS_COLUMN + gaps[0]!.length)),
  ).toEqual(gaps);
  expect(coverageTable(analysis, 'nl')[0]).not.toEqual(coverage[0]);
  const dekking = plan.sheets.find((sheet) => sheet.name === 'Dekking')!;
  expect(dekking.charts).toHaveLength(1);
  expect(dashboard.flat()).toContain('Legend');
});
