// Inline SVG charts for the reports: no script, no external resource, readable when printed in grey.

import { DARK_TEXT, LEVEL_BANDS } from '../theme/levels';
import { escapeHtml } from './html';

const fill = (band: number) => LEVEL_BANDS[band]!.fill;

const WIDTH = 640;
const LABEL = 150;
const ROW = 22;
const BAR = 14;

function svg(height: number, label: string, content: string): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${content}</svg>`;
}

function text(
  x: number,
  y: number,
  value: string,
  anchor: 'start' | 'end' | 'middle' = 'start',
  size = 11,
  colour = DARK_TEXT,
): string {
  return `<text x="${x}" y="${y}" font-size="${size}" text-anchor="${anchor}" fill="${colour}">${escapeHtml(value)}</text>`;
}

export interface CoverageBar {
  readonly label: string;
  readonly covered: number;
  readonly target: number;
  /** Said instead of the bar when the area's figures are left out (docs/design.md#9-reliability-and-privacy). */
  readonly note?: string;
}

/** Bars of how many cover each area, with the area's target as a line. */
export function coverageChart(bars: readonly CoverageBar[], label: string): string {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.covered, bar.target)));
  const scale = (WIDTH - LABEL - 40) / max;
  const rows = bars.map((bar, index) => {
    const y = 6 + index * ROW;
    if (bar.note !== undefined) return text(LABEL - 6, y + 11, bar.label, 'end') + text(LABEL, y + 11, bar.note);
    const width = bar.covered * scale;
    const targetX = LABEL + bar.target * scale;
    return [
      text(LABEL - 6, y + 11, bar.label, 'end'),
      `<rect x="${LABEL}" y="${y}" width="${width}" height="${BAR}" fill="${fill(3)}"/>`,
      `<line x1="${targetX}" x2="${targetX}" y1="${y - 2}" y2="${y + BAR + 2}" stroke="#1b1b1b" stroke-width="2"/>`,
      text(LABEL + Math.max(width, bar.target * scale) + 6, y + 11, `${bar.covered}/${bar.target}`),
    ].join('');
  });
  return svg(12 + bars.length * ROW, label, rows.join(''));
}

export interface LevelBar {
  readonly label: string;
  readonly mine: number | null;
  readonly team: number | null;
  /** Said instead of the team's figure when it is left out (docs/design.md#9-reliability-and-privacy). */
  readonly teamNote?: string;
}

/** A person's level per area (0–4) beside the team average; `format` writes a level as the reader does ("2,5"). */
export function levelChart(
  bars: readonly LevelBar[],
  label: string,
  legend: [string, string],
  format: (level: number) => string = (level) => level.toFixed(1),
): string {
  const scale = (WIDTH - LABEL - 60) / 4;
  // A row whose team figure is a reason writes its figures under the bars, where the sentence has the full width.
  const rowHeight = bars.some((bar) => bar.teamNote !== undefined) ? 40 : 28;
  const rows = bars.map((bar, index) => {
    const y = 24 + index * rowHeight;
    const mine = bar.mine ?? 0;
    const team = bar.team ?? 0;
    const figures = `${bar.mine === null ? '–' : format(mine)} / ${bar.teamNote ?? (bar.team === null ? '–' : format(team))}`;
    return [
      text(LABEL - 6, y + 13, bar.label, 'end'),
      `<rect x="${LABEL}" y="${y}" width="${mine * scale}" height="10" fill="${fill(4)}"/>`,
      `<rect x="${LABEL}" y="${y + 11}" width="${team * scale}" height="8" fill="${fill(2)}"/>`,
      bar.teamNote === undefined
        ? text(LABEL + Math.max(mine, team) * scale + 6, y + 14, figures)
        : text(LABEL, y + 31, figures, 'start', 10),
    ].join('');
  });
  const key = [
    `<rect x="${LABEL}" y="4" width="12" height="10" fill="${fill(4)}"/>`,
    text(LABEL + 16, 13, legend[0]),
    `<rect x="${LABEL + 140}" y="4" width="12" height="10" fill="${fill(2)}"/>`,
    text(LABEL + 156, 13, legend[1]),
  ].join('');
  return svg(30 + bars.length * rowHeight, label, key + rows.join(''));
}

export interface Distribution {
  readonly label: string;
  /** People per level 0..4. */
  readonly counts: readonly number[];
  /** Said instead of the bars when the area's figures are left out (docs/design.md#9-reliability-and-privacy). */
  readonly note?: string;
}

/** Stacked bars: how many people are at each level per area (the anonymous report: numbers, no names). */
export function distributionChart(rows: readonly Distribution[], label: string): string {
  const max = Math.max(1, ...rows.map((row) => row.counts.reduce((sum, count) => sum + count, 0)));
  const scale = (WIDTH - LABEL - 20) / max;
  const body = rows.map((row, index) => {
    const y = 6 + index * ROW;
    if (row.note !== undefined) return text(LABEL - 6, y + 11, row.label, 'end') + text(LABEL, y + 11, row.note);
    let x = LABEL;
    const parts = row.counts.map((count, level) => {
      const width = count * scale;
      const part = count
        ? `<rect x="${x}" y="${y}" width="${width}" height="${BAR}" fill="${fill(level)}" stroke="#fff"/>` +
          (width > 14 ? text(x + width / 2, y + 11, String(count), 'middle', 10, LEVEL_BANDS[level]!.text) : '')
        : '';
      x += width;
      return part;
    });
    return text(LABEL - 6, y + 11, row.label, 'end') + parts.join('');
  });
  return svg(12 + rows.length * ROW, label, body.join(''));
}
