// The heat map: people × areas, each cell the person's level on the area, from light (0) to deep blue (4).

import { makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../analysis/types';
import { MIN_LEVEL, NOT_APPLICABLE } from '../../levels/levels';
import type { Team } from '../../scan/team';
import { formatLevel } from '../format-level';
import { useTexts } from '../i18n';
import { normText } from './insight-texts';
import { levelColours, STATUS_MARK, shownStatus } from './status';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  // Cells apart by spacing, not by collapsed borders: WebKit draws half a collapsed outer border outside a 100 %
  // table, 1 px the scroller then scrolled sideways (docs/design.md#8-architecture).
  table: { borderCollapse: 'separate', borderSpacing: '1px', fontSize: tokens.fontSizeBase200, width: '100%' },
  name: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    padding: '3px 6px 3px 0',
    fontWeight: tokens.fontWeightRegular,
    maxWidth: '110px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  head: { padding: '2px', fontWeight: tokens.fontWeightSemibold, textAlign: 'center', minWidth: '34px' },
  cell: {
    textAlign: 'center',
    padding: '4px 2px',
    minWidth: '34px',
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: '4px' },
});

export function HeatMap({ team, analysis }: { team: Team; analysis: Analysis }) {
  const styles = useStyles();
  const { lang, t } = useTexts();
  const areas = team.reading.profile.areas;
  const show = (level: number) =>
    level === NOT_APPLICABLE ? t('notApplicableShort') : level >= MIN_LEVEL ? formatLevel(level, lang) : '';
  return (
    // A scrollable region must be focusable, so keyboard users can scroll the table at 320 px.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above.
    <section className={styles.wrap} tabIndex={0} aria-label={t('heatMap')}>
      <table className={styles.table} data-testid="heat-map">
        <caption className={styles.caption}>{t('heatMap')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              {t('heatPerson')}
            </th>
            {areas.map((area, index) => {
              const status = shownStatus(analysis.areas[index]!);
              const norm = normText(analysis.areas[index]!, analysis, t, lang);
              const normWords = norm.own ? `${norm.text} (${t('areaNormOwn')})` : norm.text;
              return (
                <th
                  key={area.id}
                  scope="col"
                  className={styles.head}
                  title={t('heatNorm', { area: area.role, status: t(`status_${status}`), norm: normWords })}
                  data-testid={`heat-norm-${area.id}`}
                >
                  <abbr title={area.role} style={{ textDecoration: 'none' }}>
                    {area.code}
                  </abbr>
                  <span
                    role="img"
                    aria-label={t(`status_${status}`)}
                    style={{ display: 'block', color: STATUS_MARK[status].colour }}
                  >
                    {STATUS_MARK[status].symbol}
                  </span>
                  {/* The area's own threshold: ≥4, bold when it is an own norm. */}
                  <span
                    role="img"
                    aria-label={normWords}
                    style={{ display: 'block', fontSize: tokens.fontSizeBase100, fontWeight: norm.own ? 700 : 400 }}
                  >
                    {`≥${formatLevel(analysis.areas[index]!.threshold, lang)}${norm.own ? '*' : ''}`}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {team.reading.people.map((person) => (
            <tr key={person.gridRow}>
              <th scope="row" className={styles.name} title={person.name}>
                {person.name}
              </th>
              {areas.map((area, index) => {
                const level = person.areaLevels[index]!;
                return (
                  <td
                    key={area.id}
                    className={styles.cell}
                    style={
                      level >= MIN_LEVEL
                        ? { backgroundColor: levelColours(level).fill, color: levelColours(level).text }
                        : { backgroundColor: tokens.colorNeutralBackground3 }
                    }
                    aria-label={t('heatCell', {
                      name: person.name,
                      area: area.role,
                      level: show(level) || t('notScanned'),
                    })}
                  >
                    {show(level)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
