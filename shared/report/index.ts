// The reports of docs/design.md#12-rounds-history-and-reports, made by the core as self-contained HTML strings for every host and the CLI.

export { anonymousReport } from './anonymous';
export { PERSONAL_SECTIONS, type PersonalContext, type PersonalSection, personalReport } from './personal';
export { goalsReachedInSheet } from './plan-progress';
export {
  type AnonymousFigures,
  anonymousFigures,
  DEFAULT_MIN_GROUP,
  LOWEST_MIN_GROUP,
  type PersonalComparison,
  personalComparison,
} from './privacy';
export type { ReportInput } from './sections';
export { teamReport } from './team';
