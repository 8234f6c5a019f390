// Generates the plain top-level functions Apps Script needs: triggers, menu actions and sidebar endpoints.

import { APPS_SCRIPT_GLOBAL } from '../../shared/formulas/generate/apps-script';
import { ENDPOINT_PARAMS, ENDPOINTS, MENU_ACTIONS, SERVER_METHODS } from '../api';

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
  // One comment for all endpoints: main.js counts toward the server's bytes (docs/design.md#10-performance-targets).
  parts.push('', '// Sidebar endpoints (google.script.run): each passes its arguments to the bundle.');
  for (const method of SERVER_METHODS) {
    const params = ENDPOINT_PARAMS[method].join(', ');
    parts.push(`function ${ENDPOINTS[method]}(${params}) {\n  return ${g}.endpoints.${method}(${params});\n}`);
  }
  return `${parts.join('\n')}\n`;
}
