// Loads the team (Teammatrix and Profiel, else a bound own-layout matrix) through the bridge, and reloads it on request.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostBridge, SheetSnapshot } from '../host/bridge';
import { type BindingCheck, checkBinding } from '../scan/binding';
import { readTeam, type Team } from '../scan/team';
import { SHEET_MATRIX, SHEET_PROFILE } from '../workbook/plan';

/** How a ready team was found: the Teammatrix, or a binding (and the sheet's former name when it was renamed). */
export interface TeamSource {
  readonly bound: boolean;
  readonly renamedFrom?: string;
}

export type TeamState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'ready'; readonly team: Team; readonly source?: TeamSource }
  /** The workbook's binding names a matrix that is not there any more (docs/design.md#7-the-injected-workbook). */
  | { readonly status: 'unbound'; readonly check: Exclude<BindingCheck, { status: 'ok' }> }
  | { readonly status: 'error'; readonly error: unknown };

const MISSING: SheetSnapshot = { sheet: '', grid: { values: [] }, exists: false };

/** Without a Teammatrix: the matrix the workbook's binding names, checked against its header row as bound. */
export async function readBoundTeam(bridge: HostBridge, profile: SheetSnapshot): Promise<TeamState> {
  const stored = await bridge.readBinding?.();
  if (!stored) return { status: 'none' };
  const snapshot = stored.lost ? MISSING : await bridge.readSheet(stored.sheet);
  const check = checkBinding(stored, snapshot);
  if (check.status !== 'ok') return { status: 'unbound', check };
  const team = readTeam(snapshot, profile, check.place.row, check.scale);
  if (!team) return { status: 'unbound', check: { status: 'sheetMissing', sheet: stored.sheet } };
  const source = check.renamedFrom ? { bound: true, renamedFrom: check.renamedFrom } : { bound: true };
  return { status: 'ready', team, source };
}

export function useTeam(bridge: HostBridge): { state: TeamState; reload: () => Promise<Team | undefined> } {
  const [state, setState] = useState<TeamState>({ status: 'loading' });
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const [matrix, profile, record] = await Promise.all([
        bridge.readSheet(SHEET_MATRIX),
        bridge.readSheet(SHEET_PROFILE),
        // A no-install workbook written from a yes/no matrix records its scale (Excel; other hosts have none).
        bridge.readScaleRecord?.(),
      ]);
      const team = readTeam(matrix, profile, undefined, undefined, record);
      const next: TeamState = team ? { status: 'ready', team } : await readBoundTeam(bridge, profile);
      if (mine === generation.current) setState(next);
      return next.status === 'ready' ? next.team : undefined;
    } catch (error) {
      if (mine === generation.current) setState({ status: 'error', error });
      return undefined;
    }
  }, [bridge]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
