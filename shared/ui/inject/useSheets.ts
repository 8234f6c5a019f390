// Reads the sheets an injection depends on (Teammatrix, Profiel, Dekking, and the conversation's), again whenever `version` changes.

import { useEffect, useState } from 'react';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../analysis/conversation/texts';
import type { HostBridge, SheetSnapshot } from '../../host/bridge';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from '../../workbook/plan';

export interface WorkbookSheets {
  readonly matrix: SheetSnapshot;
  readonly profile: SheetSnapshot;
  readonly dashboard: SheetSnapshot;
  /** The development conversation's sheets: kept in step on every injection once the workbook has them. */
  readonly secondView: SheetSnapshot;
  readonly devPlan: SheetSnapshot;
}

/** Reads only while the part is visible, so following the selection costs the host no extra reads. */
export function useSheets(
  bridge: HostBridge,
  visible: boolean,
  version: unknown,
): { sheets?: WorkbookSheets; error?: unknown } {
  const [result, setResult] = useState<{ sheets?: WorkbookSheets; error?: unknown }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the trigger to read again
  useEffect(() => {
    if (!visible) return;
    let live = true;
    // Profiel and Dekking with their formulas: the user's own cells on them are carried into the new sheets.
    Promise.all([
      bridge.readSheet(SHEET_MATRIX),
      bridge.readSheet(SHEET_PROFILE, { formulas: true }),
      bridge.readSheet(SHEET_DASHBOARD, { formulas: true }),
      bridge.readSheet(SHEET_SECOND_VIEW),
      bridge.readSheet(SHEET_DEV_PLAN),
    ])
      .then(
        ([matrix, profile, dashboard, secondView, devPlan]) =>
          live && setResult({ sheets: { matrix, profile, dashboard, secondView, devPlan } }),
      )
      .catch((error: unknown) => live && setResult({ error }));
    return () => {
      live = false;
    };
  }, [bridge, visible, version]);
  return result;
}
