// Aandachtspunten: basis gaps, candidates for gap and vulnerable areas, and blind spots, from the analysis.

import type { Analysis } from '../../analysis/types';
import type { Team } from '../../scan/team';
import { personKey } from '../../text/normalize';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';

export function Findings({ analysis, team }: { analysis: Analysis; team: Team }) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const basis = analysis.areas.filter((area) => area.scope === 'everyone' && area.status === 'gat');
  const open = analysis.areas.filter((area) => area.scope === 'network' && area.status !== 'gedekt');
  const wishes = new Map(team.reading.people.map((person) => [personKey(person.name), person.wishes]));
  const nameWithWish = (name: string, area: number) =>
    wishes.get(personKey(name))?.[area] ? `${name} (${t('wishMark')})` : name;
  const nothing = basis.length === 0 && open.length === 0 && analysis.blindSpots.length === 0;
  return (
    <section aria-labelledby="findings-title" className={styles.stack} data-testid="findings">
      <h2 id="findings-title" className={styles.sectionTitle}>
        {t('findings')}
      </h2>
      {nothing ? <p className={styles.intro}>{t('noFindings')}</p> : null}
      {basis.length > 0 ? (
        <div>
          <h3 className={styles.sectionTitle}>{t('basisGaps')}</h3>
          <ul className={styles.list}>
            {basis.map((area) => (
              <li key={area.id}>
                {t('basisBelow', { area: area.role, names: area.below.join(', ') || t('nobody') })}
                {area.missing.length ? ` — ${t('basisMissing', { names: area.missing.join(', ') })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {open.length > 0 ? (
        <div>
          <h3 className={styles.sectionTitle}>{t('candidates')}</h3>
          <ul className={styles.list}>
            {open.map((area) => (
              <li key={area.id}>
                {t('candidatesFor', {
                  area: area.role,
                  status: t(`status_${area.status}`),
                  names: area.candidates.map((name) => nameWithWish(name, area.index)).join(', ') || t('nobody'),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {analysis.blindSpots.length > 0 ? (
        <div>
          <h3 className={styles.sectionTitle}>{t('blindSpots')}</h3>
          <p className={styles.muted}>{t('blindSpotsHint')}</p>
          <ul className={styles.list}>
            {analysis.blindSpots.map((spot) => (
              <li key={spot.id}>
                <strong>{spot.id}</strong> {spot.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
