// A workbook plan of one sheet holding one block of cells from A1: the fixture of the evaluator's tests.

import type { PlanCell, WorkbookPlan } from '../../shared/workbook/plan';

/** The sheet the plan writes. */
export const PLAN_SHEET = 'Blad';

/** A plan that replaces sheet PLAN_SHEET with `values` (rows of cells) from A1, and nothing else. */
export function oneSheetPlan(values: PlanCell[][]): WorkbookPlan {
  return {
    profileId: 'npuls',
    detail: 'gebieden',
    activate: PLAN_SHEET,
    matrixRange: { row: 0, column: 0, rows: 1, columns: 1 },
    sheets: [
      {
        name: PLAN_SHEET,
        mode: 'replace',
        blocks: [{ row: 0, column: 0, values }],
        styles: [],
        columnWidths: [],
        validations: [],
        colourScales: [],
        highlights: [],
        charts: [],
        protect: false,
      },
    ],
  };
}
