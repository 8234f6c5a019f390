// The one level scale every surface draws (panel, reports, Excel, Sheets, the .xlsx, the preview): fills by band, each with a readable text colour.

/** Dark text on the light fills: the reports' body text colour. */
export const DARK_TEXT = '#1b1b1b';
/** Light text on the deepest fill. */
export const LIGHT_TEXT = '#ffffff';

/** One band of the scale: its fill and the text colour written on it (contrast at least 4.5:1, tests/theme). */
export interface LevelBand {
  readonly fill: string;
  readonly text: string;
}

/**
 * Bands 0–4, light to deep blue: the lowest level is a pale tint, never red (a development instrument, not an
 * appraisal). A level's band is its whole part (docs/design.md#4-what-the-answers-mean): 1.6 is band 1.
 */
export const LEVEL_BANDS: readonly LevelBand[] = [
  { fill: '#eef3fb', text: DARK_TEXT },
  { fill: '#d2e1f5', text: DARK_TEXT },
  { fill: '#9fc0ea', text: DARK_TEXT },
  { fill: '#5b93d6', text: DARK_TEXT },
  { fill: '#1f5fae', text: LIGHT_TEXT },
];

/** The band a level (or a mean of levels) falls in: below 1 is 0, 1 up to below 2 is 1, …, 4 is 4. */
export function levelBand(level: number): number {
  if (!Number.isFinite(level)) return 0;
  return Math.max(0, Math.min(LEVEL_BANDS.length - 1, Math.floor(level)));
}

/** The fill and text colour of a level's band. */
export function levelBandColours(level: number): LevelBand {
  return LEVEL_BANDS[levelBand(level)]!;
}

/**
 * The spreadsheets' 3-colour scale over a level column (0, 2, 4). Its cells keep the sheet's default black text, which
 * a colour scale cannot change, so it runs from band 0's fill over band 2's to band 3's, the deepest fill black text
 * stays readable on (written out, so the Apps Script server bundle does not carry the bands; tests/theme holds them equal).
 */
export const LEVEL_SCALE_COLOURS = { min: '#EEF3FB', mid: '#9FC0EA', max: '#5B93D6' } as const;

/** The sheets' default text colour on the colour scale. */
export const SHEET_TEXT = '#000000';

/** Relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const channel = (at: number) => {
    const value = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
