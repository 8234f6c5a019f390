/** @jest-environment jsdom */
// A bound matrix of x/o marks (docs/design.md#3-levels-and-cell-values, other scales): the Scan form's draft reads every
// cell as the core x-o scale reader does (x held = 2, o not held = 0, never the initial O), whatever the marks' case;
// a save is compare-and-set in the preview too.

import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import type { StoredCell } from '../../preview/workbook';
import { isWriteConflict } from '../../shared/host/row-write';
import { builtInScale } from '../../shared/levels/scale';
import { proposeBinding } from '../../shared/scan/binding';
import { draftFromRow } from '../../shared/scan/draft';
import { rowValues } from '../../shared/scan/team';
import { useScan } from '../../shared/ui/scan/useScan';
import { readBoundTeam } from '../../shared/ui/useTeam';
import { ownLayoutBridge } from './own-layout';

const HEADER = ['Medewerker', 'Basis', 'Coach', 'Adviseur'];
const mark = fc.constantFrom('x', 'X', 'o', 'O', ' o ', null);

test('property: every mark of a bound x/o matrix reads in the form as the x-o scale reads it', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(mark, mark, mark), { minLength: 1, maxLength: 6 }), (rows) => {
      // One x and one o, so the marks decide the scale as the reading rules say.
      const values = [['Teamscan'], HEADER, ['Anna', 'x', 'o', null], ...rows.map((row, i) => [`P${i}`, ...row])];
      const snapshot = { sheet: 'Blad1', exists: true, grid: { values } };
      const { team } = proposeBinding(snapshot, undefined, 2)!;
      expect(team.scale?.id).toBe('x-o');
      const xo = builtInScale('x-o');
      for (let r = 3; r <= values.length; r++) {
        const row = rowValues(team, r);
        const draft = draftFromRow(team.layout, row, r, true, team.scale?.read);
        for (const field of team.layout.fields) {
          const level = xo.read(row[field.column]);
          expect(draft.answers[field.key]).toBe(level < 0 ? null : level);
        }
      }
    }),
  );
});

test('a matrix on 0–4 has no other scale: the form writes there as before', () => {
  const values = [HEADER, ['Anna', 3, 2, 1]];
  const { team } = proposeBinding({ sheet: 'Blad1', exists: true, grid: { values } }, undefined, 1)!;
  expect(team.scale).toBeUndefined();
});

test('preview race: a mark typed in the bound x/o matrix between read and save is kept; nothing is written', async () => {
  const cells: StoredCell[][] = [HEADER, ['Anna', 'x', 'o', 'o']];
  const { store, bridge } = ownLayoutBridge(cells);
  const proposal = proposeBinding(await bridge.readSheet('Blad1'), undefined, 1)!;
  await bridge.saveBinding(proposal.place, proposal.record);
  const reload = async () => {
    const state = await readBoundTeam(bridge, await bridge.readSheet('Profiel'));
    return state.status === 'ready' ? state.team : undefined;
  };
  const { result } = renderHook(() => useScan(bridge, reload));
  await act(() => result.current.open(2));
  const field = (header: string) => result.current.state.person!.team.layout.fields.find((f) => f.header === header)!;
  act(() => result.current.setAnswer(field('Coach'), 2));
  act(() => result.current.setAnswer(field('Adviseur'), 2));
  // A colleague types "x" into Anna's Coach cell while the form is open.
  const sheet = store.workbook.sheets[0]!;
  store.set({ ...store.workbook, sheets: [{ ...sheet, cells: [HEADER, ['Anna', 'x', 'x', 'o']] }] });
  await act(async () => {
    expect(await result.current.save()).toBe(false);
  });
  expect(isWriteConflict(result.current.state.saveError)).toBe(true);
  expect(store.workbook.sheets[0]!.cells).toEqual([HEADER, ['Anna', 'x', 'x', 'o']]);
  // Saved again from what is there now: held is written as "x" into Adviseur only.
  act(() => result.current.setAnswer(field('Adviseur'), 2));
  await act(() => result.current.save());
  expect(store.workbook.sheets[0]!.cells).toEqual([HEADER, ['Anna', 'x', 'x', 'x']]);
});
