// Profiel invoegen: profile, detail, threshold, target and names; a summary of the plan; Invoegen with progress.

import { Button, Field, Input, Select, Spinner, Textarea } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { readTarget, readThreshold } from '../../analysis/options';
import type { HostBridge, PlanProgress } from '../../host/bridge';
import { LEVELS } from '../../levels/levels';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, findBuiltinProfile } from '../../profiles/builtins';
import { DETAILS, type Detail } from '../../profiles/detail';
import { pastedNames, summarizePlan } from '../../scan/injection';
import { ownProfile, profileTableRange } from '../../scan/profile-of-workbook';
import { SHEET_DASHBOARD, SHEET_PROFILE } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { Meter } from '../Meter';
import { Notice } from '../Notice';
import { Problem } from '../Problem';
import { usePanelStyles } from '../styles';
import type { TeamState } from '../useTeam';
import { carrySummary } from './carry-summary';
import { PlanSummaryView } from './PlanSummaryView';
import { useConversationPlanner } from './useConversationPlanner';
import { useInjectKit } from './useInjectKit';
import { useSheets } from './useSheets';
import { dashboardSetting, detailOf } from './workbook-defaults';

export const OWN_PROFILE = 'eigen';

export interface InjectPanelProps {
  readonly bridge: HostBridge;
  readonly team: TeamState;
  readonly onInjected: () => unknown;
  /** Opens the Scan part (offered once the profile is in). */
  readonly onScan: () => void;
  readonly visible: boolean;
}

const DETAIL_TEXT = { gebieden: 'detailGebieden', kva: 'detailKva', competenties: 'detailCompetenties' } as const;

export function InjectPanel({ bridge, team, onInjected, onScan, visible }: InjectPanelProps) {
  const styles = usePanelStyles();
  const { lang, t } = useTexts();
  // A refused injection (a sheet changed since it was read) reads the sheets again, so the next try is current.
  const [refusals, setRefusals] = useState(0);
  const readVersion = useMemo(() => ({ team, refusals }), [team, refusals]);
  const { sheets, error: readError } = useSheets(bridge, visible, readVersion);
  const [profileId, setProfileId] = useState<string | undefined>(undefined);
  const [detail, setDetail] = useState<Detail | undefined>(undefined);
  const [threshold, setThreshold] = useState<string | undefined>(undefined);
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [names, setNames] = useState('');
  const [progress, setProgress] = useState<PlanProgress | undefined>(undefined);
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown }>({});
  // The conversation's sheets: asked for here, or kept because the workbook has them; their planner loads on first use.
  const [conversation, setConversation] = useState(false);
  // The plan builder (and in Excel the plan applier) loads when the part is first shown.
  const kit = useInjectKit(visible);
  const hasConversation = Boolean(sheets?.secondView.exists || sheets?.devPlan.exists);
  const wantsConversation = conversation || hasConversation;
  const planner = useConversationPlanner(wantsConversation);

  // Defaults follow the workbook once read: its profile, detail and dashboard settings.
  const readyProfile = team.status === 'ready' ? team.team.reading.profile : undefined;
  useEffect(() => {
    if (team.status === 'loading' || !sheets) return;
    setProfileId(
      (id) =>
        id ??
        (readyProfile && !findBuiltinProfile(readyProfile.id) ? OWN_PROFILE : (readyProfile?.id ?? DEFAULT_PROFILE_ID)),
    );
    setDetail((current) => current ?? detailOf(team) ?? 'gebieden');
  }, [team, sheets, readyProfile]);
  // Until the user picks one, threshold and target follow the Dekking sheet (read again when the part opens).
  const chosenThreshold = threshold ?? dashboardSetting(sheets, 1, readThreshold);
  const chosenTarget = target ?? dashboardSetting(sheets, 2, readTarget);
  const existingDetail = detailOf(team);

  const people = useMemo(
    () => (team.status === 'ready' ? team.team.reading.people.map((person) => person.name) : []),
    [team],
  );
  const chosenProfile = profileId ?? DEFAULT_PROFILE_ID;
  const chosenDetail = detail ?? 'gebieden';
  const planned = useMemo(() => {
    const builder = kit.kit;
    if (!sheets || !builder) return undefined;
    try {
      const own = chosenProfile === OWN_PROFILE;
      const table = own && sheets.profile.exists ? profileTableRange(sheets.profile.grid) : undefined;
      if (own && !table) throw new Error(t('ownProfileMissing'));
      const profile = own ? ownProfile(sheets.profile.grid) : findBuiltinProfile(chosenProfile)!;
      const pasted = pastedNames(names, sheets.matrix.exists && team.status === 'ready' ? people : []);
      const request = {
        profile,
        detail: chosenDetail,
        lang,
        names: pasted.names,
        threshold: chosenThreshold,
        target: chosenTarget,
        ...(sheets.matrix.exists ? { existingMatrix: sheets.matrix.grid } : {}),
        ...(table ? { customProfileTable: table } : {}),
        // What the user typed on Profiel and Dekking is carried over; the old sheets were made for this profile.
        replacedSheets: { [SHEET_PROFILE]: sheets.profile, [SHEET_DASHBOARD]: sheets.dashboard },
        previous: {
          ...(readyProfile ? { profile: readyProfile } : {}),
          ...(existingDetail ? { detail: existingDetail } : {}),
        },
      };
      if (wantsConversation && planner.error) throw planner.error;
      if (wantsConversation && !planner.planner) return undefined;
      const plan =
        planner.planner && wantsConversation
          ? planner.planner.buildPlanWithConversation(request, {
              secondView: conversation,
              devPlan: conversation,
              ...(sheets.secondView.exists ? { existingSecondView: sheets.secondView.grid } : {}),
              ...(sheets.devPlan.exists ? { existingDevPlan: sheets.devPlan.grid } : {}),
            })
          : builder.buildWorkbookPlan(request);
      const existing = new Set(
        [sheets.matrix, sheets.profile, sheets.dashboard, sheets.secondView, sheets.devPlan]
          .filter((s) => s.exists)
          .map((s) => s.sheet),
      );
      return { profile, plan, summary: summarizePlan(plan, existing), own, pasted };
    } catch (error) {
      return { error };
    }
  }, [
    sheets,
    chosenProfile,
    chosenDetail,
    lang,
    names,
    chosenThreshold,
    chosenTarget,
    t,
    team.status,
    people,
    readyProfile,
    existingDetail,
    wantsConversation,
    conversation,
    planner,
    kit.kit,
  ]);

  const busy = progress !== undefined;
  const insert = async () => {
    if (!planned || 'error' in planned) return;
    setOutcome({});
    setProgress({ fraction: 0, step: t('inserting') });
    try {
      await bridge.applyPlan(planned.plan, (next) => setProgress(next));
      await onInjected();
      setOutcome({ done: t('inserted', { profile: planned.profile.title }) });
      setNames('');
    } catch (error) {
      setOutcome({ error });
      setRefusals((count) => count + 1);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <>
      <p className={styles.intro}>{t('injectIntro')}</p>
      {readError ? <Problem error={readError} /> : null}
      <Field label={t('profile')}>
        <Select
          className={styles.select}
          value={chosenProfile}
          onChange={(_, data) => setProfileId(data.value)}
          disabled={busy}
        >
          {BUILTIN_PROFILES.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.title}
            </option>
          ))}
          <option value={OWN_PROFILE}>{t('ownProfile')}</option>
        </Select>
      </Field>
      <Field label={t('detail')}>
        <Select
          className={styles.select}
          value={chosenDetail}
          onChange={(_, data) => setDetail(data.value as Detail)}
          disabled={busy}
        >
          {DETAILS.map((value) => (
            <option key={value} value={value}>
              {t(DETAIL_TEXT[value])}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={t('threshold')} style={{ flex: '1 1 140px' }}>
          <Select
            className={styles.select}
            value={chosenThreshold}
            onChange={(_, data) => setThreshold(data.value)}
            disabled={busy}
          >
            {LEVELS.map((level) => (
              <option key={level.value} value={String(level.value)}>
                {`${level.value} ${level.label[lang]}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('target')} style={{ flex: '1 1 120px' }}>
          <Input
            type="number"
            min={1}
            step={1}
            value={chosenTarget}
            onChange={(_, data) => setTarget(data.value)}
            disabled={busy}
          />
        </Field>
      </div>
      <Field label={t('names')} hint={t('namesHint')}>
        <Textarea
          value={names}
          onChange={(_, data) => setNames(data.value)}
          rows={4}
          resize="vertical"
          disabled={busy}
        />
      </Field>
      <Field hint={hasConversation ? t('conversationKept') : t('conversationPrivacy')}>
        <label>
          <input
            type="checkbox"
            checked={wantsConversation}
            disabled={busy || hasConversation}
            onChange={(event) => setConversation(event.currentTarget.checked)}
          />{' '}
          {t('conversationSheets')}
        </label>
      </Field>
      {kit.error ? (
        <Problem
          error={kit.error}
          action={
            <Button size="small" onClick={kit.retry}>
              {t('injectLoadAgain')}
            </Button>
          }
        />
      ) : null}
      {!kit.kit && !kit.error ? (
        <Spinner size="tiny" label={t('injectPreparing')} data-testid="inject-preparing" />
      ) : null}
      {planned && 'error' in planned ? <Problem error={planned.error} /> : null}
      {planned && !('error' in planned) ? (
        <PlanSummaryView
          summary={planned.summary}
          profile={planned.profile}
          ownTable={planned.own}
          pasted={planned.pasted}
          carried={carrySummary(planned.plan, t)}
          {...(existingDetail && existingDetail !== chosenDetail
            ? { detailChange: { from: existingDetail, to: chosenDetail } }
            : {})}
        />
      ) : null}
      {progress ? (
        <Field validationMessage={progress.step} validationState="none">
          <Meter value={progress.fraction} max={1} aria-label={t('inserting')} />
        </Field>
      ) : null}
      {outcome.done ? (
        <Notice
          intent="success"
          role="status"
          actions={
            <Button size="small" onClick={onScan}>
              {t('goScan')}
            </Button>
          }
        >
          {outcome.done}
        </Notice>
      ) : null}
      {outcome.error ? <Problem error={outcome.error} /> : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void insert()} disabled={busy || !planned || 'error' in planned}>
          {busy ? t('inserting') : t('insert')}
        </Button>
      </div>
    </>
  );
}
