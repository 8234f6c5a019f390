// Scan: the person on the selected Teammatrix row, their answers per area, the chart and the keyboard loop.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { SHEET_SECOND_VIEW } from '../../analysis/conversation/texts';
import type { HostBridge } from '../../host/bridge';
import { TeamscanError } from '../../i18n/message';
import { areaProgress, draftAreaLevels, teamAreaAverages, totalProgress } from '../../scan/progress';
import type { Team } from '../../scan/team';
import { SHEET_MATRIX } from '../../workbook/plan';
import { errorText, useTexts } from '../i18n';
import { Problem } from '../Problem';
import { ReadProblems } from '../ReadProblems';
import { PersonalReport } from '../report/ReportButtons';
import { usePanelStyles } from '../styles';
import { TeamGate } from '../TeamGate';
import type { TeamState } from '../useTeam';
import { AreaChart } from './AreaChart';
import { AreaSection } from './AreaSection';
import { Conversation } from './Conversation';
import { RaterField } from './ConversationParts';
import type { ConversationView } from './conversation-view';
import { LastChanges } from './LastChanges';
import { type LoopKey, replayOf, useLoopKeys } from './loop-keys';
import { ScanFooter } from './ScanFooter';
import {
  areaStartPosition,
  focusPicker,
  nextOpenPosition,
  pickerPosition,
  revealFocusedPicker,
  useFooterSpace,
} from './scan-focus';
import { useFollowSelection, useScan, useTranslated } from './useScan';

export interface ScanPanelProps {
  readonly bridge: HostBridge;
  readonly team: TeamState;
  readonly reload: () => Promise<Team | undefined>;
  readonly onInject: () => void;
  /** With the conversation's sheets (ScanPart): which view the form is on, and what it reads and shows. */
  readonly conversation?: ConversationView;
  /** Told whether the form holds answers not saved yet (the view switch waits for a save). */
  readonly onDirty?: (dirty: boolean) => void;
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
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** The level keys as the hint names them: "0–4", or the few a bound matrix's scale takes ("0, 2"). */
function keysOf(levels: readonly number[] | undefined): string {
  return levels && levels.join() !== '0,1,2,3,4' ? levels.join(', ') : '0–4';
}

export function ScanPanel({ bridge, team, reload, onInject, conversation, onDirty }: ScanPanelProps) {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { lang, t } = useTexts();
  const scan = useScan(bridge, conversation?.reload ?? reload);
  const second = conversation?.view === 'second';
  const matrixTeam = team.status === 'ready' ? team.team : undefined;
  const container = useRef<HTMLDivElement>(null);
  const footer = useRef<HTMLDivElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  useFollowSelection(
    bridge,
    second ? SHEET_SECOND_VIEW : (matrixTeam?.layout.sheet ?? SHEET_MATRIX),
    useTranslated(scan.follow, conversation?.translate),
  );
  const { state } = scan;
  useEffect(() => onDirty?.(state.dirty), [onDirty, state.dirty]);
  useFooterSpace(container, footer, state.person !== undefined);
  const person = state.person;
  const layout = person?.team.layout;
  const positions = useMemo(() => new Map(layout?.fields.map((field, index) => [field.key, index]) ?? []), [layout]);
  // On the second view its own sheet's problems are the form's; the team figures and the report stay the Teammatrix's.
  const latest = second ? person?.team : (matrixTeam ?? person?.team);

  const loopKeys = useLoopKeys();
  /** Enter in the loop: save and open the next person; keys typed until then are kept for them. */
  const moveOn = (keys: readonly LoopKey[] = []) => {
    loopKeys.start(keys);
    // No next person (the last one, a refused save): the keys had no form to go to, as without keeping them.
    void scan.saveAndNext().then(
      (opened) => opened || loopKeys.finish(),
      () => loopKeys.finish(),
    );
  };

  // The keyboard loop opened the next person: their first picker takes the focus in the same commit that shows
  // them (a passive effect runs after paint, under preact/compat a frame later, and keys typed in between were
  // lost), and the keys typed while moving are theirs, in order.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per person the loop opens, with that render's form.
  useLayoutEffect(() => {
    if (!state.focusFirst) return;
    const replay = replayOf(loopKeys.finish(), layout?.fields.length ?? 0);
    for (const [position, answer] of replay.answers.entries()) scan.setAnswer(layout!.fields[position]!, answer);
    if (replay.answers.length === 0) focusPicker(container.current, 0);
    else focusField(replay.answers.length);
    if (replay.next) moveOn(replay.rest);
  }, [state.focusFirst]);

  // After the last item the keyboard lands on Opslaan, so Enter saves.
  const focusField = (position: number) => {
    if (focusPicker(container.current, position)) return;
    saveButton.current?.focus();
  };

  const lastPosition = (layout?.fields.length ?? 0) - 1;
  /** Enter on the last item or on Opslaan runs the loop, before a radio chip or the button handles it. */
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!TYPING.has(target.tagName) && loopKeys.take(event)) return;
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (target !== saveButton.current && pickerPosition(target) !== lastPosition) return;
    event.preventDefault();
    event.stopPropagation();
    moveOn();
  };
  /** W toggles the focused area's development wish; O goes to the next open item. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!person || !layout || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (TYPING.has(target.tagName)) return;
    const key = event.key.toLowerCase();
    if (key === 'w') {
      const areaId = target.closest('[data-area-id]')?.getAttribute('data-area-id');
      const area = layout.areas.find((candidate) => candidate.id === areaId);
      if (!area || area.wishColumn === undefined) return;
      event.preventDefault();
      scan.setWish(area, person.draft.wishes[area.id] !== true);
    } else if (key === 'o') {
      event.preventDefault();
      nextOpen(pickerPosition(target) ?? -1);
    }
  };
  const nextOpen = (from: number) => {
    if (!person || !layout) return;
    const position = nextOpenPosition(layout, person.draft, from);
    if (position !== undefined) focusField(position);
  };
  const jump = (area: number) => {
    if (!person || !layout) return;
    const position = areaStartPosition(layout, person.draft, area);
    if (position !== undefined) focusField(position);
  };

  return (
    <TeamGate team={team} reload={reload} onInject={onInject} bridge={bridge}>
      {() => {
        if (state.error)
          return (
            <>
              {latest ? <ReadProblems bridge={bridge} team={latest} /> : null}
              <Problem error={state.error} />
            </>
          );
        if (!person || !layout) {
          // A row left out while reading (a name that is already in the matrix): say what is wrong with it.
          const problem = latest?.reading.problems?.find((candidate) => candidate.row === state.emptyRow);
          if (problem)
            return (
              <p className={panel.intro} data-testid="scan-row-problem">
                {t('scanRowLeftOut', { problem: errorText(new TeamscanError(problem.message), lang) })}
              </p>
            );
          if (conversation?.missing)
            return (
              <p className={panel.intro}>
                {conversation.kit.talkText('secondMissing', lang, { name: conversation.missing })}
              </p>
            );
          return <p className={panel.intro}>{t('scanPickRow')}</p>;
        }
        const levels = draftAreaLevels(layout, person.draft);
        const figures = matrixTeam ?? person.team;
        const averages = figures.layout.profile === layout.profile ? teamAreaAverages(layout, figures.reading) : [];
        const progress = layout.areas.map((area) => areaProgress(layout, person.draft, area.area));
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: keys bubbling up from the pickers, not a control
          <div
            ref={container}
            className={panel.stack}
            onKeyDownCapture={onKeyDownCapture}
            onKeyDown={onKeyDown}
            onFocus={(event) => revealFocusedPicker(event.target)}
          >
            {latest ? <ReadProblems bridge={bridge} team={latest} /> : null}
            <div className={styles.person}>
              <h2 className={styles.name} data-testid="scan-name">
                {person.name}
              </h2>
              <span className={panel.muted}>
                {person.role || t('scanNoRole')} · {t('scanRow', { row: person.sheetRow })}
              </span>
            </div>
            {second && conversation && layout.rater ? (
              <RaterField
                kit={conversation.kit}
                name={person.name}
                value={person.draft.rater ?? ''}
                onChange={scan.setRater}
              />
            ) : null}
            <p className={styles.hint} id="scan-keys">
              {/* The digits the matrix's scale takes: 0–4, or 0 and 2 on a yes/no matrix. */}
              {t('scanKeyboardHint', { keys: keysOf(person.team.scale?.levels) })}
            </p>
            {layout.areas.map((area, index) => (
              <AreaSection
                key={area.id}
                area={area}
                draft={person.draft}
                progress={progress[index]!}
                positions={positions}
                onAnswer={scan.setAnswer}
                onWish={scan.setWish}
                onAdvance={(position) => focusField(position + 1)}
                levels={person.team.scale?.levels}
              />
            ))}
            {/* On the second view both views stand side by side below; the chart shows the person's own levels. */}
            {second ? null : (
              <AreaChart
                name={person.name}
                areas={layout.areas.map((area, index) => ({
                  role: area.role,
                  level: levels[index] ?? null,
                  team: averages[index] ?? null,
                }))}
              />
            )}
            {conversation && matrixTeam ? (
              <Conversation
                bridge={bridge}
                conversation={conversation}
                self={matrixTeam}
                name={person.name}
                version={person.original}
              />
            ) : null}
            <LastChanges key={`${person.name}:${person.sheetRow}`} bridge={bridge} name={person.name} />
            <PersonalReport bridge={bridge} team={figures} name={person.name} />
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
            <ScanFooter
              footerRef={footer}
              saveRef={saveButton}
              name={person.name}
              layout={layout}
              total={totalProgress(layout, person.draft)}
              areaProgress={progress}
              state={state}
              onJump={jump}
              onNextOpen={() => nextOpen(pickerPosition(document.activeElement) ?? -1)}
              onSave={() => void scan.save()}
              onStep={(direction) => void scan.step(direction)}
              onResolve={(choice) => void scan.resolvePending(choice)}
            />
          </div>
        );
      }}
    </TeamGate>
  );
}
