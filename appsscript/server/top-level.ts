// Generates the plain top-level functions Apps Script needs: triggers, menu actions and sidebar endpoints.

import { APPS_SCRIPT_GLOBAL } from '../../shared/formulas/generate/apps-script';
import { ENDPOINTS, MENU_ACTIONS, type ServerMethod } from '../api';

/** Parameters per endpoint, so each top-level function declares what it passes on. */
const ENDPOINT_PARAMS: { readonly [K in ServerMethod]: readonly string[] } = {
  getContext: [],
  readSheet: ['sheet', 'formulas'],
  writeRow: ['write', 'lang'],
  getSelection: [],
  selectRow: ['sheet', 'row', 'column'],
  applyPlan: ['plan', 'lang'],
  insertFormula: ['formula', 'lang'],
  removeFormula: ['at', 'formula'],
  listSheets: [],
  saveSnapshot: ['request', 'lang'],
  openReport: ['html', 'title'],
  selfTest: ['op', 'name', 'cells'],
};

/** The source of main.js: every function is a declaration, so Apps Script lists it and google.script.run finds it. */
export function topLevelFunctions(): string {
  const g = APPS_SCRIPT_GLOBAL;
  const parts = [
    '// Generated: the Teamscan triggers, menu actions and sidebar endpoints; the logic lives in the bundle.',
    '',
    '/** Adds the Teamscan menu when the spreadsheet opens. */',
    `function onOpen(e) {\n  ${g}.onOpen(e);\n}`,
    '',
    '/** Adds the menu right after installing as an Editor add-on. */',
    `function onInstall(e) {\n  ${g}.onOpen(e);\n}`,
  ];
  for (const action of MENU_ACTIONS) {
    parts.push('', `/** Menu: opens the sidebar (${action.view}). */`);
    parts.push(`function ${action.name}() {\n  ${g}.openSidebar('${action.view}');\n}`);
  }
  for (const method of Object.keys(ENDPOINTS) as ServerMethod[]) {
    const params = ENDPOINT_PARAMS[method].join(', ');
    parts.push('', `/** Sidebar endpoint: ${method}. */`);
    parts.push(`function ${ENDPOINTS[method]}(${params}) {\n  return ${g}.endpoints.${method}(${params});\n}`);
  }
  return `${parts.join('\n')}\n`;
}
