// The built Apps Script project: its globals, the wrappers' JSDoc, sizes, the manifest and a self-contained sidebar.

import { readFileSync } from 'node:fs';
import { ENDPOINTS, MENU_ACTIONS } from '../../appsscript/api';
import { SHEETS_ERRORS } from '../../appsscript/sheets-errors';
import { APPS_SCRIPT_GLOBAL } from '../../shared/formulas/generate/apps-script';
import { FORMULAS } from '../../shared/formulas/registry';
import { READING_NOTES } from '../../shared/i18n/reading-notes';
import { BUILTIN_CITATIONS } from '../../shared/profiles/data/citations';
import { loadGas, readGasFile } from './fake/load-gas';

const wrapperNames = FORMULAS.flatMap((formula) => [formula.name.nl, formula.name.en]);

describe('the built dist/gas project', () => {
  it('defines every global Apps Script needs when loaded as plain scripts', () => {
    const { context } = loadGas();
    const expected = [
      'onOpen',
      'onInstall',
      ...MENU_ACTIONS.map((a) => a.name),
      ...Object.values(ENDPOINTS),
      ...wrapperNames,
    ];
    const missing = expected.filter((name) => typeof context[name] !== 'function');
    expect(missing).toEqual([]);
    expect(typeof context[APPS_SCRIPT_GLOBAL]).toBe('object');
    expect(typeof context[APPS_SCRIPT_GLOBAL].run).toBe('function');
  });

  it('gives every wrapper its JSDoc with @customfunction and its real parameters', () => {
    const source = readGasFile('functions.js');
    for (const formula of FORMULAS) {
      for (const lang of ['nl', 'en'] as const) {
        const name = formula.name[lang];
        const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(source);
        expect(match).not.toBeNull();
        expect(match![1]).toContain('@customfunction');
        const params = match![2]!.split(',').filter((p) => p.trim() !== '');
        expect(params).toHaveLength(formula.params.length);
        expect((match![1]!.match(/@param/g) ?? []).length).toBe(formula.params.length);
      }
    }
  });

  it('keeps the server code within 150 KB and free of React, as one top-level var TS', () => {
    const server = readGasFile('teamscan.js');
    const total = ['teamscan.js', 'functions.js', 'main.js'].reduce(
      (sum, f) => sum + Buffer.byteLength(readGasFile(f)),
      0,
    );
    // 1 KB = 1,000 bytes, as the task pane's budget is read.
    expect(total).toBeLessThanOrEqual(150_000);
    expect(APPS_SCRIPT_GLOBAL).toBe('TS');
    expect(server).toMatch(/^(?:"use strict";)?var TS\s*=/m);
    expect(server).not.toMatch(/react|fluentui/i);
    expect(server).not.toMatch(/\brequire\(|\bimport\s*\(|\bexport\s/);
  });

  it('leaves out the reading notes: no formula or endpoint shows one, so only what shows them carries them', () => {
    const server = readGasFile('teamscan.js');
    const carried = Object.entries(READING_NOTES).filter(
      ([, note]) => server.includes(note.nl) || server.includes(note.en),
    );
    expect(carried.map(([key]) => key)).toEqual([]);
    // The refusals the server does raise are there, in both languages.
    expect(server).toContain('Het invoegplan klopt niet bij {path}');
    expect(server).toContain('The injection plan is not valid at {path}');
  });

  it("leaves out the built-in profiles' citations: no formula or endpoint shows one, the panel and reports do", () => {
    const server = readGasFile('teamscan.js');
    const carried = Object.entries(BUILTIN_CITATIONS).filter(([, { source }]) => server.includes(source.slice(0, 40)));
    expect(carried.map(([id]) => id)).toEqual([]);
    // The profiles themselves are there: the formulas read them.
    for (const id of Object.keys(BUILTIN_CITATIONS)) expect(server).toContain(`id:"${id}"`);
    // The sidebar shows the licence in the injection summary, so it carries them.
    expect(readGasFile('sidebar.html')).toContain(BUILTIN_CITATIONS.npuls!.source);
  });

  it("leaves out the texts of the Sheets host's refusals: the server sends them by key, the sidebar words them", () => {
    const server = readGasFile('teamscan.js');
    const sidebar = readGasFile('sidebar.html');
    for (const [key, text] of Object.entries(SHEETS_ERRORS)) {
      expect([key, server.includes(text.nl) || server.includes(text.en)]).toEqual([key, false]);
      expect([key, sidebar.includes(text.nl) && sidebar.includes(text.en)]).toEqual([key, true]);
    }
  });

  it('ships one self-contained sidebar HTML that loads nothing from outside', () => {
    const html = readGasFile('sidebar.html');
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|<script\s+src/i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    // Only one script element: the inlined bundle never closes it early.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('sends no scan data to Cloud Logging: no exception logging, and no console or Logger calls', () => {
    // Manifest "exceptionLogging": NONE, "exceptions are not logged"; STACKDRIVER would log each uncaught
    // exception's message, and a custom function's message names cells and their values.
    // https://developers.google.com/apps-script/manifest#Manifest.FIELDS.exceptionLogging
    expect(JSON.parse(readGasFile('appsscript.json')).exceptionLogging).toBe('NONE');
    for (const file of ['teamscan.js', 'functions.js', 'main.js']) {
      expect(readGasFile(file)).not.toMatch(/\b(?:console\.\w+|Logger\.log)\s*\(/);
    }
  });

  it('has the V8 manifest with exactly the narrow scopes', () => {
    const manifest = JSON.parse(readGasFile('appsscript.json'));
    expect(manifest).toEqual(JSON.parse(readFileSync('manifests/appsscript.json', 'utf8')));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Amsterdam');
    // `forms` for the self-scan form: FormApp.create and FormApp.openById of a form this spreadsheet's script
    // made; forms.currentonly only reaches the form a script is bound to (docs/google-sheets.md).
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/forms',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('adds the Teamscan menu on open, in Dutch or English, and opens the sidebar from it', () => {
    const loaded = loadGas();
    loaded.call('onOpen', { authMode: 'LIMITED' });
    const [menu] = loaded.gas.ui.menus;
    expect(menu!.items.map(([label]) => label)).toEqual(['Profiel invoegen', 'Scan', 'Dekking']);
    expect(menu!.items.map(([, fn]) => fn)).toEqual(MENU_ACTIONS.map((a) => a.name));
    for (const [, fn] of menu!.items) expect(typeof loaded.context[fn]).toBe('function');

    loaded.gas.locale = 'en_GB';
    loaded.call('onOpen');
    expect(loaded.gas.ui.menus[1]!.items.map(([label]) => label)).toEqual(['Insert profile', 'Scan', 'Coverage']);

    loaded.call('teamscanMenuScan');
    expect(loaded.gas.ui.sidebars).toEqual([expect.objectContaining({ file: 'sidebar', title: 'Teamscan' })]);
    expect(loaded.call('teamscanGetContext')).toEqual({
      ok: true,
      value: { locale: 'en-GB', lang: 'en', view: 'scan' },
    });
  });
});
