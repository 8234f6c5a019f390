// The plan's cell styles in Excel formats; also colours of the status highlights and the colour scale.

import { type CellStyle, LEVEL_SCALE_COLOURS } from '../../shared/workbook/plan';

export const COLOURS = {
  header: '#DCEFEA',
  input: '#FFF2CC',
  note: '#595959',
  good: '#C6EFCE',
  goodText: '#006100',
  warning: '#FFEB9C',
  warningText: '#9C5700',
  bad: '#FFC7CE',
  badText: '#9C0006',
  scaleMin: LEVEL_SCALE_COLOURS.min,
  scaleMid: LEVEL_SCALE_COLOURS.mid,
  scaleMax: LEVEL_SCALE_COLOURS.max,
} as const;

export const DATE_FORMAT = 'dd-mm-yyyy hh:mm';

/** Fills a rows × columns array with one value (Office.js wants a full 2-D array for a range). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  const format = range.format;
  switch (style) {
    case 'title':
      format.font.bold = true;
      format.font.size = 14;
      return;
    case 'subtitle':
      format.font.bold = true;
      return;
    case 'header':
      format.font.bold = true;
      format.fill.color = COLOURS.header;
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      return;
    case 'note':
      format.font.italic = true;
      format.font.color = COLOURS.note;
      return;
    case 'wrap':
      format.wrapText = true;
      format.verticalAlignment = 'Top';
      return;
    case 'level':
      format.horizontalAlignment = 'Center';
      return;
    case 'date':
      range.numberFormat = filled(rows, columns, DATE_FORMAT);
      return;
    case 'input':
      format.font.bold = true;
      format.fill.color = COLOURS.input;
      return;
  }
}

/** Plan widths are in characters; Excel's columnWidth is in points (about 6 per character of Calibri 11). */
export function columnPoints(characters: number): number {
  return Math.round(characters * 6 + 5);
}
