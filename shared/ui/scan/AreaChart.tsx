// The person's level per area against the team average: plain SVG bars with a marker for the team.

import { tokens } from '@fluentui/react-components';
import type { Language } from '../../i18n/language';
import { formatLevel } from '../format-level';
import { useTexts } from '../i18n';

export interface AreaChartProps {
  readonly name: string;
  readonly areas: readonly { readonly role: string; readonly level: number | null; readonly team: number | null }[];
}

const ROW = 22;
const LABEL = 96;
const WIDTH = 300;
const BAR = WIDTH - LABEL - 28;

const format = (value: number | null, none: string, lang: Language) =>
  value === null ? none : formatLevel(value, lang);

export function AreaChart({ name, areas }: AreaChartProps) {
  const { lang, t } = useTexts();
  const height = areas.length * ROW + 50;
  const x = (level: number) => LABEL + (level / 4) * BAR;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold }}>
        {t('chartTitle')}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={areas
          .map((area) =>
            t('chartBar', {
              area: area.role,
              name,
              level: format(area.level, t('chartNone'), lang),
              team: format(area.team, t('chartNone'), lang),
            }),
          )
          .join('; ')}
        style={{ fontFamily: 'inherit', fontSize: 11 }}
      >
        {[0, 1, 2, 3, 4].map((level) => (
          <g key={level}>
            <line x1={x(level)} x2={x(level)} y1={0} y2={areas.length * ROW} stroke="#e1e1e1" />
            <text x={x(level)} y={areas.length * ROW + 12} textAnchor="middle" fill="#616161">
              {level}
            </text>
          </g>
        ))}
        {areas.map((area, index) => {
          const y = index * ROW;
          return (
            <g key={area.role}>
              <text x={LABEL - 6} y={y + 15} textAnchor="end" fill="#242424">
                {area.role.length > 15 ? `${area.role.slice(0, 14)}…` : area.role}
              </text>
              {area.level !== null ? (
                <rect
                  x={LABEL}
                  y={y + 5}
                  width={Math.max(2, x(area.level) - LABEL)}
                  height={12}
                  rx={2}
                  fill="#0f6cbd"
                />
              ) : null}
              {area.team !== null ? (
                <rect x={x(area.team) - 1.5} y={y + 2} width={3} height={18} fill="#bc4b09" />
              ) : null}
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${areas.length * ROW + 16})`}>
          <rect width={10} height={8} y={1} fill="#0f6cbd" />
          <text x={14} y={9} fill="#242424">
            {name.length > 28 ? `${name.slice(0, 27)}…` : name}
          </text>
          <rect x={3} y={13} width={3} height={10} fill="#bc4b09" />
          <text x={14} y={22} fill="#242424">
            {t('chartTeam')}
          </text>
        </g>
      </svg>
    </figure>
  );
}
