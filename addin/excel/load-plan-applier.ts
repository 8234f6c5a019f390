// How ExcelBridge gets the plan applier when a plan is applied: bundled here; the task pane's build serves it in
// inject.js with the Inject part's plan builder (docs/design.md#10-performance-targets).

/** What ExcelBridge.applyPlan calls. */
export type PlanApplier = Pick<typeof import('./plan-applier'), 'applyCheckedPlan'>;

/** Resolves to the applier; the task pane's build replaces this module with one that loads it on demand. */
export function loadPlanApplier(): Promise<PlanApplier> {
  return import('./plan-applier');
}
