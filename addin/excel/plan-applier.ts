// The Excel plan applier behind ExcelBridge.applyPlan: checks the plan against Excel's limits, then writes it.

import type { PlanProgress } from '../../shared/host/bridge';
import { EXCEL_LIMITS } from '../../shared/host/validate';
import { checkPlan } from '../../shared/host/validate-plan';
import type { WorkbookPlan } from '../../shared/workbook/plan';
import { applyWorkbookPlan } from './apply-plan';
import type { ExcelRun } from './run';

export function applyCheckedPlan(
  run: ExcelRun,
  plan: WorkbookPlan,
  languages: Parameters<typeof applyWorkbookPlan>[2],
  onProgress?: (progress: PlanProgress) => void,
): Promise<void> {
  return applyWorkbookPlan(run, checkPlan(plan, EXCEL_LIMITS), languages, onProgress);
}
