// Shows loading, "no Teammatrix yet" (with binding an own table) or a read error for a part that needs the team; else its children.

import { Button, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { HostBridge } from '../host/bridge';
import type { Team } from '../scan/team';
import { BindingStatus, UnboundNotice } from './bind/BindingStatus';
import { BindMatrix } from './bind/BindMatrix';
import { useTexts } from './i18n';
import { Notice } from './Notice';
import { Problem } from './Problem';
import { usePanelStyles } from './styles';
import type { TeamState } from './useTeam';

export interface TeamGateProps {
  readonly team: TeamState;
  readonly reload: () => unknown;
  readonly onInject: () => void;
  /** With a bridge, a workbook without a Teammatrix can bind its own table (docs/design.md#7-the-injected-workbook). */
  readonly bridge?: HostBridge;
  readonly children: (team: Team) => ReactNode;
}

export function TeamGate({ team, reload, onInject, bridge, children }: TeamGateProps) {
  const { t } = useTexts();
  const panel = usePanelStyles();
  if (team.status === 'loading') return <Spinner size="small" label={t('loading')} />;
  if (team.status === 'error') {
    return (
      <Problem
        error={team.error}
        action={
          <Button size="small" onClick={() => void reload()}>
            {t('retry')}
          </Button>
        }
      />
    );
  }
  if (team.status === 'unbound') {
    return (
      <div className={panel.stack}>
        <UnboundNotice check={team.check} />
        {bridge ? <BindMatrix bridge={bridge} onBound={reload} /> : null}
      </div>
    );
  }
  if (team.status === 'none') {
    return (
      <div className={panel.stack}>
        <Notice
          intent="info"
          actions={
            <Button size="small" appearance="primary" onClick={onInject}>
              {t('goInject')}
            </Button>
          }
        >
          {t('noMatrix')}
        </Notice>
        {bridge ? <BindMatrix bridge={bridge} onBound={reload} findAtStart /> : null}
      </div>
    );
  }
  return (
    <>
      {team.source?.bound ? <BindingStatus team={team.team} renamedFrom={team.source.renamedFrom} /> : null}
      {children(team.team)}
    </>
  );
}
