// Makes a report for the panel: the team as the panel holds it, the norms as the Dekking sheet holds them.

import { analyze } from '../../analysis/analyze';
import { compareRounds } from '../../analysis/compare';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../analysis/conversation/texts';
import type { HostBridge, ReportView } from '../../host/bridge';
import { localDate } from '../../host/snapshot';
import type { Language } from '../../i18n/language';
import { REPORT_MESSAGES } from '../../i18n/ui-messages-report';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import type { MatrixReading } from '../../matrix/reading';
import { loadReports } from '../../report/load';
import { DEFAULT_MIN_GROUP } from '../../report/privacy';
import type { Team } from '../../scan/team';
import { SHEET_DASHBOARD } from '../../workbook/plan';
import { dashboardNorms, dashboardOptions } from '../coverage/settings';

type Since = { readonly sheet: string; readonly reading: MatrixReading };

/** The k of the panel's reports (docs/design.md#9-reliability-and-privacy): the default, never lowered. */
export const PANEL_MIN_GROUP = DEFAULT_MIN_GROUP;

export type ReportRequest =
  | { readonly kind: 'team'; readonly since?: Since }
  | { readonly kind: 'anonymous'; readonly since?: Since }
  | { readonly kind: 'personal'; readonly name: string };

/**
 * The report's page and the dialog's title. Threshold, target and norms come from the Dekking sheet (as the
 * Dekking part reads them), so the report shows the same numbers as the panel. Throws the core's refusals
 * (ReportError reportTooFewPeople, the core's unknownPerson) and a bad norm's error.
 */
export async function makeReport(
  bridge: HostBridge,
  team: Team,
  request: ReportRequest,
  lang: Language,
  now: Date = new Date(),
): Promise<ReportView> {
  // The report makers may come as a separate script (the task pane): fetched while the Dekking sheet is read.
  const [{ anonymousReport, personalReport, teamReport }, dashboard] = await Promise.all([
    loadReports(),
    bridge.readSheet(SHEET_DASHBOARD),
  ]);
  const settings = dashboard.exists
    ? dashboardNorms(dashboard.sheet, dashboard.grid)
    : { threshold: DEFAULT_THRESHOLD, target: DEFAULT_TARGET };
  const options = dashboardOptions(settings);
  const analysis = analyze(team.reading, options);
  // The panel's k is always the default, 5 (docs/design.md#9-reliability-and-privacy).
  const input = { reading: team.reading, analysis, lang, date: localDate(now), minGroup: PANEL_MIN_GROUP };
  // Progress since the chosen snapshot, compared with the same norms as the rest of the report.
  const since = request.kind === 'personal' ? undefined : request.since;
  const withProgress = since
    ? {
        ...input,
        progress: {
          since: since.sheet,
          comparison: compareRounds(since.reading, team.reading, options),
          before: since.reading,
        },
      }
    : input;
  switch (request.kind) {
    case 'team':
      return { title: REPORT_MESSAGES.reportTeam[lang], html: teamReport(withProgress) };
    case 'anonymous':
      return { title: REPORT_MESSAGES.reportAnonymous[lang], html: anonymousReport(withProgress) };
    case 'personal': {
      // The conversation's sheets, when the workbook has them: only this person's report ever shows them.
      const [second, plan] = await Promise.all([bridge.readSheet(SHEET_SECOND_VIEW), bridge.readSheet(SHEET_DEV_PLAN)]);
      const at = (sheet: string) => ({ row: 1, column: 1, sheet });
      const conversation = {
        ...(second.exists ? { secondViewSheet: { ...second.grid, origin: at(second.sheet) } } : {}),
        ...(plan.exists ? { planSheet: { ...plan.grid, origin: at(plan.sheet) } } : {}),
      };
      return {
        title: `${REPORT_MESSAGES.reportPersonal[lang]}: ${request.name}`,
        html: personalReport(second.exists || plan.exists ? { ...input, conversation } : input, request.name),
      };
    }
  }
}
