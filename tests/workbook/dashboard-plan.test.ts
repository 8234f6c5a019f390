// The Dekking sheet's plan in every host: the norms table pre-filled with formulas that follow B2 and B3, every table
// reading it, and no spilling result ever running into another block, for any profile and team size.

import fc from 'fast-check';
import { applyPlan } from '../../preview/apply-plan';
import { computeSheet } from '../../preview/evaluate';
import { emptyWorkbook, findSheet, setCell } from '../../preview/workbook';
import { resolveNorms } from '../../shared/analysis/norms';
import type { Language } from '../../shared/i18n/language';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import { NPULS } from '../../shared/profiles/data/npuls';
import { DETAILS, type Detail } from '../../shared/profiles/detail';
import type { Profile } from '../../shared/profiles/model';
import { resultBound } from '../../shared/scan/formula-spot';
import { dashboardNorms } from '../../shared/ui/coverage/settings';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { normsTableRange } from '../../shared/workbook/dashboard-layout';
import { renderCustomFormula } from '../../shared/workbook/formula-text';
import { buildNativeWorkbookPlan } from '../../shared/workbook/native';
import { type PlanRange, SHEET_DASHBOARD, type SheetPlan, type WorkbookPlan } from '../../shared/workbook/plan';

const dashboardOf = (plan: WorkbookPlan) => plan.sheets.find((sheet) => sheet.name === SHEET_DASHBOARD)!;

/** Every cell the plan writes on the sheet (0-based), keyed "row,column". */
function cellsOf(sheet: SheetPlan) {
  const cells = new Map<string, NonNullable<SheetPlan['blocks'][number]['values'][number][number]>>();
  for (const block of sheet.blocks) {
    block.values.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell !== null) cells.set(`${block.row + r},${block.column + c}`, cell);
      });
    });
  }
  return cells;
}

const overlaps = (a: PlanRange, b: PlanRange) =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;

/**
 * The rectangles the sheet's content takes for a team of `people`: a written cell is one cell, a Teamscan function
 * the most its result can spill to (formula-spot's bounds). Returns the pairs that overlap.
 */
function collisions(sheet: SheetPlan, profile: Profile, people: number, itemColumns: number): string[] {
  const areas: { what: string; range: PlanRange }[] = [];
  for (const [key, cell] of cellsOf(sheet)) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    if (typeof cell === 'object' && cell.formula.kind === 'custom') {
      const size = resultBound(cell.formula.id, { profile, people, itemColumns });
      areas.push({ what: `${cell.formula.id} at ${key}`, range: { row, column, ...size } });
    } else areas.push({ what: `cell ${key}`, range: { row, column, rows: 1, columns: 1 } });
  }
  const found: string[] = [];
  areas.forEach((a, i) => {
    for (const b of areas.slice(i + 1)) {
      if (overlaps(a.range, b.range) && (a.what.includes(' at ') || b.what.includes(' at '))) {
        found.push(`${a.what} × ${b.what}`);
      }
    }
  });
  return found;
}

const itemCount = (profile: Profile) => profile.areas.reduce((n, area) => n + area.items.length, 0);

test('no spilling table runs into another block, for every profile, detail and team size up to 2,000', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...BUILTIN_PROFILES),
      fc.constantFrom(...(DETAILS as readonly Detail[])),
      fc.constantFrom<Language>('nl', 'en'),
      fc.integer({ min: 0, max: 2000 }),
      (profile, detail, lang, people) => {
        const plan = buildWorkbookPlan({ profile, detail, lang, names: ['Anna'] });
        const items = detail === 'competenties' ? itemCount(profile) : 0;
        expect(collisions(dashboardOf(plan), profile, people, items)).toEqual([]);
      },
    ),
    { numRuns: 60 },
  );
  // The check itself finds a collision: a note typed under HIATEN would be spilled over.
  const plan = buildWorkbookPlan({ profile: NPULS, detail: 'gebieden', lang: 'nl' });
  const sheet = dashboardOf(plan);
  const withNote = { ...sheet, blocks: [...sheet.blocks, { row: 9, column: 8, values: [['eigen notitie']] }] };
  expect(collisions(withNote, NPULS, 40, 0)).toEqual([expect.stringContaining('HIATEN')]);
});

test('in the add-in-free workbook no two blocks share a cell, with the largest team the test builds', () => {
  const names = Array.from({ length: 300 }, (_, i) => `Persoon ${i + 1}`);
  for (const profile of BUILTIN_PROFILES) {
    const plan = buildNativeWorkbookPlan({ profile, detail: 'competenties', lang: 'nl', names });
    const seen = new Map<string, number>();
    dashboardOf(plan).blocks.forEach((block, index) => {
      block.values.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell === null) return;
          const key = `${block.row + r},${block.column + c}`;
          expect([key, seen.get(key)]).toEqual([key, undefined]);
          seen.set(key, index);
        });
      });
    });
    expect(seen.size).toBeGreaterThan(300 * 3);
  }
});

test.each(BUILTIN_PROFILES.map((profile) => [profile.id, profile] as const))(
  'the %s norms table is pre-filled: every area in profile order, following B2 and B3; everyone areas no Doel',
  (_, profile) => {
    const plan = buildWorkbookPlan({ profile, detail: 'gebieden', lang: 'nl' });
    const cells = cellsOf(dashboardOf(plan));
    const norms = normsTableRange(profile);
    const at = (r: number, c: number) => cells.get(`${norms.row + r},${c}`) ?? null;
    expect([at(0, 0), at(0, 1), at(0, 2)]).toEqual(['Gebied', 'Drempel', 'Doel']);
    profile.areas.forEach((area, a) => {
      expect(at(a + 1, 0)).toBe(area.role);
      expect(at(a + 1, 1)).toEqual({ formula: { kind: 'native', text: '=IF($B$2="","",$B$2)' } });
      expect(at(a + 1, 2)).toEqual(
        area.scope === 'network' ? { formula: { kind: 'native', text: '=IF($B$3="","",$B$3)' } } : null,
      );
    });
    expect(at(profile.areas.length + 1, 0)).toBeNull();
  },
);

test('DEKKING, HIATEN and SLEUTELPERSONEN take the norms table as drempel and doel, LEERKOPPELS as drempel', () => {
  const plan = buildWorkbookPlan({ profile: NPULS, detail: 'kva', lang: 'nl', names: ['Anna'] });
  const norms = normsTableRange(NPULS);
  const custom = [...cellsOf(dashboardOf(plan)).values()].flatMap((cell) =>
    typeof cell === 'object' && cell.formula.kind === 'custom' ? [cell.formula] : [],
  );
  expect(custom.map((formula) => formula.id)).toEqual(['DEKKING', 'HIATEN', 'SLEUTELPERSONEN', 'LEERKOPPELS']);
  for (const formula of custom) {
    const table = { kind: 'range', range: norms };
    expect(formula.args[1]).toEqual(table);
    if (formula.id === 'LEERKOPPELS') expect(formula.args[2]).toEqual({ kind: 'literal', value: 2 });
    else expect(formula.args[2]).toEqual(table);
  }
  const text = renderCustomFormula(custom[0]!, { host: 'excel', lang: 'nl', matrix: 'Teammatrix[#All]' });
  expect(text).toBe('=TEAMSCAN.DEKKING(Teammatrix[#All],$A$15:$C$21,$A$15:$C$21,"npuls")');
});

test('an English plan has English headers, subtitles and norms table', () => {
  const plan = buildWorkbookPlan({ profile: NPULS, detail: 'gebieden', lang: 'en' });
  const texts = [...cellsOf(dashboardOf(plan)).values()].filter((cell) => typeof cell === 'string');
  expect(texts).toEqual(
    expect.arrayContaining([
      'Area',
      'Threshold',
      'Target',
      'Norms per area',
      'Coverage per area',
      'Gaps — highest risk first',
      'Key people — whom the team cannot miss, and for what',
      'Learning pairs — who can learn from whom (at most 2 learners per mentor)',
    ]),
  );
  expect(texts).not.toEqual(expect.arrayContaining(['Gebied', 'Drempel', 'Sleutelpersonen']));
});

test('the norms the panel reads are the ones the formulas read: B2 and B3 through the table, a typed norm per area', () => {
  for (const profile of BUILTIN_PROFILES) {
    const plan = buildWorkbookPlan({ profile, detail: 'gebieden', lang: 'nl', threshold: 3, target: 1 });
    const workbook = applyPlan(emptyWorkbook(), plan);
    const read = () => {
      const sheet = dashboardNorms(SHEET_DASHBOARD, { values: computeSheet(workbook, SHEET_DASHBOARD).values });
      // What the formulas compute with: the table alone, the functions' own defaults for what it leaves empty.
      return resolveNorms(profile, { threshold: 2, target: 2 }, sheet.norms);
    };
    // An everyone area's Doel stays empty: the default, which its status does not use.
    const target = (a: number) => (profile.areas[a]!.scope === 'network' ? 1 : 2);
    expect(read()).toEqual(profile.areas.map((_, a) => ({ threshold: 3, target: target(a) })));
    const dekking = findSheet(workbook, SHEET_DASHBOARD)!;
    const last = profile.areas.length - 1;
    const row = normsTableRange(profile).row + 1 + last;
    setCell(dekking, row, 1, 'Expert');
    // B2 emptied: the table shows nothing there, which the formulas read as their default 2.
    setCell(dekking, 1, 1, null);
    expect(read()).toEqual(profile.areas.map((_, a) => ({ threshold: a === last ? 4 : 2, target: target(a) })));
  }
});
