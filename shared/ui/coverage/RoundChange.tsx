// The change since a snapshot (docs/design.md#12-rounds-history-and-reports): coverage per area before → now, changed levels per person, who joined and left.

import { Badge } from '@fluentui/react-components';
import type { ComparedLevel, RoundComparison } from '../../analysis/compare';
import type { Profile } from '../../profiles/model';
import { type Translate, useTexts } from '../i18n';
import { usePanelStyles } from '../styles';
import { shownOf } from './status';

function levelText(level: ComparedLevel, t: Translate): string {
  if (level === null) return t('compareNoLevel');
  if (level === 'n.v.t.') return t('compareNotApplicable');
  return String(level);
}

function trend(
  before: number,
  now: number,
): { key: 'compareGrown' | 'compareSame' | 'compareFewer'; colour: 'success' | 'informative' } {
  if (now > before) return { key: 'compareGrown', colour: 'success' };
  return { key: now === before ? 'compareSame' : 'compareFewer', colour: 'informative' };
}

export function RoundChange({
  comparison,
  sheet,
  profile,
}: {
  readonly comparison: RoundComparison;
  readonly sheet: string;
  readonly profile: Profile;
}) {
  const panel = usePanelStyles();
  const { t } = useTexts();
  const role = (id: string) => profile.areas.find((area) => area.id === id)?.role ?? id;
  return (
    <div className={panel.stack} data-testid="round-change" aria-live="polite">
      <h3 className={panel.sectionTitle}>{t('compareSince', { sheet })}</h3>
      <p className={panel.muted}>{t('compareAreas')}</p>
      <ul className={panel.list}>
        {comparison.areas.map((area) => {
          const shown = trend(area.coveredBefore, area.coveredNow);
          return (
            <li key={area.id} data-testid={`round-area-${area.id}`}>
              {t('compareArea', {
                area: role(area.id),
                before: area.coveredBefore,
                now: area.coveredNow,
                statusBefore: t(`status_${shownOf(area.statusBefore)}`),
                statusNow: t(`status_${shownOf(area.statusNow)}`),
              })}{' '}
              <Badge size="small" appearance="tint" color={shown.colour}>
                {t(shown.key)}
              </Badge>
            </li>
          );
        })}
      </ul>
      <p className={panel.muted}>{t('comparePeople')}</p>
      {comparison.people.length === 0 ? (
        <p className={panel.intro}>{t('comparePeopleNone')}</p>
      ) : (
        <ul className={panel.list} data-testid="round-people">
          {comparison.people.map((person) => (
            <li key={person.name}>
              {person.name}:{' '}
              {person.changes
                .map((change) =>
                  t('compareChange', {
                    area: role(change.area),
                    before: levelText(change.before, t),
                    now: levelText(change.now, t),
                  }),
                )
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
      {comparison.joined.length > 0 ? (
        <p className={panel.intro} data-testid="round-joined">
          {t('compareJoined', { names: comparison.joined.join(', ') })}
        </p>
      ) : null}
      {comparison.left.length > 0 ? (
        <p className={panel.intro} data-testid="round-left">
          {t('compareLeft', { names: comparison.left.join(', ') })}
        </p>
      ) : null}
    </div>
  );
}
