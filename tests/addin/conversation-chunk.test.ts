// The Scan part's conversation kit (reading both views and the plan, suggestions, a goal's write, its texts) is in
// conversation.js beside the sheet planner, loaded when the workbook has the conversation's sheets, not in
// taskpane.js (docs/design.md#the-development-conversation, docs/design.md#10-performance-targets).

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { SHEET_DEV_PLAN } from '../../shared/analysis/conversation/texts';
import type { ConversationKit } from '../../shared/ui/conversation/load';

const DIST = 'dist/addin';
/** Marks of the kit: its texts and the plan's refusal of a missing column. */
const MARKS = ['Om te bespreken', 'planNoColumn', 'Geen voorstellen'];

beforeAll(() => {
  // `npm test` builds first; run on its own, build the add-in step only.
  if (!existsSync(join(DIST, 'conversation.js')) || !existsSync(join(DIST, 'taskpane.js'))) {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('./scripts/build/20-addin.mjs')).build()"],
      { stdio: 'inherit' },
    );
  }
});

test('taskpane.js names conversation.js and holds none of the kit; conversation.js holds it', () => {
  const taskpane = readFileSync(join(DIST, 'taskpane.js'), 'utf8');
  const chunk = readFileSync(join(DIST, 'conversation.js'), 'utf8');
  expect(taskpane).toContain('conversation.js');
  for (const mark of MARKS) {
    expect([mark, taskpane.includes(mark)]).toEqual([mark, false]);
    expect([mark, chunk.includes(mark)]).toEqual([mark, true]);
  }
});

test('conversation.js assigns the kit beside the planner: a goal write as the sources make it', () => {
  const scope: Record<string, unknown> = {};
  vm.runInNewContext(readFileSync(join(DIST, 'conversation.js'), 'utf8'), scope);
  const kit = scope.TeamscanConversation as ConversationKit & { buildPlanWithConversation: unknown };
  expect(typeof kit.buildPlanWithConversation).toBe('function');
  expect(kit.talkText('compareDiscuss', 'en')).toBe('To discuss');
  const plan = {
    sheet: SHEET_DEV_PLAN,
    exists: true,
    grid: {
      values: [
        ['Naam', 'Gebied', 'Doel'],
        ['Bram', 'Coach', 3],
      ],
    },
  };
  const write = kit.goalWrite(plan, ['Anna', 'Coach', '', null, 3, '', '', '', '']);
  // Compared as JSON: the chunk's objects come from another realm.
  expect(JSON.parse(JSON.stringify(write))).toEqual({
    sheet: SHEET_DEV_PLAN,
    headerRow: 1,
    row: 3,
    nameHeader: 'Naam',
    expectedName: '',
    cells: [
      { header: 'Naam', expected: null, value: 'Anna' },
      { header: 'Gebied', expected: null, value: 'Coach' },
      { header: 'Doel', expected: null, value: 3 },
    ],
  });
});
