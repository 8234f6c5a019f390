// Aandachtspunten: basis gaps, gap and vulnerable areas by risk with candidates and a next step, blind spots.

import { byRisk } from '../../analysis/insights';
import type { Analysis } from '../../analysis/types';
import type { Team } from '../../scan/team';
import { useTexts } from '../i18n';
import { usePanelStyles } from '../styles';
import { riskText } from './insight-texts';
import { nextStep, notScannedYet, wishingCandidates, withoutLevel } from './next-step';
import { shownStatus } from './status';

export function Findings({ analysis, team }: { analysis: Analysis; team: Team }) {
  const styles = usePanelStyles();
  const { t } = useTexts();
  const { reading } = team;
  const basis = analysis.areas.filter(
    (area) => area.scope === 'everyone' && (area.status === 'gat' || withoutLevel(reading, area.index).length > 0),
  );
  // Highest risk first (docs/design.md#4b-insights-beyond-coverage), as HIATEN lists them.
  // Areas nobody is scanned on are not gaps (docs/design.md#4-what-the-answers-mean): after them, with the step to scan them.
  const open = [
    ...byRisk(analysis.areas),
    ...analysis.areas.filter((area) => area.scope === 'network' && area.status === 'niet gescand'),
  ];
  const nothing = basis.length === 0 && open.length === 0 && analysis.blindSpots.length === 0;
  const status = (area: (typeof analysis.areas)[number]) => t(`status_${shownStatus(area)}`);
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
            {basis.map((area) => {
              const missing = withoutLevel(reading, area.index);
              return (
                <li key={area.id} data-testid={`basis-${area.id}`}>
                  {area.below.length > 0
                    ? t('basisBelow', { area: area.role, names: area.below.join(', ') })
                    : area.role}
                  {missing.length ? ` — ${t('basisMissing', { names: missing.join(', ') })}` : ''}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {open.length > 0 ? (
        <div>
          <h3 className={styles.sectionTitle}>{t('riskOrder')}</h3>
          <ul className={styles.list}>
            {open.map((area) => {
              const wishing = wishingCandidates(reading, area);
              const step = nextStep(analysis, reading, area);
              return (
                <li key={area.id} data-testid={`open-${area.id}`}>
                  {wishing.length > 0
                    ? t('candidatesFor', {
                        area: area.role,
                        status: status(area),
                        names: wishing.map((name) => `${name} (${t('wishMark')})`).join(', '),
                      })
                    : t('candidatesNoWish', { area: area.role, status: status(area) })}
                  <br />
                  <span className={styles.muted}>{t(step.key, step.params)}</span>
                  {/* Nobody scanned: who covers or could teach the area is not known yet, so no risk is given. */}
                  {notScannedYet(area) ? null : (
                    <>
                      <br />
                      <span className={styles.muted} data-testid={`risk-${area.id}`}>
                        {riskText(area, t)}
                      </span>
                    </>
                  )}
                </li>
              );
            })}
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
                {spot.text} <small className={styles.muted}>{spot.id}</small>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
