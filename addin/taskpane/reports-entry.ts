// Entry of dist/addin/reports.js: the report makers, which the task pane loads only when a report is asked for.

export { anonymousReport, goalsReachedInSheet, personalReport, teamReport } from '../../shared/report';
