/** @jest-environment jsdom */
// Mixed detail in the scan form (docs/design.md#4-what-the-answers-mean): after a quickscan and a re-injection at item level, the form asks
// the items only and shows the area's quick value as a read-only hint; a save never writes the quick column.

import { screen, within } from '@testing-library/react';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { readTeam } from '../../shared/scan/team';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

async function quickscannedThenItems() {
  const profile = findBuiltinProfile('npuls')!;
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  const quick = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  const innovator = quick.layout.fields.find((field) => field.key === 'innovator')!.column;
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: innovator, value: 3 }] });
  const matrix = await bridge.readSheet('Teammatrix');
  await bridge.applyPlan(
    buildWorkbookPlan({
      profile,
      detail: 'competenties',
      lang: 'nl',
      existingMatrix: matrix.grid,
      previous: { profile, detail: 'gebieden' },
    }),
  );
  const team = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  return { bridge, team, innovator };
}

test('the layout asks the items of an area that also has its own column, and keeps that column as its hint', async () => {
  const { team, innovator } = await quickscannedThenItems();
  const area = team.layout.areas.find((candidate) => candidate.id === 'innovator')!;
  expect(area.quickColumn).toBe(innovator);
  expect(team.layout.fields.some((field) => field.key === 'innovator')).toBe(false);
  expect(team.layout.fields.filter((field) => field.area === area.area).every((field) => field.kind === 'item')).toBe(
    true,
  );
});

test('the form never asks both for one area: items only, the quick value read-only beside them', async () => {
  const { bridge } = await quickscannedThenItems();
  renderPanel(bridge);
  await screen.findByTestId('scan-name');
  expect(screen.getByTestId('scan-name').textContent).toBe('Anna');
  expect(screen.queryByRole('radiogroup', { name: 'Niveau voor Innovator' })).toBeNull();
  const region = screen.getByRole('region', { name: 'Innovator' });
  expect(within(region).getAllByRole('radiogroup').length).toBeGreaterThan(1);
  expect(within(region).getByTestId('scan-quick-innovator').textContent).toBe(
    'Quickscan: 3 - Gevorderd. Alleen ter informatie: de competenties hieronder tellen zodra er één is ingevuld.',
  );
  // Bram has no quick value on Innovator: no hint.
  expect(screen.queryByTestId('scan-quick-coach')).toBeNull();
});
