// Sleutelpersonen and leerkoppels (docs/design.md#4b-insights-beyond-coverage): who the team cannot miss, and who can learn from whom.

import type { Analysis, KeyPerson } from '../../analysis/types';
import { profileIndex } from '../../matrix/columns';
import type { Profile } from '../../profiles/model';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';
import { areaNames, keyPersonText, pairText } from './insight-texts';

/** How many items a key person's line names by text before "and N more" (those by code). */
const ITEMS_SHOWN = 5;

/** The items only this person masters: each by its text with its code in small print (docs/design.md#12-rounds-history-and-reports). */
function SoleItems({ person, profile }: { person: KeyPerson; profile?: Profile }) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const texts = new Map(profile ? profileIndex(profile).items.map(({ item }) => [item.id, item.text]) : []);
  const rest = person.items.slice(ITEMS_SHOWN);
  return (
    <>
      {person.items.slice(0, ITEMS_SHOWN).map((id, index) => (
        <span key={id}>
          {index > 0 ? '; ' : ' '}
          {texts.has(id) ? `${texts.get(id)} ` : null}
          <small className={styles.muted}>{id}</small>
        </span>
      ))}
      {rest.length > 0 ? (
        <span>
          {`; ${t('keyPersonMore', { count: rest.length })} `}
          <small className={styles.muted}>{rest.join(', ')}</small>
        </span>
      ) : null}
    </>
  );
}

export function KeyPeople({ analysis, profile }: { analysis: Analysis; profile?: Profile }) {
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
            <li key={person.name}>
              {keyPersonText(person, areaName, t)}
              <SoleItems person={person} profile={profile} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LearningPairs({ analysis }: { analysis: Analysis }) {
  const styles = usePanelStyles();
  const { t, lang } = useTexts();
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
            <li key={`${pair.area}-${pair.learner}`}>{pairText(pair, analysis, t, lang)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
