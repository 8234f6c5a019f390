// How the Inject part gets its plan builder when the part opens: bundled here; the task pane's build serves it as
// a separate script, inject.js (docs/design.md#10-performance-targets), as it does the report makers.

/** What the Inject part calls to plan an injection (profile, matrix and dashboard sheets, carried-over input). */
export type InjectKit = Pick<typeof import('../../workbook/build-plan'), 'buildWorkbookPlan'>;

/** Resolves to the kit; the task pane's build replaces this module with one that loads it on demand. */
export function loadInjectKit(): Promise<InjectKit> {
  return import('../../workbook/build-plan');
}
