// How the panel gets the binding flow's kit when a workbook has no Teammatrix: bundled here; the task pane's build serves it as a separate script.

/** The kit the binding flow calls. */
export type BindKit = typeof import('./kit');

/** Resolves to the kit; the task pane's build replaces this module with one that loads bind.js on demand. */
export function loadBindKit(): Promise<BindKit> {
  return import('./kit');
}
