// Every exported name of the sources is imported somewhere (a source, a test, a build script); a new export
// that nothing uses fails here. The checker itself is tested on planted files.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadExports } from './dead-exports';
import { SOURCE_FOLDERS } from './layers';

const ROOT = join(__dirname, '..', '..');

/** The bundles' entry files (scripts/build/*.mjs entryPoints): their exports are the bundle's global. */
const ENTRIES = [
  'cli/main.ts',
  'addin/functions/entry.ts',
  'addin/taskpane/entry.tsx',
  'addin/taskpane/reports-entry.ts',
  'addin/taskpane/conversation-entry.ts',
  'addin/taskpane/bind-entry.ts',
  'addin/taskpane/selftest-entry.ts',
  'addin/report/entry.ts',
  'preview/main.tsx',
  'appsscript/server/index.ts',
  'appsscript/sidebar/index.tsx',
  // Swapped in for shared/…/load.ts by the task pane's build (scripts/build/20-addin.mjs).
  'addin/taskpane/load-reports.ts',
  'addin/taskpane/load-conversation.ts',
  'addin/taskpane/load-bind-kit.ts',
  // The injection's chunk (inject.js) and its loader, swapped in by the same build.
  'addin/taskpane/inject-entry.ts',
  'addin/taskpane/load-inject.ts',
  // Compile-time checks of the Apps Script typings: exported so the compiler keeps and checks them.
  'appsscript/server/conformance.ts',
];

test('no source exports a name that nothing imports', () => {
  expect(deadExports(ROOT, SOURCE_FOLDERS, ['tests', 'scripts'], ENTRIES)).toEqual([]);
});

test('the checker finds a planted dead export, and follows imports through re-exports, namespaces and import()', () => {
  const root = mkdtempSync(join(tmpdir(), 'teamscan-dead-exports-'));
  try {
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'tests'));
    const files: Record<string, string> = {
      'src/a.ts': 'export const used = 1;\nexport function dead() {}\nexport const local = 2;\nconst x = local;\n',
      'src/b.ts': 'export type Forwarded = number;\nexport const viaStar = 3;\nexport const unforwarded = 4;\n',
      'src/barrel.ts': "export { type Forwarded } from './b';\nexport * from './b';\n",
      'src/c.ts': 'export const all = 5;\n',
      'src/d.ts': 'export const lazy = 6;\n',
      'tests/use.test.ts':
        "import { used } from '../src/a';\nimport type { Forwarded } from '../src/barrel';\nimport { viaStar } from '../src/barrel';\n" +
        "import * as c from '../src/c';\nconst d = import('../src/d');\n",
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    expect(deadExports(root, ['src'], ['tests'], [])).toEqual(['src/a.ts: dead', 'src/b.ts: unforwarded']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
