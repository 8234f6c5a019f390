// Skills as rows, people as columns (docs/design.md#5-reading-a-matrix): refused naming --transponeer, and read when turned.

import { analyze } from '../../shared/analysis/analyze';
import { builtInScale } from '../../shared/levels/scale';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { transposeGrid } from '../../shared/matrix/transpose';
import { NPULS } from '../../shared/profiles/data/npuls';
import { skillsAsRows15 } from '../support/existing-layouts';
import { errorOf, read } from '../support/grids';

describe('skills as rows', () => {
  test('is refused with the option and the formula that read it', () => {
    const error = errorOf(() => read(skillsAsRows15()));
    expect(error.detail.key).toBe('transposedMatrix');
    expect(error.localized('nl')).toBe(
      'In A1:F5 staan de competenties onder elkaar (bijv. cel A2: "Coach") en de mensen naast elkaar in de kopregel. Lees het gekanteld: met --transponeer (teamscan), of in een formule met TRANSPONEREN(bereik) (Engels: TRANSPOSE) als matrix.',
    );
  });

  test('turned, it reads the people in the 1–5 scale, the Required row left out; cells keep their sheet address', () => {
    const turned = transposeGrid({ values: skillsAsRows15(), origin: { sheet: 'Skills', row: 1, column: 1 } });
    const reading = readMatrix(locateMatrix(turned, NPULS), NPULS, { scale: builtInScale('1-5') });
    expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram', 'Chris', 'Dewi']);
    expect(reading.warnings.map((warning) => warning.key)).toEqual(['nameColumnChosen', 'totalsRow']);
    expect(reading.columns.find((column) => column.header === 'Adviseur')!.address).toBe('Skills!A3');
    const coach = analyze(reading).areas.find((area) => area.id === 'coach')!;
    expect([coach.covered, coach.expert]).toEqual([2, 1]);
    const bad = skillsAsRows15();
    bad[2]![3] = 9;
    const error = errorOf(() =>
      readMatrix(locateMatrix(transposeGrid({ values: bad }), NPULS), NPULS, { scale: builtInScale('1-5') }),
    );
    expect(error.localized('en')).toBe('Cell D3: 9 is not a value of the scale 1-5: 1 … 5, n/a or empty.');
  });
});

describe('a matrix that matches no profile', () => {
  test('says how to write a custom profile and gives the profile’s own names as examples', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'SQL', 'Python'],
        ['Anna', 2, 3],
      ]),
    );
    expect(error.localized('nl')).toContain(
      'een kop moet een gebied (bijv. Basis), een code (BAS-K) of een competentie (BAS-K1) noemen',
    );
    expect(error.localized('nl')).toContain('met --profiel BESTAND');
  });
});
