// The Scan part: the form on the Teammatrix ("Zelf") or, when the workbook has the sheet, on Tweede blik (docs/design.md#the-development-conversation).

import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../analysis/conversation/texts';
import type { HostBridge, Selection } from '../../host/bridge';
import { samePersonOn } from '../../scan/second-view-team';
import type { Team } from '../../scan/team';
import { SHEET_PROFILE } from '../../workbook/plan';
// Named through its folder, so the task pane's build can swap this module for conversation.js's loader.
import { type ConversationKit, loadConversationKit } from '../conversation/load';
import { ViewSwitch } from './ConversationParts';
import type { ConversationView, ScanView } from './conversation-view';
import { ScanPanel, type ScanPanelProps } from './ScanPanel';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Which of the conversation's sheets the workbook has: asked when the team is read, until both are there (an
 * injection may add them; once found, a selection costs no extra host call — in Sheets each is a server call).
 */
function useConversationSheets(bridge: HostBridge, team: ScanPanelProps['team']) {
  const [sheets, setSheets] = useState({ second: false, plan: false });
  const both = sheets.second && sheets.plan;
  useEffect(() => {
    if (team.status !== 'ready' || both) return;
    let live = true;
    bridge.listSheets().then(
      (names) =>
        live &&
        setSheets({
          second: names.some((name) => sameSheet(name, SHEET_SECOND_VIEW)),
          plan: names.some((name) => sameSheet(name, SHEET_DEV_PLAN)),
        }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge, team, both]);
  return sheets;
}

/** The kit once a conversation sheet is there (task pane: conversation.js); undefined until then or when it fails. */
function useKit(needed: boolean): ConversationKit | undefined {
  const [kit, setKit] = useState<ConversationKit | undefined>(undefined);
  useEffect(() => {
    if (!needed || kit) return;
    let live = true;
    // Without the kit the Scan part stays the self-scan form it always was: nothing of the conversation shows.
    loadConversationKit().then(
      (loaded) => live && setKit(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, kit]);
  return kit;
}

export function ScanPart(props: ScanPanelProps) {
  const { bridge, team, reload } = props;
  const styles = useStyles();
  const dirty = useRef(false);
  const onDirty = useCallback((now: boolean) => {
    dirty.current = now;
  }, []);
  const sheets = useConversationSheets(bridge, team);
  const kit = useKit(sheets.second || sheets.plan);
  const [chosen, setView] = useState<ScanView>('self');
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const view: ScanView = sheets.second && kit ? chosen : 'self';
  const matrix = team.status === 'ready' ? team.team : undefined;
  const matrixRef = useRef(matrix);
  matrixRef.current = matrix;
  const second = useRef<Team | undefined>(undefined);

  const reloadSecond = useCallback(async () => {
    if (!kit) return undefined;
    // The Teammatrix is read again too: its names find the person, its levels stand beside the second view.
    const [sheet, profile, now] = await Promise.all([
      bridge.readSheet(SHEET_SECOND_VIEW),
      bridge.readSheet(SHEET_PROFILE),
      reload(),
    ]);
    second.current = kit.readSecondTeam(sheet, profile, now?.record);
    return second.current;
  }, [bridge, kit, reload]);

  // The form follows the selection on its own sheet; a row selected on the other one is the same person's row here.
  const translate = useCallback(
    async (selection: Selection): Promise<Selection> => {
      const matrixNow = matrixRef.current;
      if (!matrixNow) return selection;
      const matrixSide = { sheet: matrixNow.layout.sheet, reading: matrixNow.reading };
      if (view === 'second') {
        if (!sameSheet(selection.sheet, matrixSide.sheet)) return selection;
        const other = second.current ?? (await reloadSecond());
        if (!other) return selection;
        const found = samePersonOn(selection, matrixSide, { sheet: SHEET_SECOND_VIEW, reading: other.reading });
        setMissing(found.row === undefined ? found.name : undefined);
        // A row nobody is on: the form asks to pick a person (or says who is missing).
        return { sheet: SHEET_SECOND_VIEW, row: found.row ?? 0, column: 1 };
      }
      const other = second.current;
      if (!other || !sameSheet(selection.sheet, SHEET_SECOND_VIEW)) return selection;
      const found = samePersonOn(selection, { sheet: SHEET_SECOND_VIEW, reading: other.reading }, matrixSide);
      return found.row === undefined ? selection : { sheet: matrixSide.sheet, row: found.row, column: 1 };
    },
    [view, reloadSecond],
  );

  const conversation: ConversationView | undefined = kit
    ? {
        kit,
        view,
        hasSecond: sheets.second,
        hasPlan: sheets.plan,
        onView: (next) => {
          setMissing(undefined);
          setView(next);
        },
        reload: view === 'second' ? reloadSecond : reload,
        translate,
        ...(missing && view === 'second' ? { missing } : {}),
      }
    : undefined;
  const switchable = conversation !== undefined && sheets.second && team.status === 'ready';
  return (
    <>
      {switchable ? (
        <ViewSwitch kit={conversation.kit} view={view} dirty={() => dirty.current} onView={conversation.onView} />
      ) : null}
      <div
        className={styles.form}
        {...(switchable
          ? { role: 'tabpanel', 'aria-labelledby': view === 'second' ? 'view-second' : 'view-self' }
          : {})}
      >
        {/* A new form per view: its draft, its sheet and its selection are the view's own. */}
        <ScanPanel key={view} {...props} onDirty={onDirty} {...(conversation ? { conversation } : {})} />
      </div>
    </>
  );
}
