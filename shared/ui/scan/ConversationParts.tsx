// The Scan part's conversation pieces: the "Zelf | Tweede blik" switch, the rater field, and both views side by side.

import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { LevelPair } from '../../analysis/conversation/second-view';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../analysis/conversation/texts';
import type { HostBridge } from '../../host/bridge';
import type { Language } from '../../i18n/language';
import type { MessageParams } from '../../i18n/message';
import { isLevel, NOT_APPLICABLE } from '../../levels/levels';
import type { MatrixReading } from '../../matrix/reading';
import { SHEET_DASHBOARD } from '../../workbook/plan';
import type { ConversationKit } from '../conversation/load';
import type { TalkKey } from '../conversation/texts';
import { dashboardNorms, dashboardOptions } from '../coverage/settings';
import { formatLevel } from '../format-level';
import { useTexts } from '../i18n';
import { Notice } from '../Notice';
import { PartTabs } from '../PartTabs';
import { usePanelStyles } from '../styles';
import type { ScanView } from './conversation-view';

type PersonConversation = ReturnType<ConversationKit['personConversation']>;

export const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' },
  level: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'right' },
  discuss: { fontWeight: tokens.fontWeightSemibold },
  /** A heading within a piece (Om te bespreken, Open doelen, Voorstellen): below the piece's own title. */
  subTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The conversation's texts in the panel's language. */
export function useTalk(kit: ConversationKit) {
  const { lang } = useTexts();
  return { lang, talk: (key: TalkKey, params?: MessageParams) => kit.talkText(key, lang, params) };
}

/** A level as the pieces show it: a number, n.v.t., or a dash when not scanned. */
export function shownLevel(level: number, lang: Language): string {
  if (isLevel(level)) return formatLevel(level, lang);
  return level === NOT_APPLICABLE ? (lang === 'en' ? 'n/a' : 'n.v.t.') : '—';
}

export interface ViewSwitchProps {
  readonly kit: ConversationKit;
  readonly view: ScanView;
  /** Whether the form holds answers not saved yet: switching then waits for a save. */
  readonly dirty: () => boolean;
  readonly onView: (view: ScanView) => void;
}

/** "Zelf | Tweede blik": a tab list (arrow keys, Home/End); the form below is its tab panel. */
export function ViewSwitch({ kit, view, dirty, onView }: ViewSwitchProps) {
  const { talk } = useTalk(kit);
  const [blocked, setBlocked] = useState(false);
  const select = (next: ScanView) => {
    if (next === view) return;
    const wait = dirty();
    setBlocked(wait);
    if (!wait) onView(next);
  };
  return (
    <>
      <PartTabs
        label={talk('viewSwitch')}
        selected={view}
        onSelect={select}
        tabs={[
          { value: 'self', id: 'view-self', label: talk('viewSelf') },
          { value: 'second', id: 'view-second', label: talk('viewSecond') },
        ]}
      />
      {blocked ? (
        <Notice intent="warning" role="status">
          {talk('viewDirty')}
        </Notice>
      ) : null}
    </>
  );
}

/** Who gives the second view: written with the row, as text. */
export function RaterField({
  kit,
  name,
  value,
  onChange,
}: {
  readonly kit: ConversationKit;
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const panel = usePanelStyles();
  const { talk } = useTalk(kit);
  return (
    <>
      <p className={panel.intro} data-testid="second-intro">
        {talk('secondIntro', { name })}
      </p>
      <Field label={talk('raterLabel')} hint={talk('raterHint')}>
        <Input value={value} onChange={(_, data) => onChange(data.value)} data-testid="second-rater" />
      </Field>
    </>
  );
}

type Loaded = { readonly data: PersonConversation } | { readonly error: unknown } | undefined;

/**
 * Reads the person's conversation from Tweede blik, Ontwikkelplan and Dekking's norms each time `version`
 * changes (a save, another person); `again` reads it after a goal was added.
 */
export function usePersonConversation(
  bridge: HostBridge,
  kit: ConversationKit,
  self: MatrixReading,
  name: string,
  version: unknown,
): { loaded: Loaded; again: () => Promise<void> } {
  const [loaded, setLoaded] = useState<Loaded>(undefined);
  const read = useCallback(async (): Promise<Loaded> => {
    try {
      const [second, plan, dashboard] = await Promise.all([
        bridge.readSheet(SHEET_SECOND_VIEW),
        bridge.readSheet(SHEET_DEV_PLAN),
        bridge.readSheet(SHEET_DASHBOARD),
      ]);
      const options = dashboard.exists ? dashboardOptions(dashboardNorms(dashboard.sheet, dashboard.grid)) : {};
      return { data: kit.personConversation(self, name, second, plan, options) };
    } catch (error) {
      return { error };
    }
  }, [bridge, kit, self, name]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` marks a fresh read of the sheets.
  useEffect(() => {
    let live = true;
    void read().then((next) => live && setLoaded(next));
    return () => {
      live = false;
    };
  }, [read, version]);
  const again = useCallback(async () => setLoaded(await read()), [read]);
  return { loaded, again };
}

function pairLabel(pair: LevelPair, self: MatrixReading): string {
  const area = self.profile.areas[pair.area]!;
  if (pair.item === undefined) return area.role;
  return self.profile.areas.flatMap((candidate) => candidate.items)[pair.item]!.id;
}

/** Self beside the second view per area (and per item at item detail), the differences of 2+ first; never averaged. */
export function SideBySide({
  kit,
  self,
  name,
  data,
}: {
  readonly kit: ConversationKit;
  readonly self: MatrixReading;
  readonly name: string;
  readonly data: PersonConversation;
}) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { talk, lang } = useTalk(kit);
  const comparison = data.comparison;
  const level = (value: number) => shownLevel(value, lang);
  const rows = (pairs: readonly LevelPair[]) =>
    pairs.map((pair) => (
      <tr key={`${pair.kind}${pair.item ?? pair.area}`} className={pair.discuss ? styles.discuss : undefined}>
        <th scope="row" className={styles.cell}>
          {pairLabel(pair, self)}
        </th>
        <td className={styles.level}>{level(pair.self)}</td>
        <td className={styles.level}>{level(pair.second)}</td>
      </tr>
    ));
  const table = (pairs: readonly LevelPair[], caption: string) => (
    <table className={styles.table}>
      <caption className={panel.visuallyHidden}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {talk('compareWhat')}
          </th>
          <th scope="col" className={styles.level}>
            {talk('compareSelf')}
          </th>
          <th scope="col" className={styles.level}>
            {talk('compareSecond')}
          </th>
        </tr>
      </thead>
      <tbody>{rows(pairs)}</tbody>
    </table>
  );
  return (
    <section className={styles.section} aria-labelledby="views-title" data-testid="views-side-by-side">
      <h3 className={panel.sectionTitle} id="views-title">
        {talk('compareTitle')}
      </h3>
      {!comparison ? (
        <p className={panel.intro}>{talk('compareNone', { name })}</p>
      ) : (
        <>
          <span className={panel.muted}>
            {comparison.rater ? `${talk('compareBy', { rater: comparison.rater })} ` : ''}
            {talk('compareNever')}
          </span>
          <h4 className={styles.subTitle}>{talk('compareDiscuss')}</h4>
          {comparison.discuss.length ? (
            <ul className={panel.list} data-testid="views-discuss">
              {comparison.discuss.map((pair) => (
                <li key={`${pair.kind}${pair.item ?? pair.area}`}>
                  {talk('compareDiscussLine', {
                    what: pairLabel(pair, self),
                    self: level(pair.self),
                    second: level(pair.second),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className={panel.intro}>{talk('compareDiscussNone')}</p>
          )}
          {table(comparison.areas, talk('compareTitle'))}
          {comparison.items.length ? (
            <details>
              <summary>{talk('compareItems')}</summary>
              {table(comparison.items, talk('compareItems'))}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
