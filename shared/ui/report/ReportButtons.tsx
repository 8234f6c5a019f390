// The panel's report buttons: team and anonymous report (Dekking), personal report (Scan), each opened in the
// host's dialog, with progress while it is made and a refusal or failure shown in the panel.

import { Button, Spinner } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { HostBridge } from '../../host/bridge';
import type { Team } from '../../scan/team';
import type { EarlierRound } from '../coverage/Rounds';
import { useTexts } from '../i18n';
import { Notice } from '../Notice';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import { makeReport, PANEL_MIN_GROUP, type ReportRequest } from './make-report';

type Opening =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'failed'; error: unknown };

/** Opens one report at a time; `state` says whether one is being made and why the last one failed. */
function useReportOpener(bridge: HostBridge, team: Team) {
  const { lang } = useTexts();
  const [state, setState] = useState<Opening>({ status: 'idle' });
  const busy = useRef(false);
  const open = async (request: ReportRequest) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'busy' });
    try {
      // Opened right after the click (one read of the Dekking sheet between), while a browser still lets it open a window.
      await bridge.openReport(await makeReport(bridge, team, request, lang));
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'failed', error });
    } finally {
      busy.current = false;
    }
  };
  return { state, open };
}

/** While the host's report window is open, a notice that it can hold up the formulas (Excel: office-js#6920). */
function WindowOpen({ bridge }: { readonly bridge: HostBridge }) {
  const { t } = useTexts();
  const [open, setOpen] = useState(false);
  useEffect(() => bridge.onReportWindow?.(setOpen), [bridge]);
  if (!open) return null;
  return (
    <Notice intent="info" role="status" data-testid="report-window-open">
      {t('reportWindowOpen')}
    </Notice>
  );
}

function Progress({ state }: { readonly state: Opening }) {
  const { t } = useTexts();
  if (state.status === 'busy') return <Spinner size="tiny" label={t('reportMaking')} data-testid="report-busy" />;
  if (state.status === 'failed') return <Problem error={state.error} title={t('reportRefused')} />;
  return null;
}

/**
 * Dekking: the team report and the anonymous one. The anonymous button is disabled below k scanned people, with
 * the reason beside it (docs/design.md#9-reliability-and-privacy; the core refuses it too). With `since` (the snapshot chosen under "Vergelijk
 * met") both reports show the progress since it.
 */
export function TeamReports({
  bridge,
  team,
  since,
}: {
  readonly bridge: HostBridge;
  readonly team: Team;
  readonly since?: EarlierRound | undefined;
}) {
  const panel = usePanelStyles();
  const { t } = useTexts();
  const { state, open } = useReportOpener(bridge, team);
  const busy = state.status === 'busy';
  const scanned = team.reading.people.filter((person) => person.scanned).length;
  const tooFew = scanned < PANEL_MIN_GROUP;
  return (
    <section className={panel.stack} aria-labelledby="reports-title" data-testid="team-reports">
      <h2 id="reports-title" className={panel.sectionTitle}>
        {t('reportsTitle')}
      </h2>
      <p className={panel.muted}>{t('reportsIntro')}</p>
      {since ? (
        <p className={panel.muted} data-testid="report-since">
          {t('reportSince', { sheet: since.sheet })}
        </p>
      ) : null}
      <div className={panel.row}>
        <Button size="small" disabled={busy} onClick={() => void open({ kind: 'team', ...(since ? { since } : {}) })}>
          {t('reportTeam')}
        </Button>
        <Button
          size="small"
          disabled={busy}
          // Focusable while disabled below k, so a screen reader reaches it and reads the reason it points to.
          disabledFocusable={!busy && tooFew}
          aria-describedby={tooFew ? 'report-anonymous-why' : undefined}
          onClick={() => void open({ kind: 'anonymous', ...(since ? { since } : {}) })}
        >
          {t('reportAnonymous')}
        </Button>
      </div>
      {tooFew ? (
        <p id="report-anonymous-why" className={panel.muted} data-testid="report-anonymous-why">
          {t('reportAnonymousTooFew', { minimum: PANEL_MIN_GROUP, scanned })}
        </p>
      ) : null}
      <Progress state={state} />
      <WindowOpen bridge={bridge} />
    </section>
  );
}

/** Scan: the personal report (gespreksdocument) of the person on the selected row. */
export function PersonalReport({
  bridge,
  team,
  name,
}: {
  readonly bridge: HostBridge;
  readonly team: Team;
  readonly name: string;
}) {
  const panel = usePanelStyles();
  const { t } = useTexts();
  const { state, open } = useReportOpener(bridge, team);
  return (
    <div className={panel.stack} data-testid="personal-report">
      <div className={panel.row}>
        <Button size="small" disabled={state.status === 'busy'} onClick={() => void open({ kind: 'personal', name })}>
          {t('reportPersonal')}
        </Button>
      </div>
      <Progress state={state} />
      <WindowOpen bridge={bridge} />
    </div>
  );
}
