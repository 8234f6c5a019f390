// Sleutelpersonen and leerkoppels (docs/design.md#4b-insights-beyond-coverage): who the team cannot miss, and who can learn from whom.

import type { Analysis } from '../../analysis/types';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';
import { areaNames, keyPersonText, pairText } from './insight-texts';

export function KeyPeople({ analysis }: { analysis: Analysis }) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const areaName = areaNames(analysis.areas);
  return (
    <section aria-labelledby="key-people-title" className={styles.stack} data-testid="key-people">
      <h2 id="key-people-title" className={styles.sectionTitle}>
        {t('keyPeople')}
      </h2>
      <p className={styles.muted}>{t('keyPeopleHint')}</p>
      {analysis.keyPeople.length === 0 ? (
        <p className={styles.intro}>{t('keyPeopleNone')}</p>
      ) : (
        <ul className={styles.list}>
          {/* A repeated name is left out of the reading, so names are unique here. */}
          {analysis.keyPeople.map((person) => (
            <li key={person.name}>{keyPersonText(person, areaName, t)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LearningPairs({ analysis }: { analysis: Analysis }) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const areaName = areaNames(analysis.areas);
  const threshold = (id: string) => analysis.areas.find((area) => area.id === id)?.threshold ?? analysis.threshold;
  return (
    <section aria-labelledby="pairs-title" className={styles.stack} data-testid="learning-pairs">
      <h2 id="pairs-title" className={styles.sectionTitle}>
        {t('pairs')}
      </h2>
      <p className={styles.muted}>{t('pairsHint', { limit: analysis.mentorLimit })}</p>
      {analysis.pairs.length === 0 ? (
        <p className={styles.intro}>{t('pairsNone')}</p>
      ) : (
        <ul className={styles.list}>
          {analysis.pairs.map((pair) => (
            <li key={`${pair.area}-${pair.learner}`}>{pairText(pair, areaName, t, threshold)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
