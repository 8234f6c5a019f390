// How the panel gets the report makers when a report is asked for: bundled here; a host build may serve them as a separate script.

/** The report makers the panel calls. */
export type ReportMakers = Pick<
  typeof import('./index'),
  'teamReport' | 'anonymousReport' | 'personalReport' | 'goalsReachedInSheet'
>;

/** Resolves to the report makers; the task pane's build replaces this module with one that loads them on demand. */
export function loadReports(): Promise<ReportMakers> {
  return import('./index');
}
