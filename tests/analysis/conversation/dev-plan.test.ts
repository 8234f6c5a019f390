// The development plan (docs/design.md#12-rounds-history-and-reports): goals read from the sheet, Nu live from the matrix, reached when it reaches Doel.

import { analyze } from '../../../shared/analysis/analyze';
import {
  goalProgress,
  goalsOf,
  goalsReachedSince,
  readDevPlan,
  saysReached,
} from '../../../shared/analysis/conversation/dev-plan';
import { ConversationError } from '../../../shared/analysis/conversation/messages';
import { goalRow, suggestGoals } from '../../../shared/analysis/conversation/suggest';
import { NPULS } from '../../../shared/profiles/data/npuls';
import { read } from '../../support/grids';

/** The refusal a read throws (fails the test if it throws nothing else). */
function errorOf(run: () => unknown): ConversationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConversationError) return error;
    throw error;
  }
  throw new Error('expected a ConversationError, nothing was thrown');
}

const PLAN = {
  values: [
    ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'],
    ['Anna', 'Adviseur', '', 1, 3, 'Meelopen bij adviesgesprekken', 'Bram', 'voor de zomer', 'open'],
    ['Anna', '', 'COA-K1', '', '2 - Bekwaam', '', '', '', 'bereikt'],
    ['Bram', 'Coach', null, null, null, 'nog bespreken', '', '', ''],
    [null, null, null, null, null, null, null, null, null],
  ],
  origin: { row: 1, column: 1, sheet: 'Ontwikkelplan' },
};

const BEFORE = read([
  ['Naam', 'Adviseur', 'Coach', 'COA-K1'],
  ['Anna', 1, 1, 1],
  ['Bram', 3, 0, 0],
]);
const NOW = read([
  ['Naam', 'Adviseur', 'Coach', 'COA-K1'],
  ['Anna', 3, 1, 1],
  ['Bram', 3, 1, 1],
]);

test('goals are read by header, an item goal knows its area, a row without Doel is a goal in the making', () => {
  const goals = readDevPlan(PLAN, NPULS);
  expect(goals.map((goal) => [goal.name, goal.area, goal.item, goal.goal, goal.withWhom, goal.sheetRow])).toEqual([
    ['Anna', 2, undefined, 3, 'Bram', 2],
    ['Anna', 3, NPULS.areas.slice(0, 3).reduce((n, area) => n + area.items.length, 0), 2, '', 3],
    ['Bram', 3, undefined, undefined, '', 4],
  ]);
});

test('English headers are read the same', () => {
  const english = {
    values: [
      ['Name', 'Area', 'Competency', 'Now', 'Goal', 'Action', 'With whom', 'When', 'Status'],
      ['Anna', 'adviseur', '', '', 4, '', '', '', ''],
    ],
  };
  expect(readDevPlan(english, NPULS)).toEqual([expect.objectContaining({ name: 'Anna', area: 2, goal: 4 })]);
});

test('Nu comes from the matrix, not from the sheet; reached only when the matrix reaches Doel', () => {
  const goals = readDevPlan(PLAN, NPULS);
  const progress = goalProgress(goals, NOW);
  expect(progress.map((goal) => [goal.now, goal.reached])).toEqual([
    [3, true],
    [1, false],
    [1, false],
  ]);
  // "bereikt" typed on a goal the matrix does not reach is shown as typed, never counted as reached.
  expect(saysReached(progress[1]!)).toBe(true);
  expect(goalsOf(progress, 'anna', true).map((goal) => goal.sheetRow)).toEqual([3]);
});

test('goals reached since a snapshot: reached now, not then', () => {
  const reached = goalsReachedSince(readDevPlan(PLAN, NOW.profile), BEFORE, NOW);
  expect(reached.map((goal) => goal.sheetRow)).toEqual([2]);
});

test('a Doel that is no level, and an area the profile lacks, are refused naming the cell and the value', () => {
  const badGoal = { ...PLAN, values: [PLAN.values[0]!, ['Anna', 'Adviseur', '', '', 'hoog', '', '', '', '']] };
  expect(errorOf(() => readDevPlan(badGoal, NPULS)).localized('nl')).toBe(
    'Cel Ontwikkelplan!E2: het doel "hoog" is geen niveau van 0 tot 4.',
  );
  const badArea = { ...PLAN, values: [PLAN.values[0]!, ['Anna', 'Sterrenkunde', '', '', 2, '', '', '', '']] };
  expect(errorOf(() => readDevPlan(badArea, NPULS)).localized('en')).toBe(
    'Cell Ontwikkelplan!B2: "Sterrenkunde" is not an area or competency of the profile npuls.',
  );
  expect(errorOf(() => readDevPlan({ values: [['Wie', 'Wat']] }, NPULS)).key).toBe('planNoHeader');
  expect(readDevPlan({ values: [[null, '']] }, NPULS)).toEqual([]);
});

test('suggestions: growth points in wished areas only, the learning pair’s mentor as met wie, planned goals left out', () => {
  const reading = read([
    ['Naam', 'ADV-K1', 'ADV-K2', 'COA-K1', 'Ontwikkelwens Adviseur', 'Ontwikkelwens Coach'],
    ['Anna', 1, 2, 0, 'ja', ''],
    ['Bram', 4, 4, 4, '', ''],
    ['Chris', 3, 3, 3, '', ''],
  ]);
  const analysis = analyze(reading);
  const mentor = analysis.pairs.find((pair) => pair.learner === 'Anna' && pair.area === 'adviseur')!.mentor;
  expect(mentor).toBeTruthy();
  const suggestions = suggestGoals(reading, analysis, 'Anna');
  const adv = NPULS.areas.slice(0, 2).reduce((n, area) => n + area.items.length, 0);
  // ADV-K1 (1) is below the threshold 2; ADV-K2 (2) is not; Coach is no wish.
  expect(suggestions).toEqual([{ name: 'Anna', area: 2, item: adv, now: 1, goal: 2, withWhom: mentor }]);
  expect(goalRow(reading, suggestions[0]!, 'nl', { when: 'Q2' })).toEqual([
    'Anna',
    NPULS.areas[2]!.name,
    'ADV-K1',
    1,
    2,
    '',
    mentor,
    'Q2',
    'open',
  ]);
  const planned = readDevPlan(
    {
      values: [
        ['Naam', 'Competentie', 'Doel'],
        ['anna', 'ADV-K1', 3],
      ],
    },
    NPULS,
  );
  expect(suggestGoals(reading, analysis, 'Anna', planned)).toEqual([]);
});
