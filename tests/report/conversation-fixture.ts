// Fixtures of the development conversation for the report tests: a second view and a plan beside the report fixture.

import { analyze } from '../../shared/analysis/analyze';
import { readDevPlan } from '../../shared/analysis/conversation/dev-plan';
import { readSecondView } from '../../shared/analysis/conversation/second-view';
import type { CellValue } from '../../shared/matrix/grid';
import { NPULS } from '../../shared/profiles/data/npuls';
import type { ConversationReportInput } from '../../shared/report/conversation';
import { read } from '../support/grids';
import { NAMES, teamMatrix } from './fixture';

export const RATER = 'Carla <teamleider> & co';

/** The matrix's layout with other levels: Bram's Adviseur 2 apart, his Coach 3 apart. */
function secondViewOf(matrix: readonly (readonly CellValue[])[]): CellValue[][] {
  return [
    [...matrix[0]!, 'Tweede blik door'],
    ...matrix
      .slice(1)
      .map((row, r) =>
        r === 1
          ? row
              .map((cell, column) => (column === 3 ? ((cell as number) + 2) % 5 : column === 4 ? 4 : cell))
              .concat([RATER])
          : [...row.map(() => null), null],
      ),
  ];
}

export const PLAN_ROWS: CellValue[][] = [
  ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'],
  [NAMES[1]!, 'Coach', '', '', 2, 'Twee coachgesprekken voorbereiden', 'Chris Bakker', 'voor 1 maart', 'bezig'],
  [NAMES[1]!, 'Basis', '', '', 1, 'Niets meer nodig', '', '', ''],
  [NAMES[2]!, 'Innovator', '', '', 3, 'Alleen van Chris', '', '', ''],
];

/** The quickscan fixture with the conversation: Bram Jansen has a second view and two goals. */
export function conversationInput(lang: 'nl' | 'en' = 'nl'): ConversationReportInput {
  const matrix = teamMatrix();
  const reading = read(matrix);
  return {
    reading,
    analysis: analyze(reading),
    lang,
    date: '2026-12-01',
    conversation: {
      secondView: readSecondView({ values: secondViewOf(matrix) }, NPULS),
      plan: readDevPlan({ values: PLAN_ROWS }, NPULS),
    },
  };
}

/** A full scan (one column per item) of twelve, with a second view for Bram that differs on many items. */
export function fullScanInput(lang: 'nl' | 'en' = 'nl'): ConversationReportInput {
  const items = NPULS.areas.flatMap((area) => area.items.map((item) => item.id));
  const wishes = ['Ontwikkelwens Coach', 'Ontwikkelwens Adviseur'];
  const matrix: CellValue[][] = [
    ['Naam', ...items, ...wishes],
    ...NAMES.map((name, p) => [name, ...items.map((_, i) => (p * 7 + i * 3) % 5), p % 2 ? 'ja' : null, 'ja']),
  ];
  const second: CellValue[][] = [
    [...matrix[0]!, 'Tweede blik door'],
    ...matrix
      .slice(1)
      .map((row, r) =>
        r === 1
          ? [row[0]!, ...items.map((_, i) => ((row[i + 1] as number) + (i % 4)) % 5), null, null, RATER]
          : [row[0]!, ...items.map(() => null), null, null, null],
      ),
  ];
  const reading = read(matrix);
  const plan: CellValue[][] = [
    PLAN_ROWS[0]!,
    [NAMES[1]!, '', 'COA-K1', '', 3, 'Meelopen met een coachtraject', 'Chris Bakker', 'Q2', ''],
    [NAMES[1]!, '', 'ADV-V2', '', 4, 'Adviesgesprek voorbereiden en nabespreken', 'Dewi Visser', 'Q3', ''],
  ];
  return {
    reading,
    analysis: analyze(reading),
    lang,
    date: '2026-12-01',
    conversation: {
      secondView: readSecondView({ values: second }, NPULS),
      plan: readDevPlan({ values: plan }, NPULS),
    },
  };
}
