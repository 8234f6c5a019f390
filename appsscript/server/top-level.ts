// Generates the plain top-level functions Apps Script needs: triggers, menu actions and sidebar endpoints.

import { APPS_SCRIPT_GLOBAL } from '../../shared/formulas/generate/apps-script';
import { ENDPOINT_PARAMS, ENDPOINTS, MENU_ACTIONS, SERVER_METHODS } from '../api';

/** The source of main.js: every function is a declaration, so Apps Script lists it and google.script.run finds it. */
export function topLevelFunctions(): string {
  const g = APPS_SCRIPT_GLOBAL;
  // Few comments and one line each without spaces: main.js counts towards the server code's budget
  // (docs/design.md#10-performance-targets).
  const parts = [
    '// Generated; the logic is in teamscan.js.',
    `function onOpen(e){${g}.onOpen(e)}`,
    `function onInstall(e){${g}.onOpen(e)}`,
  ];
  for (const action of MENU_ACTIONS) parts.push(`function ${action.name}(){${g}.openSidebar('${action.view}')}`);
  for (const method of SERVER_METHODS) {
    const params = ENDPOINT_PARAMS[method].join(',');
    parts.push(`function ${ENDPOINTS[method]}(${params}){return ${g}.api.${method}(${params})}`);
  }
  return `${parts.join('\n')}\n`;
}
