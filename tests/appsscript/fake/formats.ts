// Cell formatting per cell, as RangeList setters apply it and Range's plural getters and setters read and write it.

/** A format attribute by the RangeList setter that sets it and the Range methods that read and write a grid. */
export const FORMAT_ATTRIBUTES = {
  fontWeight: { list: 'setFontWeight', get: 'getFontWeights', set: 'setFontWeights', initial: 'normal' },
  fontSize: { list: 'setFontSize', get: 'getFontSizes', set: 'setFontSizes', initial: 10 },
  fontStyle: { list: 'setFontStyle', get: 'getFontStyles', set: 'setFontStyles', initial: 'normal' },
  fontColor: { list: 'setFontColor', get: 'getFontColors', set: 'setFontColors', initial: '#000000' },
  background: { list: 'setBackground', get: 'getBackgrounds', set: 'setBackgrounds', initial: '#ffffff' },
  wrap: { list: 'setWrap', get: 'getWraps', set: 'setWraps', initial: false },
  numberFormat: {
    list: 'setNumberFormat',
    get: 'getNumberFormats',
    set: 'setNumberFormats',
    initial: '0.###############',
  },
  horizontalAlignment: {
    list: 'setHorizontalAlignment',
    get: 'getHorizontalAlignments',
    set: 'setHorizontalAlignments',
    initial: 'general',
  },
} as const;

export type FormatAttribute = keyof typeof FORMAT_ATTRIBUTES;

/** A cell's formats: only what differs from a new cell's, so a format set back to the default is gone again. */
export class CellFormats {
  readonly byAttribute = new Map<FormatAttribute, Map<string, unknown>>();

  get(attribute: FormatAttribute, row: number, column: number): unknown {
    return this.byAttribute.get(attribute)?.get(`${row},${column}`) ?? FORMAT_ATTRIBUTES[attribute].initial;
  }

  set(attribute: FormatAttribute, row: number, column: number, value: unknown): void {
    const initial = FORMAT_ATTRIBUTES[attribute].initial;
    const map = this.byAttribute.get(attribute) ?? new Map<string, unknown>();
    this.byAttribute.set(attribute, map);
    // A null resets to the default, as the setters document ("null resets").
    if (value === null || value === undefined || value === initial) map.delete(`${row},${column}`);
    else map.set(`${row},${column}`, value);
  }

  clear(): void {
    this.byAttribute.clear();
  }
}

/** The cells of "B2:D9" or "B2", 1-based. */
export function cellsOfA1(a1: string): [number, number][] {
  const [first, last = first] = a1.split(':') as [string, string?];
  const parse = (ref: string): [number, number] => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
    return [Number(match[2]), column];
  };
  const [r1, c1] = parse(first);
  const [r2, c2] = parse(last!);
  const cells: [number, number][] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push([r, c]);
  return cells;
}
