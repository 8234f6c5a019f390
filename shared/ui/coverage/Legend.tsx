// The Dekking part's legend: every status mark and every heat-map colour, with what it means.

import { makeStyles, tokens } from '@fluentui/react-components';
import { LEVELS } from '../../levels/levels';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';
import { levelColours, type ShownStatus, STATUS_MARK } from './status';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', fontSize: tokens.fontSizeBase200 },
  mark: { width: '16px', textAlign: 'center', flexShrink: 0 },
  swatch: {
    display: 'inline-block',
    minWidth: '22px',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
});

const STATUS_TEXTS: Record<ShownStatus, 'legendCovered' | 'legendVulnerable' | 'legendGap' | 'legendNotScanned'> = {
  gedekt: 'legendCovered',
  kwetsbaar: 'legendVulnerable',
  gat: 'legendGap',
  notScanned: 'legendNotScanned',
};

export function Legend() {
  const panel = usePanelStyles();
  const styles = useStyles();
  const { lang, t } = useTexts();
  return (
    <section aria-labelledby="legend-title" className={panel.stack} data-testid="legend">
      <h2 id="legend-title" className={panel.sectionTitle}>
        {t('legend')}
      </h2>
      <ul className={styles.list}>
        {(Object.keys(STATUS_MARK) as ShownStatus[]).map((status) => (
          <li key={status} className={styles.item}>
            <span className={styles.mark} style={{ color: STATUS_MARK[status].colour }} aria-hidden="true">
              {STATUS_MARK[status].symbol}
            </span>
            {t(STATUS_TEXTS[status])}
          </li>
        ))}
        <li className={styles.item}>
          <span className={styles.mark} aria-hidden="true" />
          {t('legendWish')}
        </li>
      </ul>
      <h3 className={panel.sectionTitle}>{t('legendLevels')}</h3>
      <ul className={styles.list}>
        {LEVELS.map((level) => (
          <li key={level.value} className={styles.item}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: levelColours(level.value).fill, color: levelColours(level.value).text }}
            >
              {level.value}
            </span>
            {level.label[lang]}
          </li>
        ))}
        <li className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: tokens.colorNeutralBackground3 }}>
            &nbsp;
          </span>
          {t('legendEmpty')}
        </li>
      </ul>
    </section>
  );
}
