// The Dekking part's self-scan section: who answered, who not yet (to copy), and the host's form part if any.

import { Button, Textarea } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { HostBridge } from '../../host/bridge';
import { LOG_SHEET } from '../../host/change-log';
import type { Team } from '../../scan/team';
import { type Tracking, trackFromForm, trackFromLog } from '../../selfscan/tracking';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import { selfscanFormPart } from './form-slot';
import { shownTime, useSelfscanTexts } from './texts';

/** Reads the log (and in Sheets the form's responses) and counts. */
async function readTracking(bridge: HostBridge, team: Team): Promise<Tracking> {
  const [log, state] = await Promise.all([bridge.readSheet(LOG_SHEET), bridge.readSelfscanForm?.() ?? null]);
  const grid = log.exists ? log.grid : undefined;
  return state ? trackFromForm(team, state, grid) : trackFromLog(team, grid);
}

export function SelfscanTracking({
  bridge,
  team,
  reload,
}: {
  bridge: HostBridge;
  team: Team;
  reload: () => Promise<Team | undefined>;
}) {
  const panel = usePanelStyles();
  const { s } = useSelfscanTexts();
  const [tracking, setTracking] = useState<{ value?: Tracking; error?: unknown }>({});
  const [copied, setCopied] = useState(false);
  const refresh = useCallback(() => {
    readTracking(bridge, team).then(
      (value) => setTracking({ value }),
      (error: unknown) => setTracking({ error }),
    );
  }, [bridge, team]);
  useEffect(refresh, [refresh]);
  const FormPart = selfscanFormPart();
  const value = tracking.value;
  const notYet = value?.notYet.join(', ') ?? '';
  const names = (list: readonly string[]) => (list.length ? list.join(', ') : s('selfscanNobody'));
  const copy = () => {
    void navigator.clipboard?.writeText(notYet).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  return (
    <section className={panel.stack} aria-labelledby="selfscan-title" data-testid="selfscan">
      <h2 id="selfscan-title" className={panel.sectionTitle}>
        {s('selfscanTitle')}
      </h2>
      <p className={panel.muted}>{s('selfscanIntro')}</p>
      {tracking.error ? <Problem error={tracking.error} /> : null}
      {value ? (
        <>
          <p className={panel.intro} data-testid="selfscan-answered">
            {s('selfscanAnswered', { n: value.answered.length, m: value.total, percent: value.percent })}
          </p>
          {value.notYet.length ? (
            <div className={panel.stack}>
              <label htmlFor="selfscan-not-yet" className={panel.muted}>
                {s('selfscanNotYet')}
              </label>
              <Textarea id="selfscan-not-yet" readOnly value={notYet} data-testid="selfscan-not-yet" />
              <div className={panel.row}>
                <Button size="small" onClick={copy}>
                  {copied ? s('selfscanCopied') : s('selfscanCopy')}
                </Button>
              </div>
            </div>
          ) : null}
          {value.lastTakeOver !== undefined ? (
            <p className={panel.muted} data-testid="selfscan-last">
              {s('selfscanLast', { time: shownTime(value.lastTakeOver), names: names(value.inLastTakeOver) })}
            </p>
          ) : null}
          {value.sinceTakeOver.length ? (
            <p className={panel.muted} data-testid="selfscan-since">
              {s('selfscanSince', { names: names(value.sinceTakeOver) })}
            </p>
          ) : null}
        </>
      ) : null}
      {FormPart ? <FormPart bridge={bridge} team={team} reload={reload} onChanged={refresh} /> : null}
    </section>
  );
}
