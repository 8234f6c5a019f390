// docs/design.md#9-reliability-and-privacy, privacy of reports, tried on random small teams over two rounds (1–8 people, n.v.t. and empty
// cells, a joiner and a leaver): every figure is over at least k people and no reader (an outsider, or anyone
// in the team knowing their own levels, with their personal report beside the anonymous one) can derive one
// person's level; the HTML prints those figures and, where one is left out, only the reason. The panel's path
// makes the same pages with k = 5.

import fc from 'fast-check';
import type { HostBridge } from '../../shared/host/bridge';
import { localDate } from '../../shared/host/snapshot';
import type { TeamscanError } from '../../shared/i18n/message';
import { anonymousReport, personalReport } from '../../shared/report';
import type { Team } from '../../shared/scan/team';
import { makeReport, PANEL_MIN_GROUP } from '../../shared/ui/report/make-report';
import { read } from '../support/grids';
import { attempt, audit, derivable, type Rounds, roundsArbitrary, roundsInput } from './privacy-audit';

test('the solver finds the leaks the old reports had (docs/design.md#9-reliability-and-privacy)', () => {
  // A team of three, two scanned: the average beside Anna's own level gives Bram's.
  expect(derivable([{ variable: 'coach now', members: ['Anna', 'Bram'] }], new Set(['Anna']))).toEqual([
    'coach now: Bram',
  ]);
  // One person scanned on an area.
  expect(derivable([{ variable: 'coach now', members: ['Eva'] }], new Set())).toEqual(['coach now: Eva']);
  // Figures over all five now and over the four in both rounds: the joiner is the difference.
  const five = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva'];
  expect(
    derivable(
      [
        { variable: 'coach now', members: five },
        { variable: 'coach now', members: five.slice(0, 4) },
      ],
      new Set(),
    ),
  ).toEqual(['coach now: Eva']);
  // Different rounds are different unknowns: no difference between them.
  expect(
    derivable(
      [
        { variable: 'coach now', members: five },
        { variable: 'coach before', members: five.slice(0, 4) },
      ],
      new Set(),
    ),
  ).toEqual([]);
});

describe.each(['nl', 'en'] as const)('docs/design.md#9-reliability-and-privacy in %s', (lang) => {
  test('the core’s anonymous and personal reports: no single person’s level can be derived', () => {
    fc.assert(
      fc.property(roundsArbitrary, (rounds) => {
        const input = roundsInput(rounds, lang);
        const personal = new Map(input.reading.people.map((p) => [p.name, personalReport(input, p.name)]));
        audit(input, { anonymous: attempt(() => anonymousReport(input)), personal });
      }),
      { numRuns: 150 },
    );
  });

  test('the panel’s reports are the core’s with k = 5, progress since the chosen snapshot included', async () => {
    expect(PANEL_MIN_GROUP).toBe(5);
    const now = new Date(2026, 11, 1);
    const bridge = { readSheet: async (sheet: string) => ({ sheet, exists: false, grid: { values: [] } }) };
    await fc.assert(
      fc.asyncProperty(roundsArbitrary, async (generated: Rounds) => {
        const rounds = { ...generated, k: 5, threshold: 2 };
        const input = roundsInput(rounds, lang, localDate(now));
        const team = { reading: input.reading } as Team;
        const since = { sheet: 'Scan 2026-06-01', reading: read(rounds.before) };
        const panel = (request: Parameters<typeof makeReport>[2]) =>
          makeReport(bridge as unknown as HostBridge, team, request, lang, now).then((report) => report.html);
        const anonymous = await panel({ kind: 'anonymous', since }).catch((error: Error) => error);
        const core = attempt(() => anonymousReport(input));
        if (core instanceof Error) expect((anonymous as TeamscanError).detail).toEqual((core as TeamscanError).detail);
        else expect(anonymous).toBe(core);
        const personal = new Map<string, string>();
        for (const person of input.reading.people) {
          const html = await panel({ kind: 'personal', name: person.name });
          expect(html).toBe(personalReport(input, person.name));
          personal.set(person.name, html);
        }
        audit(input, { anonymous, personal });
      }),
      { numRuns: 60 },
    );
  });
});
