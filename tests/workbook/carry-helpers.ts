// Test helpers for carry-over: an injection through any host's bridge as the inject panel makes it (Profiel and
// Dekking read with formulas, the workbook's previous profile, detail and team size passed on).

import { PreviewBridge } from '../../preview/bridge';
import { WorkbookStore } from '../../preview/store';
import type { HostBridge } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import type { Detail } from '../../shared/profiles/detail';
import type { Profile } from '../../shared/profiles/model';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE, type WorkbookPlan } from '../../shared/workbook/plan';

export interface Injection {
  readonly profile: Profile;
  readonly detail: Detail;
  readonly lang: Language;
  readonly names?: readonly string[];
}

export function previewBridge(): PreviewBridge {
  return new PreviewBridge(new WorkbookStore(), 'nl-NL', () => new Date('2025-03-04T10:30:00Z'));
}

/** The plan the panel builds now: the sheets read as the panel reads them, `previous` the last injection. */
export async function panelPlan(bridge: HostBridge, next: Injection, previous?: Injection): Promise<WorkbookPlan> {
  const [matrix, profile, dashboard] = await Promise.all([
    bridge.readSheet(SHEET_MATRIX),
    bridge.readSheet(SHEET_PROFILE, { formulas: true }),
    bridge.readSheet(SHEET_DASHBOARD, { formulas: true }),
  ]);
  return buildWorkbookPlan({
    profile: next.profile,
    detail: next.detail,
    lang: next.lang,
    names: next.names ?? [],
    ...(matrix.exists ? { existingMatrix: matrix.grid } : {}),
    replacedSheets: { [SHEET_PROFILE]: profile, [SHEET_DASHBOARD]: dashboard },
    ...(previous ? { previous: { profile: previous.profile, detail: previous.detail } } : {}),
  });
}

/** Every carried cell of a plan, by sheet. */
export function carriedCells(plan: WorkbookPlan) {
  return plan.sheets.flatMap((sheet) => (sheet.carry?.cells ?? []).map((cell) => ({ sheet: sheet.name, ...cell })));
}
