// "Wat er gebeurt": the sheets an injection creates, rewrites or extends, before the user presses Invoegen.

import { tokens } from '@fluentui/react-components';
import { profileAttribution } from '../../profiles/attribution';
import type { Detail } from '../../profiles/detail';
import type { Profile } from '../../profiles/model';
import type { PastedNames, PlanSummary } from '../../scan/injection';
import { showInvisible } from '../../text/normalize';
import { SHEET_MATRIX, SHEET_PROFILE } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';

export interface PlanSummaryViewProps {
  readonly summary: PlanSummary;
  readonly profile: Profile;
  readonly ownTable: boolean;
  readonly pasted?: PastedNames;
  /** The matrix exists at another detail than the one chosen. */
  readonly detailChange?: { readonly from: Detail; readonly to: Detail };
  /** What stays of the user's own cells on Profiel and Dekking (carry-summary.ts). */
  readonly carried?: readonly string[];
}

/** A detail after "per" ("kolommen per gebied"): singular, as Dutch and English say it. */
const DETAIL_PER = { gebieden: 'detailPerAreas', kva: 'detailPerKva', competenties: 'detailPerItems' } as const;

export function PlanSummaryView({ summary, profile, ownTable, pasted, detailChange, carried }: PlanSummaryViewProps) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const notes: string[] = [];
  if (detailChange) {
    const params = { from: t(DETAIL_PER[detailChange.from]), to: t(DETAIL_PER[detailChange.to]) };
    // An area's own column goes before the mean of its finer columns (docs/design.md#4-what-the-answers-mean): say so before it happens.
    notes.push(t(detailChange.from === 'gebieden' ? 'detailChangeAreasFirst' : 'detailChangeKept', params));
  }
  if (pasted?.merged.length) {
    const list = pasted.merged.map((merged) =>
      t('namesMergedOne', { pasted: showInvisible(merged.pasted), into: merged.into }),
    );
    notes.push(t('namesMerged', { list: list.join(', ') }));
  }
  if (pasted?.known.length) notes.push(t('namesKnown', { names: pasted.known.join(', ') }));
  notes.push(...(carried ?? []));
  const items = profile.areas.reduce((count, area) => count + area.items.length, 0);
  const lines = summary.sheets.map((sheet) => {
    if (sheet.name === SHEET_MATRIX) {
      const columns = summary.newColumns === 1 ? t('countColumnOne') : t('countColumns', { count: summary.newColumns });
      const names = summary.newNames === 1 ? t('countNameOne') : t('countNames', { count: summary.newNames });
      const params = { sheet: sheet.name, columns, names };
      return sheet.exists ? t('sheetMerge', params) : t('sheetMergeNew', params);
    }
    // A merge sheet besides the matrix (Tweede blik, Ontwikkelplan) keeps what it holds: never "rewritten".
    if (sheet.exists && sheet.mode === 'merge') return t('sheetKeptInStep', { sheet: sheet.name });
    return sheet.exists ? t('sheetReplace', { sheet: sheet.name }) : t('sheetNew', { sheet: sheet.name });
  });
  if (ownTable) lines.unshift(t('sheetOwnProfile', { sheet: SHEET_PROFILE }));
  return (
    <section
      aria-labelledby="inject-summary"
      style={{
        border: `1px solid ${tokens.colorNeutralStroke2}`,
        borderRadius: tokens.borderRadiusMedium,
        padding: tokens.spacingHorizontalS,
        backgroundColor: tokens.colorNeutralBackground2,
      }}
    >
      <h2 id="inject-summary" className={styles.sectionTitle}>
        {t('willCreate')}
      </h2>
      <p className={styles.muted}>
        {profile.title} —{' '}
        {t('profileFacts', { areas: profile.areas.length, items, licence: profileAttribution(profile).licence })}
      </p>
      <ul className={styles.list} data-testid="plan-summary">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {notes.length ? (
        <ul className={styles.list} data-testid="plan-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
