// Where a host plugs in its self-scan form part: only the Sheets sidebar has one, so the task pane carries none of it.

import type { ComponentType } from 'react';
import type { HostBridge } from '../../host/bridge';
import type { Team } from '../../scan/team';

export interface SelfscanFormProps {
  readonly bridge: HostBridge;
  readonly team: Team;
  readonly reload: () => Promise<Team | undefined>;
  /** Called after a form was made or answers were taken over: the tracking reads again. */
  readonly onChanged: () => void;
}

let formPart: ComponentType<SelfscanFormProps> | undefined;

/** The host's composition root registers its part (appsscript/sidebar/index.tsx). */
export function provideSelfscanForm(part: ComponentType<SelfscanFormProps>): void {
  formPart = part;
}

export function selfscanFormPart(): ComponentType<SelfscanFormProps> | undefined {
  return formPart;
}
