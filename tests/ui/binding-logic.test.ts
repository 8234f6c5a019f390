// The binding to an own-layout matrix in the core (shared/scan/binding.ts): what it remembers, how it describes the
// table, and which changes it survives (rows sorted or inserted above) and which it reports (a header changed,
// a column deleted, the sheet deleted, a damaged record).

import fc from 'fast-check';
import type { SheetSnapshot, StoredBinding } from '../../shared/host/bridge';
import type { CellValue } from '../../shared/matrix/grid';
import { bindingOf, checkBinding, isTeamscanSheet, proposeBinding } from '../../shared/scan/binding';
import { HELPER_FORMULAS, helperFormula } from '../../shared/scan/formula-helper';

const ROWS: CellValue[][] = [
  ['Vaardigheden team 2025'],
  [],
  ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur', 'Didacticus'],
  ['Anna', 'ICT', 3, 2, 1, 0],
  ['Bram', 'OW', 2, 3, null, 1],
  ['Cem', 'OW', 1, 1, 2, 2],
];

function snapshot(values: CellValue[][], sheet = 'Blad1'): SheetSnapshot {
  return { sheet, exists: true, grid: { values, origin: { sheet, row: 1, column: 1 } } };
}

function stored(values: CellValue[][] = ROWS): StoredBinding {
  const proposal = proposeBinding(snapshot(values), undefined)!;
  return { ...proposal.place, record: proposal.record };
}

test('found by the reading rules below a title: header row, name column, counts and scale', () => {
  const proposal = proposeBinding(snapshot(ROWS), undefined)!;
  expect(proposal.place).toEqual({ sheet: 'Blad1', row: 3, column: 1, columns: 6 });
  expect(proposal.summary).toEqual({
    sheet: 'Blad1',
    headerRow: 3,
    nameHeader: 'Medewerker',
    nameColumn: 'A',
    people: 3,
    competencyColumns: 4,
    scale: '0-4',
  });
  expect(bindingOf(proposal.team).record).toBe(
    JSON.stringify({
      sheet: 'Blad1',
      row: 3,
      column: 1,
      headers: ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur', 'Didacticus'],
    }),
  );
});

test('an x/o matrix is described in its scale', () => {
  const rows: CellValue[][] = [
    ['Naam', 'Basis', 'Coach'],
    ['Anna', 'x', 'o'],
    ['Bram', 'o', 'x'],
  ];
  expect(proposeBinding(snapshot(rows), undefined)!.summary.scale).toBe('x-o');
});

test('the formula helper points at the bound range in Sheets, Excel and the preview', () => {
  const { team } = proposeBinding(snapshot(ROWS), undefined)!;
  expect(helperFormula('sheets', team, 'DEKKING')).toBe('=DEKKING(Blad1!A3:F6,2,2,"npuls")');
  expect(helperFormula('excel', team, 'DEKKING')).toBe('=TEAMSCAN.DEKKING(Blad1!A3:F6,2,2,"npuls")');
});

test('on a bound matrix in another scale the formula helper passes the scale, and the threshold in it', () => {
  const rows: CellValue[][] = [
    ['Naam', 'Basis', 'Coach'],
    ['Anna', 'X', 'o'],
    ['Bram', 'o', 'X'],
  ];
  const xo = proposeBinding(snapshot(rows), undefined)!.team;
  expect(helperFormula('sheets', xo, 'DEKKING')).toBe('=DEKKING(Blad1!A1:C3,"X",2,"npuls","x-o")');
  // Dekking's cells hold levels 0–4: on another scale the helper writes the values, in that scale.
  const dashboard = { dashboard: true, threshold: 1, target: 3 };
  expect(helperFormula('excel', xo, 'DEKKING', dashboard)).toBe('=TEAMSCAN.DEKKING(Blad1!A1:C3,"X",3,"npuls","x-o")');
  // Above held, a yes/no scale has no value: the number stays and the formula says so.
  expect(helperFormula('sheets', xo, 'WIE', { threshold: 3 })).toBe('=WIE(Blad1!A1:C3,"basis",3,"npuls","x-o")');
  const numbers = rows.map((row, r) => (r === 0 ? row : [row[0]!, 5, 1]));
  const oneToFive = proposeBinding(snapshot(numbers), undefined, 1, '1-5')!.team;
  expect(helperFormula('sheets', oneToFive, 'DEKKING', { threshold: 3 })).toBe(
    '=DEKKING(Blad1!A1:C3,4,2,"npuls","1-5")',
  );
});

test('rows sorted or inserted above keep the binding (the named range follows the header row)', () => {
  const binding = stored();
  fc.assert(
    fc.property(fc.shuffledSubarray([3, 4, 5], { minLength: 3, maxLength: 3 }), fc.nat(3), (order, inserted) => {
      const rows = [...ROWS.slice(0, 3), ...order.map((r) => ROWS[r]!)];
      const moved = [...Array.from({ length: inserted }, () => ['nieuw']), ...rows];
      const check = checkBinding({ ...binding, row: binding.row + inserted }, snapshot(moved));
      expect(check).toEqual({
        status: 'ok',
        place: { sheet: 'Blad1', row: 3 + inserted, column: 1, columns: 6 },
        scale: '0-4',
      });
    }),
  );
});

test('a deleted column or a changed header is reported naming the cell, before and after', () => {
  const binding = stored();
  const deleted = ROWS.map((row, r) => (r >= 2 ? row.filter((_, c) => c !== 1) : row));
  expect(checkBinding(binding, snapshot(deleted))).toEqual({
    status: 'headerChanged',
    cell: 'Blad1!B3',
    was: 'Afdeling',
    now: 'Basis',
  });
  const renamed = ROWS.map((row) => [...row]);
  renamed[2]![5] = 'Didactiek';
  expect(checkBinding(binding, snapshot(renamed))).toMatchObject({ cell: 'Blad1!F3', now: 'Didactiek' });
  // Case and spaces are no change.
  const spaced = ROWS.map((row) => [...row]);
  spaced[2]![0] = ' medewerker ';
  expect(checkBinding(binding, snapshot(spaced)).status).toBe('ok');
});

test('a renamed sheet is followed and said; a deleted sheet and a damaged record are reported', () => {
  const binding = stored();
  expect(checkBinding({ ...binding, sheet: 'Team' }, snapshot(ROWS, 'Team'))).toEqual({
    status: 'ok',
    place: { sheet: 'Team', row: 3, column: 1, columns: 6 },
    renamedFrom: 'Blad1',
    scale: '0-4',
  });
  const gone: SheetSnapshot = { sheet: 'Blad1', exists: false, grid: { values: [] } };
  expect(checkBinding({ ...binding, lost: true }, gone)).toEqual({ status: 'sheetMissing', sheet: 'Blad1' });
  expect(checkBinding(binding, gone)).toEqual({ status: 'sheetMissing', sheet: 'Blad1' });
  for (const record of [
    '',
    '{',
    '{"sheet":1}',
    '{"sheet":"a","row":0,"column":1,"headers":[]}',
    'null',
    '{"sheet":"a","row":1,"column":1,"headers":[],"scale":"1-6"}',
  ]) {
    expect(checkBinding({ ...binding, record }, snapshot(ROWS)).status).toBe('unreadable');
  }
});

test("Teamscan's own sheets are never bound", () => {
  for (const sheet of ['Teammatrix', 'Profiel', 'Dekking', 'Teamscan-log', 'Scan 2025-03-04']) {
    expect(isTeamscanSheet(sheet)).toBe(true);
  }
  expect(isTeamscanSheet('Blad1')).toBe(false);
});

test('the formula helper offers VOORTGANG without its optional plan, which it has no argument for', () => {
  expect(HELPER_FORMULAS).toContain('VOORTGANG');
  expect(HELPER_FORMULAS).not.toContain('ONTWIKKELPLAN');
  const { team } = proposeBinding(snapshot(ROWS), undefined)!;
  expect(helperFormula('sheets', team, 'VOORTGANG')).toBe('=VOORTGANG(Blad1!A3:F6,Blad1!A3:F6,2,2,"npuls")');
  const rows: CellValue[][] = [
    ['Naam', 'Basis', 'Coach'],
    ['Anna', 'X', 'o'],
  ];
  const xo = proposeBinding(snapshot(rows), undefined)!.team;
  // The scale stays the sixth argument; nothing is written in the plan's place after it.
  expect(helperFormula('excel', xo, 'VOORTGANG')).toBe(
    '=TEAMSCAN.VOORTGANG(Blad1!A1:C2,Blad1!A1:C2,"X",2,"npuls","x-o")',
  );
});
