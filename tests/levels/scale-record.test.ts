// The scale record of a no-install workbook written from a yes/no matrix (docs/design.md#3-levels-and-cell-values):
// read from the name's formula text, and how the panel's readers take it — the Teammatrix, a snapshot and the second
// view in the record's scale (an area at its highest held item), a bound matrix in its own.

import fc from 'fast-check';
import { recordedScaleId } from '../../shared/levels/scale-record';
import { readSecondTeam } from '../../shared/scan/second-view-team';
import { readTeam } from '../../shared/scan/team';

const snapshot = (sheet: string, values: unknown[][]) => ({ sheet, exists: true, grid: { values: values as never } });
const ITEMS = ['ADV-K1', 'ADV-K2', 'ADV-V1', 'ADV-A1'];

test('the record as Excel or a .xlsx writes it: an equals sign and quotes allowed, case and outer spaces aside', () => {
  for (const text of ['="ja-nee"', '"ja-nee"', 'ja-nee', ' ="JA-NEE" ']) expect(recordedScaleId(text)).toBe('ja-nee');
  expect(recordedScaleId('="x-o"')).toBe('x-o');
  for (const text of ['="1-5"', '="0-4"', '', '=Blad1!$A$1', '="ja nee"'])
    expect(recordedScaleId(text)).toBeUndefined();
});

test('property: with the record, a person’s area level is the highest of their items; without it, the mean', () => {
  const held = fc.constantFrom(0, 2);
  fc.assert(
    fc.property(fc.array(fc.tuple(held, held, held, held), { minLength: 1, maxLength: 8 }), (levels) => {
      const values = [['Naam', ...ITEMS], ...levels.map((row, index) => [`Persoon ${index + 1}`, ...row])];
      const recorded = readTeam(snapshot('Teammatrix', values), undefined, undefined, undefined, '="ja-nee"')!;
      const plain = readTeam(snapshot('Teammatrix', values))!;
      const area = recorded.reading.profile.areas.findIndex((candidate) => candidate.id === 'adviseur');
      levels.forEach((row, index) => {
        expect(recorded.reading.people[index]!.areaLevels[area]).toBe(Math.max(...row));
        expect(plain.reading.people[index]!.areaLevels[area]).toBe(
          row.reduce<number>((sum, level) => sum + level, 0) / 4,
        );
      });
    }),
  );
});

test('a snapshot and the second view are read in the Teammatrix’s record; a bound matrix keeps its own scale', () => {
  const values = [
    ['Naam', ...ITEMS],
    ['Jan', 2, 0, 0, 0],
  ];
  const team = readTeam(snapshot('Teammatrix', values), undefined, undefined, undefined, '="x-o"')!;
  expect(team.record).toBe('="x-o"');
  const area = team.reading.profile.areas.findIndex((candidate) => candidate.id === 'adviseur');
  const earlier = readTeam(snapshot('Teammatrix (2026-01)', values), undefined, undefined, undefined, team.record)!;
  expect(earlier.reading.people[0]!.areaLevels[area]).toBe(2);
  const second = readSecondTeam(snapshot('Tweede blik', values), undefined, team.record)!;
  expect(second.reading.people[0]!.areaLevels[area]).toBe(2);
  // A bound own-layout matrix (its header row given) is read in the scale stored with its binding, not the record.
  const bound = readTeam(snapshot('Blad1', values), undefined, 1, undefined, '="ja-nee"')!;
  expect(bound.record).toBeUndefined();
  expect(bound.reading.people[0]!.areaLevels[area]).toBe(0.5);
});
