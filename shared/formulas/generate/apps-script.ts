// Generates the Apps Script custom functions: plain top-level functions with @customfunction JSDoc.

import type { Language } from '../../i18n/language';
import { FORMULA_DECLARATIONS } from '../declarations';
import { formulaDescription, paramHelp } from '../help';
import type { FormulaDeclaration, FormulaParam } from '../types';

/**
 * The global the Apps Script bundle defines; the wrappers and main.js call into it. Short, as every wrapper and entry
 * point names it and they count toward the server code's bytes (docs/design.md#10-performance-targets).
 */
export const APPS_SCRIPT_GLOBAL = 'TS';

// A value or a range (a 2-D array), written as Apps Script's JSDoc guide writes a union: `{number|number[][]}`
// (developers.google.com/apps-script/concepts/jsdoc, "Union types").
function jsdocType(param: FormulaParam): string {
  if (param.kind === 'matrix') return 'A1:H20';
  if (param.kind === 'plan') return 'A1:I20';
  if (param.kind === 'profile') return 'string|*[][]';
  // A threshold or target may be a norms table (docs/design.md#4a-norms-per-area).
  if (param.kind === 'level' || param.kind === 'target') return 'number|*[][]';
  if (param.kind === 'count') return 'number';
  if (param.kind === 'value') return '*';
  return 'string';
}

function comment(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function identifier(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * The language a wrapper passes: its own, or `auto` where both languages share the name (SCORE): Sheets
 * functions have no namespace, so one wrapper serves both and the runtime picks the spreadsheet's language.
 */
export const SHARED_NAME_LANGUAGE = 'auto';

function sharesName(formula: FormulaDeclaration): boolean {
  return formula.name.en === formula.name.nl;
}

/**
 * One wrapper: its JSDoc (what Sheets shows as help, in the wrapper's language; both languages for a shared
 * name) and a body that calls the bundle.
 */
export function appsScriptWrapper(formula: FormulaDeclaration, lang: Language): string {
  const shared = sharesName(formula);
  const languages: readonly Language[] = shared ? ['nl', 'en'] : [lang];
  const both = (pick: (language: Language) => string) => languages.map(pick).join(' / ');
  const params = formula.params.map((param) => identifier(param.name[lang]));
  const docs = formula.params.map((param, index) => {
    const name = param.optional ? `[${params[index]}]` : params[index];
    return ` * @param {${jsdocType(param)}} ${name} ${comment(both((language) => paramHelp(param, language)))}`;
  });
  const runLanguage = shared ? SHARED_NAME_LANGUAGE : lang;
  return [
    '/**',
    ` * ${comment(both((language) => formulaDescription(formula, language)))}`,
    ...docs,
    // No @return: Sheets' formula help shows the summary and the parameters; the wrappers' bytes count toward the
    // server code's budget (docs/design.md#10-performance-targets).
    ' * @customfunction',
    ' */',
    // One line without spaces, passing `arguments` rather than the list again, to `run` (runCustomFunction under a
    // short name): the wrappers count toward the server code's bytes (docs/design.md#10-performance-targets); Sheets
    // reads the help from the comment, not from this line.
    `function ${formula.name[lang]}(${params.join(',')}){return ${APPS_SCRIPT_GLOBAL}.run('${formula.id}','${runLanguage}',arguments)}`,
  ].join('\n');
}

/** All wrappers, Dutch names first, then the English ones; a name both languages share has one wrapper. */
export function appsScriptWrappers(): string {
  const wrappers = FORMULA_DECLARATIONS.map((formula) => appsScriptWrapper(formula, 'nl'));
  for (const formula of FORMULA_DECLARATIONS) {
    if (!sharesName(formula)) wrappers.push(appsScriptWrapper(formula, 'en'));
  }
  return `// Generated from the Teamscan formula registry; do not edit.\n\n${wrappers.join('\n\n')}\n`;
}
