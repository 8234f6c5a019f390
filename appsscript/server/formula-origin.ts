// Finds where a custom function's range arguments sit, from the calling cell's formula, for precise messages.

import type { ArgumentInfo } from '../../shared/formulas/types';
import type { GridOrigin } from '../../shared/matrix/address';

const CALL = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d*)?$/;

/** Splits an argument list at top-level separators (not inside quotes, parentheses or array literals). */
export function splitArguments(list: string): string[] {
  const separator = topLevel(list).includes(';') ? ';' : ',';
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of list) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '(' || char === '{')) depth++;
    else if (!quoted && (char === ')' || char === '}')) depth--;
    if (!quoted && depth === 0 && char === separator) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** The characters outside quotes, parentheses and braces. */
function topLevel(list: string): string {
  let depth = 0;
  let quoted = false;
  let out = '';
  for (const char of list) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '(' || char === '{')) depth++;
    else if (!quoted && (char === ')' || char === '}')) depth--;
    else if (!quoted && depth === 0) out += char;
  }
  return out;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, char) => n * 26 + char.charCodeAt(0) - 64, 0);
}

/** The top-left cell of an A1 reference ("Teammatrix!A1:Z", "$B$2", "'Mijn blad'!C3:D9"), if it is one. */
export function referenceOrigin(argument: string, defaultSheet: string): GridOrigin | undefined {
  const match = REFERENCE.exec(argument.trim());
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? defaultSheet);
  return { sheet, row: Number(match[4]), column: columnNumber(match[3]!) };
}

/**
 * Per parameter, where its range sits — only when the cell holds exactly one call of this function
 * (`names`); anything more involved gives no information rather than a wrong address.
 */
export function argumentInfoFromFormula(
  formula: string,
  names: readonly string[],
  sheet: string,
): (ArgumentInfo | undefined)[] | undefined {
  const call = CALL.exec(formula.trim());
  if (!call || !names.includes(call[1]!.toUpperCase())) return undefined;
  return splitArguments(call[2]!).map((argument) => {
    const origin = referenceOrigin(argument, sheet);
    return origin ? { origin } : undefined;
  });
}
