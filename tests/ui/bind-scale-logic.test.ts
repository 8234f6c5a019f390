// A bound matrix of x/o marks (docs/design.md#3-levels-and-cell-values, other scales): the Scan form's draft reads every
// cell as the core x-o scale reader does (x held = 2, o not held = 0, never the initial O), whatever the marks' case.

import fc from 'fast-check';
import { builtInScale } from '../../shared/levels/scale';
import { proposeBinding } from '../../shared/scan/binding';
import { draftFromRow } from '../../shared/scan/draft';
import { rowValues } from '../../shared/scan/team';

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
