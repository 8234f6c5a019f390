// Matrices shaped like four kinds of published skills matrices (docs/design.md#3-levels-and-cell-values, docs/design.md#5-reading-a-matrix): written here, not copied.

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

/** An x/o matrix whose name column is "Login": x = has the skill, o = has not. */
export function loginXo(): CellValue[][] {
  return [
    ['Login', 'Team', 'Coach', 'Adviseur', 'Didacticus', 'Innovator'],
    ['ajansen', 'A', 'x', 'o', 'o', 'o'],
    ['bdevries', 'A', 'o', 'x', 'o', 'o'],
    ['cbakker', 'B', 'o', 'o', 'o', 'x'],
    ['dsmit', 'B', 'x', 'o', 'x', 'o'],
    ['epratama', 'B', 'o', 'o', 'o', 'o'],
  ];
}

/** 44 people × items of 0/1 with a numeric ID column first and the names in "ID-name", as a CSV text. */
export function idNameCsv(items: readonly string[]): string {
  const lines = [['ID', 'ID-name', ...items].join(';')];
  for (let p = 0; p < 44; p++) {
    const held = items.map((_, i) => ((p * 7 + i * 3) % 5 === 0 ? 1 : 0));
    lines.push([String(10 + p), `Person ${String.fromCharCode(65 + (p % 26))}${p}`, ...held].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

/** A 1–5 matrix with skills as rows and people as columns, the required level beside each skill. */
export function skillsAsRows15(): CellValue[][] {
  return [
    ['Skill', 'Required', 'Anna', 'Bram', 'Chris', 'Dewi'],
    ['Coach', 3, 4, 2, 5, 1],
    ['Adviseur', 4, 3, 3, 2, 1],
    ['Didacticus', 2, 5, 1, 1, 3],
    ['Innovator', 3, 1, 1, 4, 2],
  ];
}
