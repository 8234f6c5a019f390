// Typed norms are the user's data (docs/design.md#4a-norms-per-area, docs/design.md#7-the-injected-workbook): a re-injection keeps each in its area's row of the new norms
// table, matched by area, at every profile, detail and language; a norm of an area the new profile lacks is kept.

import fc from 'fast-check';
import { cloneWorkbook, findSheet, isFormula, type StoredCell, setCell } from '../../preview/workbook';
import { fillTemplate, type MessageParams } from '../../shared/i18n/message';
import { UI_MESSAGES, type UiMessageKey } from '../../shared/i18n/ui-messages';
import { matchHeader, profileIndex } from '../../shared/matrix/columns';
import { BUILTIN_PROFILES, findBuiltinProfile } from '../../shared/profiles/builtins';
import { DETAILS } from '../../shared/profiles/detail';
import type { Profile } from '../../shared/profiles/model';
import { carrySummary } from '../../shared/ui/inject/carry-summary';
import { normsTableRange } from '../../shared/workbook/dashboard-layout';
import { SHEET_DASHBOARD } from '../../shared/workbook/plan';
import { carriedCells, type Injection, panelPlan, previewBridge } from './carry-helpers';

const NPULS = findBuiltinProfile('npuls')!;
const HAN = findBuiltinProfile('han')!;
type Bridge = ReturnType<typeof previewBridge>;

function store(bridge: Bridge) {
  return (bridge as unknown as { store: { workbook: Parameters<typeof findSheet>[0]; set(w: unknown): void } }).store;
}

function typeOnDekking(bridge: Bridge, cells: readonly { row: number; column: number; value: StoredCell }[]): void {
  const next = cloneWorkbook(store(bridge).workbook);
  for (const cell of cells) setCell(findSheet(next, SHEET_DASHBOARD)!, cell.row, cell.column, cell.value);
  store(bridge).set(next);
}

const stored = (bridge: Bridge, row: number, column: number): StoredCell =>
  findSheet(store(bridge).workbook, SHEET_DASHBOARD)?.cells[row]?.[column] ?? null;

/** The norms-table cell (0-based) of an area's Drempel (field 1) or Doel (field 2). */
const normCell = (profile: Profile, area: number, field: 1 | 2) => {
  const table = normsTableRange(profile);
  return { row: table.row + 1 + area, column: field };
};

const translate = (lang: 'nl' | 'en') => (key: UiMessageKey, params?: MessageParams) =>
  fillTemplate(UI_MESSAGES[key][lang], params ?? {});

const injection = fc.record({
  profile: fc.constantFrom(...BUILTIN_PROFILES),
  detail: fc.constantFrom(...DETAILS),
  lang: fc.constantFrom('nl' as const, 'en' as const),
});

describe('typed norms on re-injection', () => {
  it('keeps every typed norm in its area row of the new table, at any profile, detail and language', async () => {
    await fc.assert(
      fc.asyncProperty(
        injection,
        injection,
        fc.array(fc.record({ area: fc.nat(9), field: fc.constantFrom(1 as const, 2 as const), value: fc.nat(4) }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (first, second, wanted) => {
          const bridge = previewBridge();
          await bridge.applyPlan(await panelPlan(bridge, { ...first, names: ['Anna', 'Bram'] }));
          const typed = new Map<string, { area: number; field: 1 | 2; value: number }>();
          for (const norm of wanted) {
            const area = norm.area % first.profile.areas.length;
            typed.set(`${area},${norm.field}`, { ...norm, area });
          }
          typeOnDekking(
            bridge,
            [...typed.values()].map((norm) => ({
              ...normCell(first.profile, norm.area, norm.field),
              value: norm.value,
            })),
          );
          const plan = await panelPlan(bridge, { ...second, names: ['Chris'] }, first);
          await bridge.applyPlan(plan);
          const carried = carriedCells(plan);
          const index = profileIndex(second.profile);
          for (const norm of typed.values()) {
            const label = first.profile.areas[norm.area]!.role;
            const match = matchHeader(index, label);
            if (match?.kind === 'area') {
              // In its area's row of the new table, whatever row that is now.
              const at = normCell(second.profile, match.area, norm.field);
              expect(stored(bridge, at.row, at.column)).toBe(norm.value);
            } else {
              // An area the new profile lacks: the user's cell, kept with its label beside it.
              const from = normCell(first.profile, norm.area, norm.field);
              const cell = carried.find((c) => c.row === from.row && c.column === from.column)!;
              expect(cell.norm).toEqual({ area: label, kept: false });
              expect(stored(bridge, cell.to.row, cell.to.column)).toBe(norm.value);
            }
          }
          // The other areas still follow B2/B3 (only formula cells Teamscan wrote are renewed).
          second.profile.areas.forEach((area, a) => {
            const fromFirst = first.profile.areas.findIndex((old) => {
              const match = matchHeader(index, old.role);
              return match?.kind === 'area' && match.area === a;
            });
            for (const field of [1, 2] as const) {
              if (typed.has(`${fromFirst},${field}`)) continue;
              if (field === 2 && area.scope === 'everyone') continue;
              const at = normCell(second.profile, a, field);
              expect(isFormula(stored(bridge, at.row, at.column))).toBe(true);
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('does not move B17=4, B19=3, C21=5 to T17/T19/T21 when a name is added, and says which norms stay', async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: ['Anna', 'Bram'] };
    await bridge.applyPlan(await panelPlan(bridge, first));
    // Rows 17, 19 and 21 (1-based) are Bruggenbouwer, Coach and Innovator in npuls' norms table.
    expect(normsTableRange(NPULS).row).toBe(14);
    typeOnDekking(bridge, [
      { row: 16, column: 1, value: 4 },
      { row: 18, column: 1, value: 3 },
      { row: 20, column: 2, value: 5 },
    ]);
    const plan = await panelPlan(bridge, { ...first, names: ['Chris'] }, first);
    expect(carrySummary(plan, translate('nl'))).toEqual([
      'Eigen normen blijven bij hun gebied: Bruggenbouwer, Coach, Innovator',
    ]);
    expect(carrySummary(plan, translate('en'))).toEqual([
      'Your own norms stay with their area: Bruggenbouwer, Coach, Innovator',
    ]);
    await bridge.applyPlan(plan);
    expect([stored(bridge, 16, 1), stored(bridge, 18, 1), stored(bridge, 20, 2)]).toEqual([4, 3, 5]);
    for (const column of [18, 19, 20])
      expect([16, 18, 20].map((row) => stored(bridge, row, column))).toEqual([null, null, null]);
    // A second re-injection keeps them again (they are read back as typed norms).
    const again = await panelPlan(bridge, { ...first, detail: 'competenties', lang: 'en', names: [] }, first);
    await bridge.applyPlan(again);
    expect([stored(bridge, 16, 1), stored(bridge, 18, 1), stored(bridge, 20, 2)]).toEqual([4, 3, 5]);
  });

  it("keeps a norm of an area the new profile lacks as the user's cell, with its label, and says so", async () => {
    const bridge = previewBridge();
    const first: Injection = { profile: NPULS, detail: 'gebieden', lang: 'nl', names: ['Anna'] };
    await bridge.applyPlan(await panelPlan(bridge, first));
    const coach = normCell(
      NPULS,
      NPULS.areas.findIndex((area) => area.id === 'coach'),
      1,
    );
    typeOnDekking(bridge, [{ ...coach, value: 4 }]);
    const plan = await panelPlan(bridge, { profile: HAN, detail: 'gebieden', lang: 'nl', names: [] }, first);
    const cell = carriedCells(plan).find((c) => c.row === coach.row && c.column === coach.column)!;
    const to = `Dekking!${String.fromCharCode(65 + cell.to.column)}${cell.to.row + 1}`;
    expect(carrySummary(plan, translate('nl'))).toContain(
      `De norm in Dekking!B${coach.row + 1} hoort bij Coach, dat dit profiel niet heeft: die blijft staan als eigen cel in ${to}`,
    );
    await bridge.applyPlan(plan);
    expect(stored(bridge, cell.to.row, cell.to.column)).toBe(4);
    const label = carriedCells(plan).find((c) => c.row === coach.row && c.column === 0)!;
    expect(stored(bridge, label.to.row, label.to.column)).toBe('Coach');
  });
});
