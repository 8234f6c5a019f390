// docs/design.md#9-reliability-and-privacy, privacy of reports: the anonymous report shows an area only where k people are scanned on it, its
// progress only over the people scanned in both rounds; the personal report compares only with k colleagues.

import { analyze } from '../../shared/analysis/analyze';
import { compareRounds } from '../../shared/analysis/compare';
import type { CellValue } from '../../shared/matrix/grid';
import {
  anonymousFigures,
  anonymousReport,
  personalComparison,
  personalReport,
  type ReportInput,
} from '../../shared/report';
import { ReportError } from '../../shared/report/messages';
import { areaLabel } from '../../shared/report/sections';
import { errorOf, NPULS_AREAS, read } from '../support/grids';

const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fleur', 'Gert', 'Hanna'];

/** A matrix of the six npuls areas; `levels[p][a]` is person p's cell on area a. */
function matrix(levels: readonly (readonly CellValue[])[], names = NAMES): CellValue[][] {
  return [['Naam', ...NPULS_AREAS], ...levels.map((row, p) => [names[p]!, ...row])];
}

function input(levels: readonly (readonly CellValue[])[], extra: Partial<ReportInput> = {}): ReportInput {
  const reading = read(matrix(levels));
  return { reading, analysis: analyze(reading), lang: 'nl', date: '2026-12-01', ...extra };
}

/** The visible text of the SVG chart rows that start with an area's label: "Coach te weinig …" or "Coach 1 2". */
function chartRows(html: string, label: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].flatMap(([svg]) => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
    const at = texts.indexOf(label);
    return at < 0 ? [] : [texts.slice(at + 1, at + 2).join(' ')];
  });
}

const WITHHELD_NL = 'te weinig mensen gescand om te tonen (minder dan 5)';
const WITHHELD_EN = 'too few people scanned to show (fewer than 5)';

describe('the anonymous report (docs/design.md#9-reliability-and-privacy)', () => {
  test('five people who each scanned one area pass the count but no area shows anyone’s level', () => {
    const one = (p: number) => NPULS_AREAS.map((_, a) => (a === p ? 4 - (p % 3) : null));
    const team = input([0, 1, 2, 3, 4].map(one));
    expect(team.analysis.scanned).toBe(5);
    for (const lang of ['nl', 'en'] as const) {
      const html = anonymousReport({ ...team, lang });
      for (const area of team.analysis.areas) {
        const rows = chartRows(html, areaLabel(area));
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row).toBe(lang === 'nl' ? WITHHELD_NL : WITHHELD_EN);
      }
      // No "covered of target" line about a left-out area either.
      expect(html).not.toMatch(/\d+ (van|of) \d+ (gedekt|covered)/);
    }
  });

  test('with four of five on n.v.t. in an area, that area is left out and the others shown', () => {
    const levels = [0, 1, 2, 3, 4].map((p) => NPULS_AREAS.map((_, a) => (a === 3 && p > 0 ? 'n.v.t.' : (p + a) % 5)));
    const team = input(levels);
    const figures = anonymousFigures(team);
    expect(figures.areas.map((area) => area.withheld ?? 'shown')).toEqual([
      'shown',
      'shown',
      'shown',
      'tooFewScanned',
      'shown',
      'shown',
    ]);
    const html = anonymousReport(team);
    const coach = areaLabel(team.analysis.areas[3]!);
    for (const row of chartRows(html, coach)) expect(row).toBe(WITHHELD_NL);
    expect(html).toContain('Elk getal gaat over minstens 5 mensen');
  });

  test('--min-groep: k below 3 is refused; with k = 3 three scanned people are enough', () => {
    const team = input([0, 1, 2].map((p) => NPULS_AREAS.map((_, a) => (p + a) % 5)));
    expect(errorOf(() => anonymousReport({ ...team, minGroup: 2 }), ReportError).key).toBe('reportMinGroup');
    expect(errorOf(() => anonymousReport(team), ReportError).key).toBe('reportTooFewPeople');
    expect(anonymousFigures({ ...team, minGroup: 3 }).areas.every((area) => !area.withheld)).toBe(true);
  });

  test('progress counts only people scanned in both rounds; a joiner or leaver is never singled out', () => {
    // Now: Anna–Fleur (Fleur joined); before: Anna–Eva and Gert (who left). Area 0: everyone in both rounds
    // except Fleur → the group of five is shown, but the one joiner would be the difference: left out.
    // Area 1: Bram n.v.t. before → four in both: left out. Area 2: Fleur n.v.t. now → five in both, no
    // difference: shown.
    const now = [0, 1, 2, 3, 4, 5].map((p) => NPULS_AREAS.map((_, a) => (a === 2 && p === 5 ? 'n.v.t.' : (p + a) % 5)));
    const before = read(
      matrix(
        [0, 1, 2, 3, 4, 6].map((p) => NPULS_AREAS.map((_, a) => (a === 1 && p === 1 ? 'n.v.t.' : (p + 2 * a) % 5))),
        [0, 1, 2, 3, 4, 6].map((p) => NAMES[p]!),
      ),
    );
    const team = input(now);
    const progress = { since: 'Scan 2026-06-01', comparison: compareRounds(before, team.reading), before };
    const figures = anonymousFigures({ ...team, progress });
    const rows = figures.progress!.areas;
    expect(rows[0]!.withheld).toBe('wouldSingleOut');
    expect(rows[1]!.withheld).toBe('tooFewBoth');
    expect(rows[2]!.withheld).toBeUndefined();
    expect(rows[2]!.members).toHaveLength(5);
    for (const lang of ['nl', 'en'] as const) {
      const html = anonymousReport({ ...team, lang, progress });
      expect(html).not.toMatch(/Fleur|Gert/);
      expect(html).toContain(lang === 'nl' ? '1 erbij, 1 vertrokken' : '1 joined, 1 left');
      expect(html).toContain(
        lang === 'nl' ? 'van de 5 mensen die in beide rondes gescand zijn' : 'of the 5 people scanned in both rounds',
      );
      expect(html).toContain(
        lang === 'nl'
          ? 'te weinig mensen in beide rondes gescand om te tonen (minder dan 5)'
          : 'too few people scanned in both rounds to show (fewer than 5)',
      );
      expect(html).toContain(
        lang === 'nl' ? 'minder dan 5 mensen zijn alleen nu gescand' : 'fewer than 5 people are scanned only now',
      );
    }
  });
});

describe('the personal report (docs/design.md#9-reliability-and-privacy)', () => {
  test('a team of three with two scanned: no team average, so the colleague’s level cannot be read off', () => {
    const team = input([
      [2, 3, 1, 4, 0, 2],
      [1, 4, 3, 0, 2, 4],
      [null, null, null, null, null, null],
    ]);
    for (const lang of ['nl', 'en'] as const) {
      const html = personalReport({ ...team, lang }, 'Anna');
      for (const area of team.analysis.areas) {
        const [row] = chartRows(html, areaLabel(area));
        expect(row).toMatch(
          lang === 'nl'
            ? /^\d,0 \/ te weinig collega’s gescand om te vergelijken \(minder dan 5\)$/
            : /^\d\.0 \/ too few colleagues scanned to compare \(fewer than 5\)$/,
        );
      }
      // Bram's levels appear nowhere as a figure.
      expect(html).not.toMatch(/\/ [0-4][,.][05]/);
    }
  });

  test('with k colleagues scanned on an area the average over everyone scanned on it is shown', () => {
    // Six people on area 0 (Anna and five colleagues); on area 1 Fleur is n.v.t.: four colleagues.
    const levels = [0, 1, 2, 3, 4, 5].map((p) => NPULS_AREAS.map((_, a) => (a === 1 && p === 5 ? 'n.v.t.' : p % 5)));
    const team = input(levels);
    const rows = personalComparison(team, 0);
    expect(rows[0]!.team).toBeCloseTo((0 + 1 + 2 + 3 + 4 + 0) / 6);
    expect(rows[1]!.withheld).toBe('tooFewColleagues');
    expect(rows[1]!.team).toBeNull();
    const html = personalReport(team, 'Anna');
    expect(chartRows(html, areaLabel(team.analysis.areas[0]!))).toEqual(['0,0 / 1,7']);
    // The same average in every colleague's report: two reports cannot be subtracted.
    expect(personalComparison(team, 3)[0]!.team).toBe(rows[0]!.team);
  });
});
