// How each plan cell style, colour scale and status highlight looks in an .xlsx written with exceljs.

import type { Fill, Font, Style } from 'exceljs';
import { type CellStyle, type ColourScale, LEVEL_SCALE_COLOURS, type TextHighlight } from '../../shared/workbook/plan';

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });
const thinBottom = { bottom: { style: 'thin' as const, color: { argb: 'FF8C8C8C' } } };

export const CELL_STYLES: Record<CellStyle, Partial<Style>> = {
  title: { font: { bold: true, size: 14, color: { argb: 'FF1F3864' } } as Partial<Font> },
  subtitle: { font: { bold: true, size: 11 } as Partial<Font> },
  header: {
    font: { bold: true, color: { argb: 'FFFFFFFF' } } as Partial<Font>,
    fill: solid('FF2F5597'),
    alignment: { vertical: 'middle', wrapText: true },
    border: thinBottom,
  },
  note: { font: { italic: true, color: { argb: 'FF595959' } } as Partial<Font> },
  wrap: { alignment: { wrapText: true, vertical: 'top' } },
  level: { alignment: { horizontal: 'center' } },
  date: { numFmt: 'yyyy-mm-dd', alignment: { horizontal: 'left' } },
  // Input cells stay editable when their sheet is protected.
  input: { font: { bold: true } as Partial<Font>, fill: solid('FFFFF2CC'), protection: { locked: false } },
};

/** The 0–4 scale as the add-ins draw it (ARGB). */
export const SCALE_COLOURS = {
  min: argb(LEVEL_SCALE_COLOURS.min),
  mid: argb(LEVEL_SCALE_COLOURS.mid),
  max: argb(LEVEL_SCALE_COLOURS.max),
} as const;

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

const HIGHLIGHT_COLOURS: Record<TextHighlight['rules'][number]['colour'], string> = {
  good: 'FFC6EFCE',
  warning: 'FFFFEB9C',
  bad: 'FFFFC7CE',
};

export function colourScaleRule(scale: ColourScale) {
  return {
    type: 'colorScale' as const,
    priority: 1,
    cfvo: [
      { type: 'num' as const, value: scale.min },
      { type: 'num' as const, value: scale.mid },
      { type: 'num' as const, value: scale.max },
    ],
    color: [{ argb: SCALE_COLOURS.min }, { argb: SCALE_COLOURS.mid }, { argb: SCALE_COLOURS.max }],
  };
}

export function highlightRules(highlight: TextHighlight) {
  return highlight.rules.map((rule, index) => ({
    type: 'cellIs' as const,
    operator: 'equal' as const,
    priority: index + 1,
    formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
    style: { fill: solid(HIGHLIGHT_COLOURS[rule.colour]) },
  }));
}
