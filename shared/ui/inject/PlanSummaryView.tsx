// "Wat er gebeurt": the sheets an injection creates, rewrites or extends, before the user presses Invoegen.

import { tokens } from '@fluentui/react-components';
import type { Profile } from '../../profiles/model';
import type { PlanSummary } from '../../scan/injection';
import { SHEET_MATRIX, SHEET_PROFILE } from '../../workbook/plan';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';

export interface PlanSummaryViewProps {
  readonly summary: PlanSummary;
  readonly profile: Profile;
  readonly ownTable: boolean;
}

export function PlanSummaryView({ summary, profile, ownTable }: PlanSummaryViewProps) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const items = profile.areas.reduce((count, area) => count + area.items.length, 0);
  const lines = summary.sheets.map((sheet) => {
    if (sheet.name === SHEET_MATRIX) {
      const params = { sheet: sheet.name, columns: summary.newColumns, names: summary.newNames };
      return sheet.exists ? t('sheetMerge', params) : t('sheetMergeNew', params);
    }
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
        {profile.title} — {t('profileFacts', { areas: profile.areas.length, items, licence: profile.licence })}
      </p>
      <ul className={styles.list} data-testid="plan-summary">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
