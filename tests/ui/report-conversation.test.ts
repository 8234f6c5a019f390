// The panel's personal report with the development conversation (docs/design.md#the-development-conversation): the workbook's
// Tweede blik and Ontwikkelplan go into that person's report only, in Dutch and English.

import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import { readTeam } from '../../shared/scan/team';
import { makeReport } from '../../shared/ui/report/make-report';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { addConversationSheets, FIXED_NOW, injectedBridge, writeAt } from '../preview/helpers';

async function workbook() {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  await addConversationSheets(bridge, { secondView: true, devPlan: true });
  const header = (await bridge.readSheet(SHEET_MATRIX)).grid.values[0]!;
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: header.indexOf('Coach'), value: 1 }] });
  const second = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values[0]!;
  await writeAt(bridge, {
    sheet: SHEET_SECOND_VIEW,
    row: 3,
    expectedName: 'Bram',
    cells: [
      { column: second.indexOf('Coach'), value: 4 },
      { column: second.indexOf('Tweede blik door'), value: 'Carla' },
    ],
  });
  const team = readTeam(await bridge.readSheet(SHEET_MATRIX), await bridge.readSheet('Profiel'))!;
  return { bridge, team };
}

test('nl: Bram’s report shows self beside the second view, the difference first; the team report does not', async () => {
  const { bridge, team } = await workbook();
  const personal = await makeReport(bridge, team, { kind: 'personal', name: 'Bram' }, 'nl', FIXED_NOW);
  expect(personal.html).toContain('Coach: zelf 1, tweede blik 4');
  expect(personal.html).toContain('Tweede blik door Carla');
  expect(personal.html).toContain('Ontwikkelplan');
  const anna = await makeReport(bridge, team, { kind: 'personal', name: 'Anna' }, 'nl', FIXED_NOW);
  expect(anna.html).not.toContain('Carla');
  const teamReport = await makeReport(bridge, team, { kind: 'team' }, 'nl', FIXED_NOW);
  expect(teamReport.html).not.toContain('Carla');
  expect(await bridge.listSheets()).toContain(SHEET_DEV_PLAN);
});

test('en: the same in English', async () => {
  const { bridge, team } = await workbook();
  const personal = await makeReport(bridge, team, { kind: 'personal', name: 'Bram' }, 'en', FIXED_NOW);
  expect(personal.html).toContain('Coach: self 1, second view 4');
  expect(personal.html).toContain('Second view by Carla');
});
