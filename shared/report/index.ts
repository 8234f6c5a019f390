// The reports of DESIGN §12, made by the core as self-contained HTML strings for every host and the CLI.

export { personalReport } from './personal';
export type { ReportInput } from './sections';
export { ANONYMOUS_MINIMUM, anonymousReport, teamReport } from './team';
