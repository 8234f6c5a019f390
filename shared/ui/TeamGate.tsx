// Shows loading, "no Teammatrix yet" or a read error for a part that needs the team; else its children.

import { Button, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Team } from '../scan/team';
import { useTexts } from './i18n';
import { Notice } from './Notice';
import { Problem } from './Problem';
import type { TeamState } from './useTeam';

export interface TeamGateProps {
  readonly team: TeamState;
  readonly reload: () => unknown;
  readonly onInject: () => void;
  readonly children: (team: Team) => ReactNode;
}

export function TeamGate({ team, reload, onInject, children }: TeamGateProps) {
  const { t } = useTexts();
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
  if (team.status === 'none') {
    return (
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
    );
  }
  return <>{children(team.team)}</>;
}
