// Re-injection keeps the user's own cells on Profiel and Dekking (docs/design.md#7-the-injected-workbook), carries nothing Teamscan wrote, and
// refuses a plan whose read is stale; checked through the preview, which applies the core's plans as they are.

import fc from 'fast-check';
import { cloneWorkbook, findSheet, type StoredCell, setCell } from '../../preview/workbook';
import { fillTemplate, type MessageParams, TeamscanError } from '../../shared/i18n/message';
import { UI_MESSAGES, type UiMessageKey } from '../../shared/i18n/ui-messages';
import { BUILTIN_PROFILES, findBuiltinProfile } from '../../shared/profiles/builtins';
import { DETAILS } from '../../shared/profiles/detail';
import { carrySummary } from '../../shared/ui/inject/carry-summary';
import { SHEET_DASHBOARD, SHEET_PROFILE } from '../../shared/workbook/plan';
import { carriedCells, type Injection, panelPlan, previewBridge } from './carry-helpers';

const NPULS = findBuiltinProfile('npuls')!;
const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi'];

const injection = fc.record({
  profile: fc.constantFrom(...BUILTIN_PROFILES),
  detail: fc.constantFrom(...DETAILS),
  lang: fc.constantFrom('nl' as const, 'en' as const),
  names: fc.subarray(NAMES),
});

/** Types cells into the preview's workbook as a user would (stored as typed: text, number, date or formula). */
function type(bridge: ReturnType<typeof previewBridge>, cells: readonly UserCell[]): void {
  const store = (bridge as unknown as { store: { workbook: never; set(w: unknown): void } }).store;
  const next = cloneWorkbook(store.workbook);
  for (const cell of cells) setCell(findSheet(next, cell.sheet)!, cell.row, cell.column, cell.value);
  store.set(next);
}

function workbookOf(bridge: ReturnType<typeof previewBridge>) {
  return (bridge as unknown as { store: { workbook: Parameters<typeof findSheet>[0] } }).store.workbook;
}

function stored(bridge: ReturnType<typeof previewBridge>, sheet: string, row: number, column: number): StoredCell {
  const store = (bridge as unknown as { store: { workbook: never } }).store;
  return findSheet(store.workbook, sheet)?.cells[row]?.[column] ?? null;
}

interface UserCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: StoredCell;
}

const userValue = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }).map((text) => `notitie ${text}`),
  fc.integer({ min: -5000, max: 5000 }),
  fc.constant<StoredCell>({ formula: '=SUM(B2:B3)' }),
  fc.constant<StoredCell>({ date: '2025-02-03T00:00:00.000Z' }),
  fc.constant('=geen formule'),
);

describe('carry-over on re-injection', () => {
  it('re-injecting sheets nobody edited carries nothing, at every profile, detail and language', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(injection, { minLength: 2, maxLength: 4 }), async (steps) => {
        const bridge = previewBridge();
        let previous: Injection | undefined;
        let last: unknown;
        for (const step of steps) {
          const plan = await panelPlan(bridge, step, previous);
          expect(carriedCells(plan)).toEqual([]);
          await bridge.applyPlan(plan);
          // The same injection again is the same plan: nothing of the first one is read back as the user's, and
          // the preview's Profiel and Dekking come out as they were.
          const again = await panelPlan(bridge, { ...step, names: [] }, step);
          expect(carriedCells(again)).toEqual([]);
          const replaced = () =>
            JSON.stringify([SHEET_PROFILE, SHEET_DASHBOARD].map((name) => findSheet(workbookOf(bridge), name)?.cells));
          const before = replaced();
          await bridge.applyPlan(again);
          expect(replaced()).toBe(before);
          last = again;
          previous = step;
        }
        expect(last).toBeDefined();
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("keeps random user cells at their place or the place it announces, and carries only the user's", async () => {
    await fc.assert(
      fc.asyncProperty(
        injection,
        injection,
        fc.array(
          fc.record({
            sheet: fc.constantFrom(SHEET_PROFILE, SHEET_DASHBOARD),
            row: fc.integer({ min: 0, max: 160 }),
            column: fc.integer({ min: 0, max: 18 }),
            value: userValue,
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (first, second, wanted) => {
          const bridge = previewBridge();
          await bridge.applyPlan(await panelPlan(bridge, first));
          // Only empty cells with an empty cell (or nothing) above them: a note right under a table that grows
          // with the team is read as part of it (docs/decisions.md).
          const seen = new Set<string>();
          const user: UserCell[] = [];
          for (const cell of wanted) {
            const values = (await bridge.readSheet(cell.sheet)).grid.values;
            const empty = (r: number) => {
              const value = values[r]?.[cell.column];
              return value === null || value === undefined || value === '';
            };
            const key = `${cell.sheet}!${cell.row},${cell.column}`;
            if (!empty(cell.row) || (cell.row > 0 && !empty(cell.row - 1)) || seen.has(key)) continue;
            if (user.some((u) => u.sheet === cell.sheet && u.column === cell.column && u.row === cell.row - 1)) {
              continue;
            }
            seen.add(key);
            user.push(cell);
          }
          type(bridge, user);
          const plan = await panelPlan(bridge, second, first);
          const carried = carriedCells(plan);
          const from = (c: { sheet: string; row: number; column: number }) => `${c.sheet}!${c.row},${c.column}`;
          // A norm typed for an area the next layout lacks goes with its area's label, so it still says whose it
          // was (docs/design.md#7-the-injected-workbook): that label is carried too, once per row.
          const labels = carried
            .filter((c) => c.norm && !c.norm.kept)
            .map((c) => from({ sheet: c.sheet, row: c.row, column: 0 }));
          const expected = [...new Set([...user.map(from), ...labels])].sort();
          expect(carried.map(from).sort()).toEqual(expected);
          await bridge.applyPlan(plan);
          for (const cell of user) {
            const moved = carried.find((c) => from(c) === from(cell))!;
            expect(stored(bridge, cell.sheet, moved.to.row, moved.to.column)).toEqual(cell.value);
          }
          // What the plan carries, once applied and read back, is the user's again (and nothing more).
          const again = await panelPlan(bridge, second, second);
          expect(carriedCells(again)).toHaveLength(expected.length);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('moves a note under a table that grows at the new detail right of the footprint, and says where', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    type(bridge, [
      { sheet: SHEET_DASHBOARD, row: 19, column: 7, value: 'let op: Bram met verlof' },
      { sheet: SHEET_DASHBOARD, row: 2, column: 12, value: 'notitie M3' },
      { sheet: SHEET_DASHBOARD, row: 3, column: 12, value: { formula: '=SUM(B2:B3)' } },
      { sheet: SHEET_PROFILE, row: 200, column: 0, value: 'eigen aantekening onder de tabel' },
    ]);
    const plan = await panelPlan(bridge, { ...first, detail: 'competenties', names: [] }, first);
    const carried = carriedCells(plan);
    expect(carried).toHaveLength(4);
    const note = carried.find((cell) => cell.row === 19 && cell.column === 7)!;
    expect(note.to.row).toBe(19);
    expect(note.to.column).toBeGreaterThan(9);
    await bridge.applyPlan(plan);
    expect(stored(bridge, SHEET_DASHBOARD, 19, note.to.column)).toBe('let op: Bram met verlof');
    expect(stored(bridge, SHEET_DASHBOARD, 2, 12)).toBe('notitie M3');
    expect(stored(bridge, SHEET_DASHBOARD, 3, 12)).toEqual({ formula: '=SUM(B2:B3)' });
    expect(stored(bridge, SHEET_PROFILE, 200, 0)).toBe('eigen aantekening onder de tabel');
  });

  it('keeps a note typed right under the HIATEN table, with no empty row between', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    // Anna and Bram cover three areas, so HIATEN (from H6) shows fewer rows than it could: its bound reaches
    // below the note, which must not be taken for a row of the table.
    type(
      bridge,
      [1, 2].flatMap((row) => [5, 6, 7].map((column) => ({ sheet: 'Teammatrix', row, column, value: 3 }))),
    );
    const dekking = (await bridge.readSheet(SHEET_DASHBOARD)).grid.values;
    const end = dekking.findIndex((line, row) => row > 5 && (line[7] ?? null) === null);
    expect(end).toBeLessThan(5 + 1 + NPULS.areas.length);
    type(bridge, [{ sheet: SHEET_DASHBOARD, row: end, column: 7, value: 'let op: Dewi begint in maart' }]);
    const plan = await panelPlan(bridge, first, first);
    const carried = carriedCells(plan);
    expect(carried.map((cell) => [cell.row, cell.column, cell.value])).toEqual([
      [end, 7, 'let op: Dewi begint in maart'],
    ]);
    await bridge.applyPlan(plan);
    const { to } = carried[0]!;
    expect(stored(bridge, SHEET_DASHBOARD, to.row, to.column)).toBe('let op: Dewi begint in maart');
  });

  it("takes a table's closing note on unreadable cells as the table's own, not as a note to carry", async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    // docs/design.md#6-the-formulas: "hoog" is no level, so DEKKING, HIATEN and the other tables end with a "Niet meegeteld" row.
    type(bridge, [{ sheet: 'Teammatrix', row: 1, column: 5, value: 'hoog' }]);
    const dekking = (await bridge.readSheet(SHEET_DASHBOARD)).grid.values;
    const notes = dekking.flat().filter((value) => typeof value === 'string' && value.startsWith('Niet meegeteld:'));
    expect(notes.length).toBeGreaterThan(0);
    const plan = await panelPlan(bridge, first, first);
    expect(carriedCells(plan)).toEqual([]);
  });

  it('says before Invoegen how many cells stay and where a moved one goes, in Dutch and English', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    type(bridge, [
      { sheet: SHEET_DASHBOARD, row: 19, column: 7, value: 'onder de hiaten' },
      { sheet: SHEET_DASHBOARD, row: 2, column: 12, value: 'M3' },
      { sheet: SHEET_PROFILE, row: 200, column: 0, value: 'A201' },
    ]);
    const plan = await panelPlan(bridge, { ...first, detail: 'competenties', names: [] }, first);
    const to = carriedCells(plan).find((cell) => cell.row === 19)!.to;
    const target = `Dekking!${String.fromCharCode(65 + to.column)}20`;
    const translate = (lang: 'nl' | 'en') => (key: UiMessageKey, params?: MessageParams) =>
      fillTemplate(UI_MESSAGES[key][lang], params ?? {});
    expect(carrySummary(plan, translate('nl'))).toEqual([
      '1 eigen cel op Profiel blijft staan',
      `2 eigen cellen op Dekking blijven staan; Dekking!H20 gaat naar ${target}`,
    ]);
    expect(carrySummary(plan, translate('en'))).toEqual([
      '1 cell of your own on Profiel is kept',
      `2 cells of your own on Dekking are kept; Dekking!H20 moves to ${target}`,
    ]);
  });

  it('keeps a text starting with "=" as text and a date as a date', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'en', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    type(bridge, [
      { sheet: SHEET_DASHBOARD, row: 40, column: 3, value: '=not a formula' },
      { sheet: SHEET_DASHBOARD, row: 41, column: 3, value: { date: '2025-02-03T09:00:00.000Z' } },
    ]);
    const plan = await panelPlan(bridge, first, first);
    const dekking = plan.sheets.find((sheet) => sheet.name === SHEET_DASHBOARD)!;
    expect(dekking.blocks.some((block) => block.values.some((line) => line.includes('=not a formula')))).toBe(true);
    expect(dekking.styles).toContainEqual({ range: { row: 41, column: 3, rows: 1, columns: 1 }, style: 'date' });
    await bridge.applyPlan(plan);
    expect(stored(bridge, SHEET_DASHBOARD, 40, 3)).toBe('=not a formula');
    expect(stored(bridge, SHEET_DASHBOARD, 41, 3)).toEqual({ date: '2025-02-03T09:00:00.000Z' });
  });

  it('refuses a plan when a colleague typed on Dekking after the read, and changes nothing', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    const plan = await panelPlan(bridge, { ...first, detail: 'kva', names: [] }, first);
    type(bridge, [{ sheet: SHEET_DASHBOARD, row: 9, column: 12, value: 'net getypt' }]);
    const before = JSON.stringify((bridge as unknown as { store: { workbook: unknown } }).store.workbook);
    await expect(bridge.applyPlan(plan)).rejects.toThrow(TeamscanError);
    await expect(bridge.applyPlan(plan)).rejects.toThrow(/Dekking.*M10/);
    expect(JSON.stringify((bridge as unknown as { store: { workbook: unknown } }).store.workbook)).toBe(before);
  });

  it('refuses when a carried cell was changed or emptied since the read', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: NAMES };
    await bridge.applyPlan(await panelPlan(bridge, first));
    type(bridge, [{ sheet: SHEET_PROFILE, row: 150, column: 1, value: 'oud' }]);
    const plan = await panelPlan(bridge, first, first);
    type(bridge, [{ sheet: SHEET_PROFILE, row: 150, column: 1, value: 'nieuw' }]);
    await expect(bridge.applyPlan(plan)).rejects.toThrow(/Profiel.*B151/);
    type(bridge, [{ sheet: SHEET_PROFILE, row: 150, column: 1, value: null }]);
    await expect(bridge.applyPlan(plan)).rejects.toThrow(/B151/);
  });
});
