// The binding flow (reading a table for a proposal, its texts) is in bind.js, which the task pane loads only for a
// workbook without a Teammatrix, not in taskpane.js (docs/design.md#10-performance-targets).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const DIST = 'dist/addin';

beforeAll(() => {
  // `npm test` builds first; run on its own, build the add-in step only.
  if (!existsSync(join(DIST, 'bind.js')) || !existsSync(join(DIST, 'taskpane.js'))) {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('./scripts/build/20-addin.mjs')).build()"],
      { stdio: 'inherit' },
    );
  }
});

test('taskpane.js names bind.js and holds none of the flow’s texts; bind.js assigns the kit with them', () => {
  const taskpane = readFileSync(join(DIST, 'taskpane.js'), 'utf8');
  expect(taskpane).toContain('bind.js');
  expect(taskpane).not.toContain('namen in kolom');
  const bind = readFileSync(join(DIST, 'bind.js'), 'utf8');
  const scope: Record<string, unknown> = {};
  vm.runInNewContext(bind, scope);
  const kit = scope.TeamscanBind as { bindText(key: string, lang: string, params?: object): string };
  expect(kit.bindText('bindConfirm', 'en')).toBe('Bind');
  expect(kit.bindText('boundTo', 'nl', { range: 'Blad1!A3:F8' })).toBe('Gekoppeld aan Blad1!A3:F8');
});
