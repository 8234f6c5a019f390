// Loads the team (Teammatrix and Profiel) through the bridge, and reloads it on request.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostBridge } from '../host/bridge';
import { readTeam, type Team } from '../scan/team';
import { SHEET_MATRIX, SHEET_PROFILE } from '../workbook/plan';

export type TeamState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'ready'; readonly team: Team }
  | { readonly status: 'error'; readonly error: unknown };

export function useTeam(bridge: HostBridge): { state: TeamState; reload: () => Promise<Team | undefined> } {
  const [state, setState] = useState<TeamState>({ status: 'loading' });
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const [matrix, profile] = await Promise.all([bridge.readSheet(SHEET_MATRIX), bridge.readSheet(SHEET_PROFILE)]);
      const team = readTeam(matrix, profile);
      if (mine === generation.current) setState(team ? { status: 'ready', team } : { status: 'none' });
      return team;
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
