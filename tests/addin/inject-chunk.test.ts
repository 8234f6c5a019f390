// The injection's plan builder and Excel plan applier are in inject.js, which the task pane loads when the Inject
// part opens, not in taskpane.js (docs/design.md#10-performance-targets).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import type { WorkbookPlan } from '../../shared/workbook/plan';

const DIST = 'dist/addin';
/** Marks of the plan builder and applier: the plan's column widths, and the applier making the matrix's table. */
const MARKS = ['columnWidth', '.tables.add('];

beforeAll(() => {
  // `npm test` builds first; run on its own, build the add-in step only.
  if (!existsSync(join(DIST, 'inject.js')) || !existsSync(join(DIST, 'taskpane.js'))) {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('./scripts/build/20-addin.mjs')).build()"],
      { stdio: 'inherit' },
    );
  }
});

test('taskpane.js names inject.js and holds neither the plan builder nor the applier', () => {
  const taskpane = readFileSync(join(DIST, 'taskpane.js'), 'utf8');
  expect(taskpane).toContain('inject.js');
  expect(taskpane).toContain('TeamscanInject');
  const inject = readFileSync(join(DIST, 'inject.js'), 'utf8');
  for (const mark of MARKS) {
    expect([mark, taskpane.includes(mark)]).toEqual([mark, false]);
    expect([mark, inject.includes(mark)]).toEqual([mark, true]);
  }
});

test('inject.js assigns the kit: the same plan as the sources build, and the applier', () => {
  const scope: Record<string, unknown> = {};
  vm.runInNewContext(readFileSync(join(DIST, 'inject.js'), 'utf8'), scope);
  const kit = scope.TeamscanInject as {
    buildWorkbookPlan: typeof buildWorkbookPlan;
    applyCheckedPlan: unknown;
  };
  expect(typeof kit.applyCheckedPlan).toBe('function');
  const request = {
    profile: findBuiltinProfile('npuls')!,
    detail: 'kva' as const,
    lang: 'en' as const,
    names: ['Anna'],
  };
  const plan: WorkbookPlan = kit.buildWorkbookPlan(request);
  // Compared as JSON: the chunk's objects come from another realm.
  expect(JSON.parse(JSON.stringify(plan))).toEqual(JSON.parse(JSON.stringify(buildWorkbookPlan(request))));
});
