// Scan: the person on the selected Teammatrix row, their answers per area, progress, chart and Opslaan.

import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import type { HostBridge } from '../../host/bridge';
import { areaProgress, draftAreaLevels, teamAreaAverages, totalProgress } from '../../scan/progress';
import type { Team } from '../../scan/team';
import { SHEET_MATRIX } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import { TeamGate } from '../TeamGate';
import type { TeamState } from '../useTeam';
import { AreaChart } from './AreaChart';
import { AreaSection } from './AreaSection';
import { useFollowSelection, useScan } from './useScan';

export interface ScanPanelProps {
  readonly bridge: HostBridge;
  readonly team: TeamState;
  readonly reload: () => Promise<Team | undefined>;
  readonly onInject: () => void;
}

const useStyles = makeStyles({
  person: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word' },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    zIndex: 1,
  },
  grow: { flex: 1 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  unsaved: { color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200 },
});

export function ScanPanel({ bridge, team, reload, onInject }: ScanPanelProps) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { t } = useTexts();
  const scan = useScan(bridge, reload);
  const container = useRef<HTMLDivElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  useFollowSelection(bridge, SHEET_MATRIX, scan.follow);
  const { state } = scan;
  const person = state.person;
  const layout = person?.team.layout;
  const positions = useMemo(() => new Map(layout?.fields.map((field, index) => [field.key, index]) ?? []), [layout]);
  const latest = team.status === 'ready' ? team.team : person?.team;

  // After the last item the keyboard lands on Opslaan, so Enter saves.
  const focusField = (position: number) => {
    const group = container.current?.querySelector(`[data-field-index="${position}"]`);
    const target = group?.querySelector<HTMLElement>('[tabindex="0"]') ?? saveButton.current;
    target?.focus();
  };

  return (
    <TeamGate team={team} reload={reload} onInject={onInject}>
      {() => {
        if (state.error) return <Problem error={state.error} />;
        if (!person || !layout) return <p className={panel.intro}>{t('scanPickRow')}</p>;
        const total = totalProgress(layout, person.draft);
        const levels = draftAreaLevels(layout, person.draft);
        const averages =
          latest && latest.layout.profile === layout.profile ? teamAreaAverages(layout, latest.reading) : [];
        return (
          <div ref={container} className={panel.stack}>
            <div className={styles.person}>
              <h2 className={styles.name} data-testid="scan-name">
                {person.name}
              </h2>
              <span className={panel.muted}>
                {person.role || t('scanNoRole')} · {t('scanRow', { row: person.sheetRow })}
              </span>
            </div>
            {state.pending ? (
              <MessageBar intent="warning" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{t('movedTitle', { name: person.name })}</MessageBarTitle>
                  {t('movedBody', { name: person.name, target: state.pending.name ?? t('movedTargetNone') })}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" appearance="primary" onClick={() => void scan.resolvePending('save')}>
                    {t('saveAndGo')}
                  </Button>
                  <Button size="small" onClick={() => void scan.resolvePending('discard')}>
                    {t('discardAndGo')}
                  </Button>
                  <Button size="small" onClick={() => void scan.resolvePending('stay')}>
                    {t('stay', { name: person.name })}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
            <Field
              label={t('scanProgressTotal', { done: total.done, total: total.total })}
              validationState="none"
              hint={t('scanKeyboardHint')}
            >
              <ProgressBar value={total.total ? total.done / total.total : 0} max={1} thickness="large" />
            </Field>
            {layout.areas.map((area) => (
              <AreaSection
                key={area.id}
                area={area}
                draft={person.draft}
                progress={areaProgress(layout, person.draft, area.area)}
                positions={positions}
                onAnswer={scan.setAnswer}
                onWish={scan.setWish}
                onAdvance={(position) => focusField(position + 1)}
              />
            ))}
            <AreaChart
              name={person.name}
              areas={layout.areas.map((area, index) => ({
                role: area.role,
                level: levels[index] ?? null,
                team: averages[index] ?? null,
              }))}
            />
            {state.saveError ? (
              <Problem
                error={state.saveError}
                title={t('saveRefused')}
                action={
                  <Button size="small" onClick={() => void scan.reopen()}>
                    {t('reloadPerson')}
                  </Button>
                }
              />
            ) : null}
            {state.saved ? (
              <MessageBar intent="success" layout="multiline" role="status">
                <MessageBarBody>{t('saved', { name: state.saved })}</MessageBarBody>
              </MessageBar>
            ) : null}
            <div className={styles.footer}>
              {state.dirty ? (
                <span className={styles.unsaved} role="status">
                  {t('unsaved')}
                </span>
              ) : null}
              <div className={styles.buttons}>
                <Button size="small" onClick={() => void scan.step(-1)} disabled={state.saving}>
                  {t('previous')}
                </Button>
                <Button
                  ref={saveButton}
                  appearance="primary"
                  className={styles.grow}
                  onClick={() => void scan.save()}
                  disabled={!state.dirty || state.saving}
                >
                  {state.saving ? t('saving') : t('save')}
                </Button>
                <Button size="small" onClick={() => void scan.step(1)} disabled={state.saving}>
                  {t('next')}
                </Button>
              </div>
            </div>
          </div>
        );
      }}
    </TeamGate>
  );
}
