// docs/design.md#9-reliability-and-privacy through `teamscan report`: on random small teams over two rounds (see tests/report/privacy-audit.ts)
// the CLI writes exactly the core's anonymous (`--anoniem --sinds --min-groep`) and personal pages, and the
// privacy audit finds no reader who can derive a colleague's level from them.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CellValue } from '../../shared/matrix/grid';
import { anonymousReport, personalReport } from '../../shared/report';
import { attempt, audit, roundsArbitrary, roundsInput } from '../report/privacy-audit';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-privacy-property-'));
const csv = (rows: CellValue[][]) => `${rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n')}\n`;
let run = 0;

describe.each(['nl', 'en'] as const)('teamscan report in %s (docs/design.md#9-reliability-and-privacy)', (lang) => {
  test('--anoniem --sinds and --persoon under --min-groep: no single person’s level can be derived', async () => {
    await fc.assert(
      fc.asyncProperty(roundsArbitrary, async (rounds) => {
        const folder = join(DIR, String(++run));
        mkdirSync(folder);
        const [before, now] = [join(folder, 'eerder.csv'), join(folder, 'nu.csv')];
        writeFileSync(before, csv(rounds.before));
        writeFileSync(now, csv(rounds.now));
        const common = ['--lang', lang, 'report', now, '--min-groep', String(rounds.k), '--drempel'];
        const base = roundsInput(rounds, lang, new Date().toISOString().slice(0, 10));
        const input = { ...base, progress: { ...base.progress!, since: 'eerder.csv' } };

        const out = join(folder, 'anoniem.html');
        const result = await runCli([
          ...common,
          String(rounds.threshold),
          '--anoniem',
          '--sinds',
          before,
          '--out',
          out,
        ]);
        const core = attempt(() => anonymousReport(input));
        if (core instanceof Error) {
          expect([result.code, result.stdout]).toEqual([2, '']);
        } else {
          expect([result.code, result.stderr]).toEqual([0, '']);
          expect(readFileSync(out, 'utf8')).toBe(core);
        }

        const personal = new Map<string, string>();
        for (const [index, person] of input.reading.people.entries()) {
          const file = join(folder, `persoon-${index}.html`);
          const written = await runCli([...common, String(rounds.threshold), '--persoon', person.name, '--out', file]);
          expect(written.code).toBe(0);
          const html = readFileSync(file, 'utf8');
          expect(html).toBe(personalReport(input, person.name));
          personal.set(person.name, html);
        }
        audit(input, { anonymous: core, personal });
      }),
      { numRuns: 25 },
    );
  });
});
