// The conversation's sheets in the injected workbook (docs/design.md#12-rounds-history-and-reports): Tweede blik in step with the
// Teammatrix, Ontwikkelplan with its header; added on request, kept on every re-injection, nothing typed lost.

import type { PreviewBridge } from '../../preview/bridge';
import { cloneWorkbook, findSheet, setCell } from '../../preview/workbook';
import { readSecondView } from '../../shared/analysis/conversation/second-view';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import type { InjectionRequest } from '../../shared/workbook/build-plan';
import { buildPlanWithConversation, type ConversationRequest } from '../../shared/workbook/conversation-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { injectedBridge, rowWriteAt, writeAt } from '../preview/helpers';

const npuls = findBuiltinProfile('npuls')!;

/** Re-injects as the panel would: the sheets as they are now go into the request. */
async function reinject(
  bridge: PreviewBridge,
  request: Partial<InjectionRequest> & { conversation?: ConversationRequest },
) {
  const sheets = new Set(await bridge.listSheets());
  const grid = async (name: string) => (sheets.has(name) ? (await bridge.readSheet(name)).grid : undefined);
  const matrix = await grid(SHEET_MATRIX);
  const second = await grid(SHEET_SECOND_VIEW);
  const plan = await grid(SHEET_DEV_PLAN);
  await bridge.applyPlan(
    buildPlanWithConversation(
      {
        profile: npuls,
        detail: 'gebieden',
        lang: 'nl',
        ...(matrix ? { existingMatrix: matrix } : {}),
        ...request,
      },
      {
        ...request.conversation,
        ...(second ? { existingSecondView: second } : {}),
        ...(plan ? { existingDevPlan: plan } : {}),
      },
    ),
  );
}

test('without a request the workbook gets neither sheet', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  await reinject(bridge, {});
  expect(await bridge.listSheets()).not.toContain(SHEET_SECOND_VIEW);
  expect(await bridge.listSheets()).not.toContain(SHEET_DEV_PLAN);
});

test('on request: the second view has the matrix’s header and names plus the rater column; the plan its header', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  await reinject(bridge, { names: ['Chris'], conversation: { secondView: true, devPlan: true } });
  const matrix = (await bridge.readSheet(SHEET_MATRIX)).grid.values;
  const second = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values;
  expect(second[0]).toEqual([...matrix[0]!, 'Tweede blik door']);
  expect(second.slice(1).map((row) => row[0])).toEqual(['Anna', 'Bram', 'Chris']);
  expect((await bridge.readSheet(SHEET_DEV_PLAN)).grid.values[0]).toEqual([
    'Naam',
    'Gebied',
    'Competentie',
    'Nu',
    'Doel',
    'Actie',
    'Met wie',
    'Wanneer',
    'Status',
  ]);
});

test('English sheets get English headers; the sheet names stay Dutch, as every sheet of the workbook', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  await reinject(bridge, { lang: 'en', conversation: { secondView: true, devPlan: true } });
  const second = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values[0]!;
  expect(second.at(-1)).toBe('Second view by');
  expect((await bridge.readSheet(SHEET_DEV_PLAN)).grid.values[0]!.slice(0, 3)).toEqual(['Name', 'Area', 'Competency']);
});

test('re-injecting keeps what was typed in both sheets and keeps the names and columns in step', async () => {
  const { bridge, store } = await injectedBridge(['Anna', 'Bram']);
  await reinject(bridge, { conversation: { secondView: true, devPlan: true } });
  const header = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values[0]!;
  const adviseur = header.indexOf('Adviseur');
  const rater = header.indexOf('Tweede blik door');
  await writeAt(bridge, {
    sheet: SHEET_SECOND_VIEW,
    row: 2,
    expectedName: 'Anna',
    cells: [
      { column: adviseur, value: 3 },
      { column: rater, value: 'Carla' },
    ],
  });
  // A goal typed by hand in the plan (the user types in the grid).
  const typed = cloneWorkbook(store.workbook);
  ['Anna', 'Adviseur', '', '', 3, 'Meelopen', 'Carla', 'Q2', 'open'].forEach((value, column) => {
    setCell(findSheet(typed, SHEET_DEV_PLAN)!, 1, column, value);
  });
  store.set(typed);
  // Another round: a new person, another detail; nothing typed may go.
  await reinject(bridge, { names: ['Dirk'], detail: 'kva' });
  const second = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid;
  const after = second.values;
  expect(after[1]![adviseur]).toBe(3);
  expect(after[1]![rater]).toBe('Carla');
  expect(after.slice(1).map((row) => row[0])).toEqual(['Anna', 'Bram', 'Dirk']);
  const matrixHeader = (await bridge.readSheet(SHEET_MATRIX)).grid.values[0]!;
  // Every column of the matrix is in the second view, found by its header.
  for (const cell of matrixHeader) expect(after[0]).toContain(cell);
  expect((await bridge.readSheet(SHEET_DEV_PLAN)).grid.values[1]).toEqual([
    'Anna',
    'Adviseur',
    '',
    '',
    3,
    'Meelopen',
    'Carla',
    'Q2',
    'open',
  ]);
  const view = readSecondView(second, npuls);
  expect(view.raters.get('anna')).toBe('Carla');
});

test('preview: a save to the second view never lands in the Teammatrix, also after a matrix column was inserted', async () => {
  const { bridge, store } = await injectedBridge(['Anna', 'Bram']);
  await reinject(bridge, { conversation: { secondView: true } });
  const header = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values[0]!;
  const coach = header.indexOf('Coach');
  const loaded = await rowWriteAt(bridge, {
    sheet: SHEET_SECOND_VIEW,
    row: 3,
    expectedName: 'Bram',
    cells: [{ column: coach, value: 4 }],
  });
  // While the second view is open a colleague inserts a column in the Teammatrix (the preview's grid shifts cells).
  const edited = cloneWorkbook(store.workbook);
  const matrixSheet = findSheet(edited, SHEET_MATRIX)!;
  for (const row of matrixSheet.cells) row.splice(1, 0, 'x');
  store.set(edited);
  const matrixBefore = (await bridge.readSheet(SHEET_MATRIX)).grid.values;
  await bridge.writeRow(loaded);
  expect((await bridge.readSheet(SHEET_MATRIX)).grid.values).toEqual(matrixBefore);
  expect((await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values[2]![coach]).toBe(4);
});
