// Generates the plain top-level functions Apps Script needs: triggers, menu actions and sidebar endpoints.

import { APPS_SCRIPT_GLOBAL } from '../../shared/formulas/generate/apps-script';
import { ENDPOINTS, MENU_ACTIONS, type ServerMethod } from '../api';

/**
 * Parameter names an endpoint declares: the functions pass `arguments` on, so names are only kept where the call's
 * shape is worth reading in main.js (an optional last argument); the budget counts every byte of main.js.
 */
const ENDPOINT_PARAMS: { readonly [K in ServerMethod]: readonly string[] } = {
  getContext: [],
  readSheet: [],
  writeRow: [],
  getSelection: [],
  selectRow: ['sheet', 'row', 'column'],
  applyPlan: [],
  insertFormula: [],
  removeFormula: ['at', 'formula'],
  listSheets: [],
  saveSnapshot: [],
  openReport: [],
  createForm: [],
  readResponses: [],
};

/** The source of main.js: every function is a declaration, so Apps Script lists it and google.script.run finds it. */
export function topLevelFunctions(): string {
  const g = APPS_SCRIPT_GLOBAL;
  // Few comments and one line each: main.js counts towards the server code's budget (docs/design.md#10-performance-targets).
  const parts = [
    '// Generated; the logic is in teamscan.js.',
    `function onOpen(e) { ${g}.onOpen(e); }`,
    `function onInstall(e) { ${g}.onOpen(e); }`,
  ];
  for (const action of MENU_ACTIONS) parts.push(`function ${action.name}() { ${g}.openSidebar('${action.view}'); }`);
  for (const method of Object.keys(ENDPOINTS) as ServerMethod[]) {
    const params = ENDPOINT_PARAMS[method].join(', ');
    parts.push(`function ${ENDPOINTS[method]}(${params}) { return ${g}.run('${method}', arguments); }`);
  }
  return `${parts.join('\n')}\n`;
}
