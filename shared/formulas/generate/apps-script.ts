// Generates the Apps Script custom functions: plain top-level functions with @customfunction JSDoc.

import type { Language } from '../../i18n/language';
import { FORMULAS } from '../registry';
import type { FormulaDefinition, FormulaParam } from '../types';

/** The global the Apps Script bundle defines; the wrappers call into it. */
export const APPS_SCRIPT_GLOBAL = 'Teamscan';

function jsdocType(param: FormulaParam): string {
  if (param.kind === 'matrix') return 'A1:H20';
  if (param.kind === 'profile') return 'string|Array<Array<*>>';
  if (param.kind === 'level' || param.kind === 'count') return 'number';
  if (param.kind === 'value') return '*';
  return 'string';
}

function comment(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function identifier(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/** One wrapper: its JSDoc (what Sheets shows as help) and a body that calls the bundle. */
export function appsScriptWrapper(formula: FormulaDefinition, lang: Language): string {
  const params = formula.params.map((param) => identifier(param.name[lang]));
  const docs = formula.params.map((param, index) => {
    const name = param.optional ? `[${params[index]}]` : params[index];
    return ` * @param {${jsdocType(param)}} ${name} ${comment(param.description[lang])}`;
  });
  return [
    '/**',
    ` * ${comment(formula.description[lang])}`,
    ...docs,
    ` * @return ${formula.result === 'table' ? 'Een tabel' : 'Een waarde'} (Teamscan).`,
    ' * @customfunction',
    ' */',
    `function ${formula.name[lang]}(${params.join(', ')}) {`,
    `  return ${APPS_SCRIPT_GLOBAL}.runCustomFunction('${formula.id}', '${lang}', [${params.join(', ')}]);`,
    '}',
  ].join('\n');
}

/** All wrappers, Dutch names first, then the English ones where they differ. */
export function appsScriptWrappers(): string {
  const wrappers = FORMULAS.map((formula) => appsScriptWrapper(formula, 'nl'));
  for (const formula of FORMULAS) {
    if (formula.name.en !== formula.name.nl) wrappers.push(appsScriptWrapper(formula, 'en'));
  }
  return `// Generated from the Teamscan formula registry; do not edit.\n\n${wrappers.join('\n\n')}\n`;
}
