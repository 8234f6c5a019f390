// The Apps Script endpoints are declared once (ENDPOINT_PARAMS in appsscript/api.ts): the generated main.js, the
// server's endpoint table, the sidebar's calls and the tests' calls by name all name exactly the declared ones.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import { ENDPOINT_PARAMS, ENDPOINTS, MENU_ACTIONS, SERVER_METHODS, type ServerMethod } from '../../appsscript/api';
import { endpoints } from '../../appsscript/server/endpoints';
import { topLevelFunctions } from '../../appsscript/server/top-level';
import { APPS_SCRIPT_GLOBAL } from '../../shared/formulas/generate/apps-script';

const ROOT = join(__dirname, '..', '..');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const DECLARED = new Set<string>(SERVER_METHODS);
const DECLARED_NAMES = new Set<string>(Object.values(ENDPOINTS));
const MENU_NAMES = new Set(MENU_ACTIONS.map((action) => action.name));

describe('the Apps Script endpoints, declared once', () => {
  test('main.js declares one top-level function per declared endpoint, forwarding its parameters by name', () => {
    const source = topLevelFunctions();
    const declared = [...source.matchAll(/^function (\w+)\(([^)]*)\)/gm)].map(([, name, params]) => ({
      name: name!,
      params: params!,
    }));
    const endpointFunctions = declared.filter(
      (fn) => fn.name !== 'onOpen' && fn.name !== 'onInstall' && !MENU_NAMES.has(fn.name),
    );
    expect(endpointFunctions).toEqual(
      SERVER_METHODS.map((method) => ({ name: ENDPOINTS[method], params: ENDPOINT_PARAMS[method].join(',') })),
    );
    // Run in a bare realm, as Apps Script does: each function calls its method on the bundle's endpoint table.
    const heard: [string, unknown[]][] = [];
    const table = new Proxy(
      {},
      {
        get:
          (_target, method: string) =>
          (...args: unknown[]) =>
            heard.push([method, args]),
      },
    );
    const context = vm.createContext({ [APPS_SCRIPT_GLOBAL]: { api: table } });
    vm.runInContext(source, context);
    for (const method of SERVER_METHODS) {
      const args = ENDPOINT_PARAMS[method].map((param) => `${param}-value`);
      (context[ENDPOINTS[method]] as (...values: unknown[]) => unknown)(...args);
      expect(heard.at(-1)).toEqual([method, args]);
    }
  });

  test('the server answers exactly the declared methods', () => {
    expect(Object.keys(endpoints).sort()).toEqual([...DECLARED].sort());
    for (const method of SERVER_METHODS) expect(typeof endpoints[method]).toBe('function');
  });

  test('the function names follow the methods, and no two methods share one', () => {
    for (const method of SERVER_METHODS) expect(ENDPOINTS[method]).toMatch(/^teamscan[A-Z]\w*$/);
    expect(DECLARED_NAMES.size).toBe(SERVER_METHODS.length);
  });

  test('the sidebar calls only declared methods, and every declared method is called by the sidebar', () => {
    const called = new Set<string>();
    for (const file of filesUnder(join(ROOT, 'appsscript', 'sidebar'), /\.tsx?$/)) {
      for (const [, method] of readFileSync(file, 'utf8').matchAll(/\.call\(\s*'(\w+)'/g)) called.add(method!);
    }
    expect([...called].filter((method) => !DECLARED.has(method))).toEqual([]);
    expect(SERVER_METHODS.filter((method: ServerMethod) => !called.has(method))).toEqual([]);
  });

  test('every top-level function a test calls by name is a declared endpoint, menu action or trigger', () => {
    const known = new Set([...DECLARED_NAMES, ...MENU_NAMES, 'onOpen', 'onInstall']);
    const unknown: string[] = [];
    for (const file of filesUnder(join(ROOT, 'tests'), /\.tsx?$/)) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/\.call\(\s*'(teamscan\w+|on[A-Z]\w*)'/g)) {
        if (!known.has(name!)) unknown.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
