// Entry of dist/addin/inject.js: the injection's plan builder and Excel plan applier, which the task pane loads only when the Inject part opens.

export { buildWorkbookPlan } from '../../shared/workbook/build-plan';
export { applyCheckedPlan } from '../excel/plan-applier';
