// Matrices shaped like four kinds of published skills matrices (DESIGN §3, §5): written here, not copied.

import type { CellValue } from '../../shared/matrix/grid';

/** The instruction lines a team template carries under its matrix, in the name column. */
export const INSTRUCTIONS: readonly string[] = [
  'Guide:',
  '1st, enter in the left columns the names of your team members',
  '2nd, enter the skills your team needs in the top row',
  '3rd, rate each person from 0 (none) to 4 (expert)',
  '4th, the totals row adds up each skill',
  'Tip: sort by a column to see who can teach it',
  'Questions? Ask your team lead.',
];

/** A 0–4 team template: title, legend, header, five people, a totals row without a name, an average, instructions. */
export function template04(): CellValue[][] {
  return [
    ['Team skills matrix', null, null, null, null, null],
    ['Legend: 0 = none, 1 = basic, 2 = competent, 3 = advanced, 4 = expert', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Name', 'Role', 'Coach', 'Adviseur', 'Didacticus', 'Innovator'],
    ['Ada', 'Lead', 4, 2, 1, 0],
    ['Ben', 'Support', 3, 1, 2, 0],
    ['Cor', 'Support', 1, 0, 4, 1],
    ['Dewi', 'Support', 2, 1, 0, 0],
    ['Eva', 'Intern', 0, 0, 1, 3],
    [null, null, 10, 4, 8, 4],
    ['Average', null, 2, 0.8, 1.6, 0.8],
    [null, null, null, null, null, null],
    ...INSTRUCTIONS.map((line) => [line, null, null, null, null, null]),
  ];
}

/** The five people of template04 with their levels on Coach, Adviseur, Didacticus, Innovator. */
export const TEMPLATE_PEOPLE = ['Ada', 'Ben', 'Cor', 'Dewi', 'Eva'];
