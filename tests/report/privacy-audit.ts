// The privacy audit of docs/design.md#9-reliability-and-privacy for the property tests: small random teams over two rounds, the groups every
// published figure is over (checked against the matrix), and a solver that tries to derive one person's level.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import { compareRounds } from '../../shared/analysis/compare';
import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import type { MatrixReading } from '../../shared/matrix/reading';
import {
  type AnonymousFigures,
  anonymousFigures,
  type PersonalComparison,
  personalComparison,
  type ReportInput,
} from '../../shared/report';
import { withheldText } from '../../shared/report/anonymous';
import { escapeHtml } from '../../shared/report/html';
import { ReportError } from '../../shared/report/messages';
import { areaLabel } from '../../shared/report/sections';
import { reportText } from '../../shared/report/texts';
import { NPULS_AREAS, read } from '../support/grids';

const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fleur', 'Gert', 'Hanna', 'Ilse', 'Joost'];

export interface Rounds {
  /** The matrices of both rounds as cells (header first). */
  readonly before: CellValue[][];
  readonly now: CellValue[][];
  readonly k: number;
  readonly threshold: number;
}

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<CellValue> },
  { weight: 1, arbitrary: fc.constant<CellValue>('n.v.t.') },
  { weight: 2, arbitrary: fc.constant<CellValue>(null) },
);
const levels = fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 10, maxLength: 10 });

/** 1–8 people now; maybe one joined since the earlier round and one left; random levels, n.v.t. and empty. */
export const roundsArbitrary: fc.Arbitrary<Rounds> = fc
  .record({
    size: fc.integer({ min: 1, max: 8 }),
    joiner: fc.boolean(),
    leaver: fc.boolean(),
    now: levels,
    before: levels,
    k: fc.integer({ min: 3, max: 5 }),
    threshold: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ size, joiner, leaver, now, before, k, threshold }) => {
    const stayers = size - (joiner ? 1 : 0);
    const header: CellValue[] = ['Naam', ...NPULS_AREAS];
    const rows = (people: number[], cells: CellValue[][]) => people.map((p) => [NAMES[p]!, ...cells[p]!]);
    const stay = [...Array(stayers).keys()];
    return {
      now: [header, ...rows(joiner ? [...stay, stayers] : stay, now)],
      before: [header, ...rows(leaver ? [...stay, stayers + 1] : stay, before)],
      k,
      threshold,
    };
  });

/** The report input the CLI and the panel make of two rounds. */
export function roundsInput(rounds: Rounds, lang: Language, date = '2026-12-01'): ReportInput {
  const reading = read(rounds.now);
  const before = read(rounds.before);
  const options = { threshold: rounds.threshold };
  return {
    reading,
    analysis: analyze(reading, options),
    lang,
    date,
    minGroup: rounds.k,
    progress: { since: 'Scan 2026-06-01', comparison: compareRounds(before, reading, options), before },
  };
}

/** A published figure: over the levels of `members` (names) on one area in one round. */
export interface Aggregate {
  readonly variable: string;
  readonly members: readonly string[];
}

/** The names scanned on an area (a number in its cell), read off the matrix itself, not the core. */
export function scannedNames(reading: MatrixReading, area: number): string[] {
  return reading.people.filter((person) => person.areaLevels[area]! >= 0).map((person) => person.name);
}

const names = (reading: MatrixReading, rows: readonly number[]) => rows.map((row) => reading.people[row]!.name);

/** The anonymous report's figures as aggregates, each group checked to be what the figure claims it is over. */
export function anonymousAggregates(input: ReportInput, figures: AnonymousFigures): Aggregate[] {
  const { reading } = input;
  const before = input.progress!.before!;
  const out: Aggregate[] = [];
  for (const row of figures.areas) {
    const members = names(reading, row.members);
    expect(members).toEqual(scannedNames(reading, row.area.index));
    expect(row.withheld === undefined).toBe(members.length >= figures.minGroup);
    if (row.withheld) continue;
    // The printed counts and coverage are over exactly these people.
    const levelsOf = row.members.map((r) => reading.people[r]!.areaLevels[row.area.index]!);
    expect(row.counts).toEqual([0, 1, 2, 3, 4].map((bin) => levelsOf.filter((l) => Math.floor(l) === bin).length));
    expect(row.area.covered).toBe(levelsOf.filter((level) => level >= row.area.threshold).length);
    out.push({ variable: `${row.area.id} now`, members });
  }
  for (const row of figures.progress?.areas ?? []) {
    const earlier = new Set(scannedNames(before, row.area.index));
    const both = scannedNames(reading, row.area.index).filter((name) => earlier.has(name));
    expect(names(reading, row.members)).toEqual(both);
    if (row.withheld) continue;
    expect(both.length).toBeGreaterThanOrEqual(figures.minGroup);
    const covered = (round: MatrixReading) =>
      round.people.filter(
        (person) => both.includes(person.name) && person.areaLevels[row.area.index]! >= row.area.threshold,
      ).length;
    expect([row.coveredBefore, row.coveredNow]).toEqual([covered(before), covered(reading)]);
    out.push({ variable: `${row.area.id} before`, members: both });
    out.push({ variable: `${row.area.id} now`, members: both });
  }
  return out;
}

/** The personal report's team averages as aggregates (k colleagues at least, checked). */
export function personalAggregates(input: ReportInput, rows: readonly PersonalComparison[]): Aggregate[] {
  return rows.flatMap((row) => {
    const members = names(input.reading, row.members);
    expect(members).toEqual(scannedNames(input.reading, row.area.index));
    if (row.withheld) return [];
    const levelsOf = row.members.map((r) => input.reading.people[r]!.areaLevels[row.area.index]!);
    expect(row.team).toBeCloseTo(levelsOf.reduce((sum, level) => sum + level, 0) / levelsOf.length, 10);
    return [{ variable: `${row.area.id} now`, members }];
  });
}

/**
 * Whose level a reader who knows `known` (their own levels) can derive from the aggregates: a figure over a
 * group with one member not yet known gives that member's level; two figures on the same variable whose groups
 * differ, once the known are removed, by one group nested in the other give a figure over the difference. Runs
 * to a fixed point. Returns "variable: name" for every derived level of someone other than the reader.
 */
export function derivable(aggregates: readonly Aggregate[], known: ReadonlySet<string>): string[] {
  const byVariable = new Map<string, string[][]>();
  for (const { variable, members } of aggregates) {
    byVariable.set(variable, [...(byVariable.get(variable) ?? []), [...members]]);
  }
  const leaks: string[] = [];
  for (const [variable, groups] of byVariable) {
    const derived = new Set(known);
    const seen = new Set<string>();
    let changed = true;
    while (changed) {
      changed = false;
      const open = groups
        .map((group) => group.filter((name) => !derived.has(name)).sort())
        .filter((group) => group.length > 0);
      for (const group of open) {
        if (group.length === 1) {
          derived.add(group[0]!);
          changed = true;
        }
      }
      for (const a of open) {
        for (const b of open) {
          if (a.length <= b.length || !b.every((name) => a.includes(name))) continue;
          const difference = a.filter((name) => !b.includes(name));
          if (!seen.has(difference.join('\t')) && groups.length < 500) {
            seen.add(difference.join('\t'));
            groups.push(difference);
            changed = true;
          }
        }
      }
    }
    for (const name of derived) if (!known.has(name)) leaks.push(`${variable}: ${name}`);
  }
  return leaks;
}

/** The texts of the SVG rows that start with `label`: the one text after it ("3/2", a count, or a reason). */
export function chartRows(html: string, label: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].flatMap(([svg]) => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
    return texts.flatMap((text, at) => (text === escapeHtml(label) ? [texts[at + 1] ?? ''] : []));
  });
}

function oneDecimal(level: number, lang: Language): string {
  return level.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** The anonymous page: a left-out area's rows hold only the reason; shown areas their own figures. */
function checkAnonymousHtml(input: ReportInput, html: string): void {
  const { lang } = input;
  const figures = anonymousFigures(input);
  const attention = html.slice(html.indexOf(escapeHtml(reportText('attention', lang))));
  for (const { area, withheld } of figures.areas) {
    const label = areaLabel(area);
    const rows = chartRows(html, label);
    expect(rows.length).toBeGreaterThan(0);
    if (withheld) {
      for (const row of rows) expect(row).toBe(escapeHtml(withheldText(withheld, lang, figures.minGroup)));
      expect(attention.slice(0, attention.indexOf('</section>'))).not.toContain(`<strong>${escapeHtml(label)}:`);
    } else if (area.scope === 'network') {
      expect(rows).toContain(`${area.covered}/${area.target}`);
    }
  }
  for (const row of figures.progress?.areas ?? []) {
    const label = areaLabel(row.area);
    const line = row.withheld
      ? `${label}: ${withheldText(row.withheld, lang, figures.minGroup)}`
      : reportText('progressGroup', lang, {
          area: label,
          before: row.coveredBefore,
          now: row.coveredNow,
          group: row.members.length,
        });
    expect(html).toContain(`<li>${escapeHtml(line)}</li>`);
  }
}

/** The personal page's chart: "mine / team average", or "mine / the reason" where it is left out. */
function checkPersonalHtml(input: ReportInput, html: string, rows: ReturnType<typeof personalComparison>): void {
  const { lang } = input;
  for (const { area, mine, team, withheld } of rows) {
    const right = withheld ? withheldText(withheld, lang, input.minGroup ?? 5) : oneDecimal(team!, lang);
    expect(chartRows(html, areaLabel(area))).toEqual([
      escapeHtml(`${mine === null ? '–' : oneDecimal(mine, lang)} / ${right}`),
    ]);
  }
}

/** Every report of the input checked, and every reader's attempt to derive a colleague's level. */
export function audit(input: ReportInput, reports: { anonymous: string | Error; personal: Map<string, string> }): void {
  const k = input.minGroup!;
  const everyone = [...input.reading.people, ...input.progress!.before!.people].map((person) => person.name);
  let published: Aggregate[] = [];
  if (reports.anonymous instanceof Error) {
    expect(reports.anonymous).toBeInstanceOf(ReportError);
    expect((reports.anonymous as ReportError).key).toBe('reportTooFewPeople');
    expect(input.analysis.scanned).toBeLessThan(k);
  } else {
    for (const name of everyone) expect(reports.anonymous).not.toContain(name);
    checkAnonymousHtml(input, reports.anonymous);
    published = anonymousAggregates(input, anonymousFigures(input));
    for (const reader of [undefined, ...everyone]) {
      expect(derivable(published, new Set(reader ? [reader] : []))).toEqual([]);
    }
  }
  input.reading.people.forEach((person, row) => {
    const rows = personalComparison(input, row);
    for (const comparison of rows) {
      const colleagues = comparison.members.filter((member) => member !== row).length;
      expect(comparison.withheld === undefined).toBe(colleagues >= k);
    }
    checkPersonalHtml(input, reports.personal.get(person.name)!, rows);
    // The person reads their own report beside the anonymous one, knowing their own levels.
    const own = personalAggregates(input, rows);
    expect(derivable([...published, ...own], new Set([person.name]))).toEqual([]);
  });
}

export function attempt(make: () => string): string | Error {
  try {
    return make();
  } catch (error) {
    return error as Error;
  }
}
