// Parses the native formulas Teamscan writes (A1 syntax, English names) into a tree the evaluator walks.
//
// A workbook holds tens of thousands of formulas that differ only in their row numbers, so a formula is split
// into a shape (every number outside quotes replaced by "#") and its numbers; a shape is parsed once.

/** The digit runs of a formula, in order; the nodes of its shape refer to them by index. */
export type Digits = readonly string[];

/**
 * A reference to one cell or a rectangle: columns 0-based, rows as indexes into the digits (1-based row numbers);
 * `sheet` undefined means the formula's own sheet.
 */
export interface RefNode {
  readonly type: 'ref';
  readonly sheet?: string;
  readonly column: number;
  readonly columns: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

export type FormulaNode =
  | { readonly type: 'number'; readonly whole: number; readonly fraction?: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | RefNode
  | { readonly type: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly type: 'unary'; readonly operator: '-' | '+'; readonly operand: FormulaNode }
  | { readonly type: 'binary'; readonly operator: string; readonly left: FormulaNode; readonly right: FormulaNode };

type Token =
  | { readonly kind: 'number'; readonly node: FormulaNode }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'ref'; readonly node: RefNode }
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'operator'; readonly value: string };

const QUOTE = 34;
const APOSTROPHE = 39;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Splits a formula (with or without "=") into its shape and its digit runs; quoted text and quoted sheet
 * names are kept as they are. A plain loop: this runs once for each of tens of thousands of formulas.
 */
export function formulaShape(text: string): { readonly shape: string; readonly digits: Digits } {
  const digits: string[] = [];
  let shape = '';
  const first = text.startsWith('=') ? 1 : 0;
  let copied = first;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE || code === APOSTROPHE) {
      // To the closing quote; a doubled quote is one quote inside.
      for (i++; i < text.length; i++) {
        if (text.charCodeAt(i) !== code) continue;
        if (text.charCodeAt(i + 1) === code) i++;
        else break;
      }
      continue;
    }
    if (!isDigit(code)) continue;
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    shape += `${text.slice(copied, i)}#`;
    digits.push(text.slice(i, end));
    copied = end;
    i = end - 1;
  }
  return { shape: shape + text.slice(copied), digits };
}

const SHEET = `(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z_.]*))!`;
const CELL = '\\$?([A-Za-z]{1,3})\\$?#';
/** One token at a time (sticky): space, "text", reference, number, name, operator; the groups tell which. */
const TOKEN = new RegExp(
  [
    '(\\s+)',
    '"((?:[^"]|"")*)"',
    `((?:${SHEET})?${CELL}(?::${CELL})?)(?![A-Za-z_(#])`,
    '(#(?:\\.#)?)',
    '([A-Za-z_][A-Za-z_.]*)',
    '(<>|>=|<=|[-+*/^&=<>(),])',
  ].join('|'),
  'y',
);

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & ~32) - 64;
  return n - 1;
}

/** The reference of a match of TOKEN (groups 4–7: sheet quoted or plain, first and last column). */
function refToken(match: RegExpExecArray, slot: number): RefNode {
  const sheet = match[4] !== undefined ? match[4].replace(/''/g, "'") : match[5];
  const first = columnIndex(match[6]!);
  const last = match[7] ? columnIndex(match[7]) : first;
  return {
    type: 'ref',
    ...(sheet === undefined ? {} : { sheet }),
    column: Math.min(first, last),
    columns: Math.abs(last - first) + 1,
    firstRow: slot,
    lastRow: match[7] ? slot + 1 : slot,
  };
}

function tokenize(shape: string): Token[] {
  const tokens: Token[] = [];
  let slot = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < shape.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(shape);
    if (!match) throw new SyntaxError(`Cannot read the formula at: ${shape.slice(at, at + 20)}`);
    if (match[1] !== undefined) continue;
    if (match[2] !== undefined) tokens.push({ kind: 'string', value: match[2].replace(/""/g, '"') });
    else if (match[3] !== undefined) {
      const node = refToken(match, slot);
      slot = node.lastRow + 1;
      tokens.push({ kind: 'ref', node });
    } else if (match[8] !== undefined) {
      const fraction = match[8].length > 1;
      tokens.push({
        kind: 'number',
        node: { type: 'number', whole: slot, ...(fraction ? { fraction: slot + 1 } : {}) },
      });
      slot += fraction ? 2 : 1;
    } else if (match[9] !== undefined) tokens.push({ kind: 'name', value: match[9] });
    else tokens.push({ kind: 'operator', value: match[10]! });
  }
  return tokens;
}

/** Binary operators by precedence, lowest first, as in Excel: comparison, &, + -, * /, ^. */
const LEVELS: readonly (readonly string[])[] = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
  ['^'],
];

/** Parses a formula shape (see formulaShape). */
export function parseShape(text: string): FormulaNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const isOperator = (value: string) => {
    const token = peek();
    return token?.kind === 'operator' && token.value === value;
  };
  const expect = (value: string) => {
    if (!isOperator(value)) throw new SyntaxError(`Expected "${value}" in ${text}`);
    position++;
  };

  function binary(level: number): FormulaNode {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      if (token?.kind !== 'operator' || !LEVELS[level]!.includes(token.value)) return left;
      position++;
      left = { type: 'binary', operator: token.value, left, right: binary(level + 1) };
    }
  }

  function unary(): FormulaNode {
    if (isOperator('-') || isOperator('+')) {
      const operator = (peek() as { value: '-' | '+' }).value;
      position++;
      return { type: 'unary', operator, operand: unary() };
    }
    return primary();
  }

  function primary(): FormulaNode {
    const token = tokens[position++];
    if (!token) throw new SyntaxError(`Unexpected end of ${text}`);
    if (token.kind === 'number') return token.node;
    if (token.kind === 'string') return { type: 'string', value: token.value };
    if (token.kind === 'ref') return token.node;
    if (token.kind === 'operator' && token.value === '(') {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (token.kind === 'name') {
      const name = token.value.toUpperCase();
      if (!isOperator('(')) {
        if (name === 'TRUE' || name === 'FALSE') return { type: 'boolean', value: name === 'TRUE' };
        throw new SyntaxError(`Unknown name ${token.value} in ${text}`);
      }
      position++;
      const args: FormulaNode[] = [];
      if (!isOperator(')')) {
        args.push(binary(0));
        while (isOperator(',')) {
          position++;
          args.push(binary(0));
        }
      }
      expect(')');
      return { type: 'call', name, args };
    }
    throw new SyntaxError(`Unexpected "${token.value}" in ${text}`);
  }

  const tree = binary(0);
  if (position !== tokens.length) throw new SyntaxError(`Unexpected text after the formula in ${text}`);
  return tree;
}
