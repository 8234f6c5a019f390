// The self-test's "stuur dit naar …" line names the issue tracker README's section names, and the checklist says
// to run the self-test and paste its result.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_TRACKER, README_SECTION } from '../../shared/selftest/tracker';

const ROOT = join(__dirname, '..', '..');

test('README has the section the send line points to, and it names the issue tracker and the self-test', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`## ${README_SECTION}\n`);
  expect(at).toBeGreaterThan(0);
  const section = readme.slice(at, readme.indexOf('\n## ', at + 3));
  expect(section).toContain('issuetracker van Teamscan');
  expect(section).toContain('issue tracker');
  expect(section).toContain('**Zelftest**');
  expect(ISSUE_TRACKER.nl).toContain('README › Problemen melden');
  expect(ISSUE_TRACKER.en).toContain('README › Reporting problems');
});

test('the real-host checklist is: run the self-test and paste it, plus what no probe can do', () => {
  const checklist = readFileSync(join(ROOT, 'docs', 'real-host-checklist.md'), 'utf8');
  const headings = checklist.split('\n').filter((line) => line.startsWith('## '));
  expect(headings).toEqual([
    '## 1. Zelftest / Self-test (one minute per host)',
    '## 2. Two people at once (Google Sheets, 3 minutes)',
    '## 3. The Allow prompt (Excel on the web, 1 minute)',
    '## 4. Printing (both hosts, 2 minutes)',
  ]);
  expect(checklist).toContain('**Kopiëren**');
});
