// Dekking's rounds: "Momentopname bewaren" (a protected values-only copy of the Teammatrix) and the change since one.

import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compareRounds } from '../../analysis/compare';
import { SHEET_DEV_PLAN } from '../../analysis/conversation/texts';
import type { AnalysisOptions } from '../../analysis/types';
import type { HostBridge } from '../../host/bridge';
import { localDate, snapshotSheets } from '../../host/snapshot';
import type { MatrixReading } from '../../matrix/reading';
import { loadReports } from '../../report/load';
import { readTeam, type Team } from '../../scan/team';
import { SHEET_PROFILE } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import { RoundChange } from './RoundChange';
import { dashboardOptions } from './settings';

export interface RoundsProps {
  readonly bridge: HostBridge;
  readonly team: Team;
  /** Reads the team again, so "now" is the sheet as it is when a snapshot is chosen. */
  readonly reload: () => Promise<Team | undefined>;
  /** Threshold, target and norms as the Dekking part reads them from the Dekking sheet. */
  readonly settings: Pick<AnalysisOptions, 'threshold' | 'target' | 'norms'>;
  /** The snapshot chosen to compare with, once read (undefined when none is): the team report shows it too. */
  readonly onChosen?: (earlier: EarlierRound | undefined) => void;
}

/** A snapshot read as a matrix: its sheet's name and its reading. */
export interface EarlierRound {
  readonly sheet: string;
  readonly reading: MatrixReading;
}

type Saving =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly sheet: string }
  | { readonly status: 'failed'; readonly error: unknown };

type Earlier =
  | { readonly status: 'none' }
  | { readonly status: 'reading'; readonly sheet: string }
  | {
      readonly status: 'ready';
      readonly sheet: string;
      readonly reading: MatrixReading;
      /** The Ontwikkelplan's goals reached since the snapshot, when the workbook has a plan with goals. */
      readonly goals?: GoalsReached;
    }
  | { readonly status: 'failed'; readonly sheet: string; readonly error: unknown }
  | { readonly status: 'empty'; readonly sheet: string };

type GoalsReached = { readonly reached: number; readonly total: number } | { readonly error: unknown };

/**
 * The plan's goals reached between the snapshot and now, read with the report makers (loaded on demand, so the
 * pane does not carry the plan's reader); a plan the reader refuses is shown as its problem.
 */
async function goalsSince(bridge: HostBridge, before: MatrixReading, now: MatrixReading) {
  try {
    const [sheet, makers] = await Promise.all([bridge.readSheet(SHEET_DEV_PLAN), loadReports()]);
    return makers.goalsReachedInSheet(sheet.grid, before, now);
  } catch (error) {
    return { error };
  }
}

/** The workbook's snapshot sheets, newest first, and whether it has a plan; read again when the team is and after a save. */
function useSnapshotList(bridge: HostBridge, team: Team) {
  const [all, setAll] = useState<string[]>([]);
  const refresh = useCallback(async () => {
    try {
      setAll(await bridge.listSheets());
    } catch {
      // The list stays as it was; choosing then reading a sheet reports its own problem.
    }
  }, [bridge]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `team` changes when the workbook is read again.
  useEffect(() => {
    void refresh();
  }, [refresh, team]);
  const sheets = useMemo(() => snapshotSheets(all), [all]);
  return { sheets, hasPlan: all.includes(SHEET_DEV_PLAN), refresh };
}

function SaveSnapshot({ bridge, team, onSaved }: { bridge: HostBridge; team: Team; onSaved: () => void }) {
  const panel = usePanelStyles();
  const { t } = useTexts();
  const [saving, setSaving] = useState<Saving>({ status: 'idle' });
  const busy = useRef(false);
  const save = async () => {
    if (busy.current) return;
    busy.current = true;
    setSaving({ status: 'busy' });
    try {
      const sheet = await bridge.saveSnapshot({ sheet: team.layout.sheet, date: localDate(new Date()) });
      setSaving({ status: 'done', sheet });
      onSaved();
    } catch (error) {
      setSaving({ status: 'failed', error });
    } finally {
      busy.current = false;
    }
  };
  return (
    <>
      <div className={panel.row}>
        <Button
          size="small"
          disabled={saving.status === 'busy'}
          onClick={() => void save()}
          data-testid="snapshot-save"
        >
          {t('snapshotSave')}
        </Button>
        {saving.status === 'busy' ? <Spinner size="tiny" label={t('snapshotSaving')} /> : null}
      </div>
      <p role="status" className={panel.muted} data-testid="snapshot-status">
        {saving.status === 'done' ? t('snapshotSaved', { sheet: saving.sheet }) : ''}
      </p>
      {saving.status === 'failed' ? <Problem error={saving.error} title={t('snapshotFailed')} /> : null}
    </>
  );
}

export function Rounds({ bridge, team, reload, settings, onChosen }: RoundsProps) {
  const panel = usePanelStyles();
  const { t } = useTexts();
  const { sheets, hasPlan, refresh } = useSnapshotList(bridge, team);
  const [earlier, setEarlier] = useState<Earlier>({ status: 'none' });
  const generation = useRef(0);
  const choose = async (sheet: string) => {
    const mine = ++generation.current;
    onChosen?.(undefined);
    if (!sheet) {
      setEarlier({ status: 'none' });
      return;
    }
    setEarlier({ status: 'reading', sheet });
    try {
      // The snapshot with the reader of the matrix itself; the team again, so edits made since are counted.
      const [snapshot, profile, now] = await Promise.all([
        bridge.readSheet(sheet),
        bridge.readSheet(SHEET_PROFILE),
        reload(),
      ]);
      const before = readTeam(snapshot, profile, undefined, undefined, (now ?? team).record);
      const goals = before && hasPlan ? await goalsSince(bridge, before.reading, (now ?? team).reading) : undefined;
      if (mine !== generation.current) return;
      setEarlier(
        before
          ? { status: 'ready', sheet, reading: before.reading, ...(goals ? { goals } : {}) }
          : { status: 'empty', sheet },
      );
      if (before) onChosen?.({ sheet, reading: before.reading });
    } catch (error) {
      if (mine === generation.current) setEarlier({ status: 'failed', sheet, error });
    }
  };
  const comparison = useMemo(() => {
    if (earlier.status !== 'ready') return undefined;
    try {
      return { value: compareRounds(earlier.reading, team.reading, dashboardOptions(settings)) };
    } catch (error) {
      return { error };
    }
  }, [earlier, team, settings]);
  const chosen = earlier.status === 'none' ? '' : earlier.sheet;
  return (
    <section className={panel.stack} aria-labelledby="rounds-title" data-testid="rounds">
      <h2 id="rounds-title" className={panel.sectionTitle}>
        {t('roundsTitle')}
      </h2>
      <p className={panel.muted}>{t('roundsIntro')}</p>
      <SaveSnapshot bridge={bridge} team={team} onSaved={() => void refresh()} />
      {sheets.length === 0 ? (
        <p className={panel.muted} data-testid="compare-none">
          {t('compareNone')}
        </p>
      ) : (
        <Field label={t('compareWith')}>
          <Select
            className={panel.select}
            value={chosen}
            data-testid="compare-with"
            onChange={(_, data) => void choose(data.value)}
          >
            <option value="">{t('compareChoose')}</option>
            {sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {earlier.status === 'reading' ? <Spinner size="tiny" label={t('compareReading')} /> : null}
      {earlier.status === 'failed' ? <Problem error={earlier.error} /> : null}
      {earlier.status === 'empty' ? <Problem error={new Error(t('compareEmpty', { sheet: earlier.sheet }))} /> : null}
      {earlier.status === 'ready' && comparison && 'error' in comparison ? <Problem error={comparison.error} /> : null}
      {earlier.status === 'ready' && comparison && 'value' in comparison && comparison.value ? (
        <RoundChange comparison={comparison.value} sheet={earlier.sheet} profile={team.reading.profile} />
      ) : null}
      {earlier.status === 'ready' && earlier.goals && 'error' in earlier.goals ? (
        <Problem error={earlier.goals.error} />
      ) : null}
      {earlier.status === 'ready' && earlier.goals && 'reached' in earlier.goals ? (
        <p data-testid="round-goals">
          {t('goalsReached', { reached: earlier.goals.reached, total: earlier.goals.total, sheet: earlier.sheet })}
        </p>
      ) : null}
    </section>
  );
}
