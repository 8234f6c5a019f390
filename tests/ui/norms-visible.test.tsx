/** @jest-environment jsdom */
// Per-area norms are visible where they apply (docs/design.md#4a-norms-per-area): each card and the heat map's header show the area's own
// threshold and target, marked when it differs from the default; the report header names own norms; a learning
// pair without a mentor says what level a mentor needs.

import { screen, within } from '@testing-library/react';
import { analyze } from '../../shared/analysis/analyze';
import { teamReport } from '../../shared/report';
import { readTeam } from '../../shared/scan/team';
import { dashboardNorms, dashboardOptions } from '../../shared/ui/coverage/settings';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

/** Anna and Bram at 2 everywhere, Chris at 1 with a wish for Coach; Dekking gives Bruggenbouwer 4, Coach 3. */
async function teamWithNorms() {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  for (const [index, level] of [2, 2, 1].entries()) {
    await writeAt(bridge, {
      row: index + 2,
      expectedName: ['Anna', 'Bram', 'Chris'][index]!,
      cells: [4, 5, 6, 7, 8, 9].map((column) => ({ column, value: level })),
    });
  }
  const team = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  const wish = team.layout.areas.find((area) => area.id === 'coach')!.wishColumn!;
  await writeAt(bridge, { row: 4, expectedName: 'Chris', cells: [{ column: wish, value: 'ja' }] });
  // Typed over the norms table's defaults: Bruggenbouwer's threshold (B17) and Coach's threshold (B19).
  bridge.editCell('Dekking', 17, 2, '4');
  bridge.editCell('Dekking', 19, 2, '3');
  return bridge;
}

test('cards and heat map header show each area’s own norm, marked where it is not the default', async () => {
  const bridge = await teamWithNorms();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  expect((await screen.findByTestId('area-norm-bruggenbouwer')).textContent).toBe('drempel 4 · doel 2 · eigen norm');
  expect(screen.getByTestId('area-norm-coach').textContent).toBe('drempel 3 · doel 2 · eigen norm');
  expect(screen.getByTestId('area-norm-adviseur').textContent).toBe('drempel 2 · doel 2');
  expect(screen.getByTestId('area-norm-basis').textContent).toBe('drempel 2');
  // Innovator is covered by two at 2; Bruggenbouwer, with its threshold of 4, by nobody: no contradiction.
  expect(within(screen.getByTestId('area-bruggenbouwer')).getByText('0 gedekt, 3 gescand')).toBeTruthy();
  const header = screen.getByTestId('heat-norm-bruggenbouwer');
  expect(header.getAttribute('title')).toBe('Bruggenbouwer: gat; drempel 4 · doel 2 (eigen norm)');
  expect(within(header).getByRole('img', { name: 'drempel 4 · doel 2 (eigen norm)' }).textContent).toBe('≥4*');
  expect(
    within(screen.getByTestId('heat-norm-adviseur')).getByRole('img', { name: 'drempel 2 · doel 2' }).textContent,
  ).toBe('≥2');
});

test('a learner without a mentor: the line says the level a mentor needs at the area’s own threshold', async () => {
  const bridge = await teamWithNorms();
  const { user } = renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Coverage' }));
  const pairs = await screen.findByTestId('learning-pairs');
  // Coach's threshold is 3, so a mentor needs 4 (min(4, max(3, t + 1))); Anna and Bram are at 2.
  expect(within(pairs).getByText(/^Coach: Chris/).textContent).toBe(
    'Coach: Chris — a mentor needs level 4 and nobody in the team has it: look outside the team',
  );
});

test('the team report’s header names the own norms beside the defaults', async () => {
  const bridge = await teamWithNorms();
  const team = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  const dekking = await bridge.readSheet('Dekking');
  const analysis = analyze(team.reading, dashboardOptions(dashboardNorms('Dekking', dekking.grid)));
  const html = teamReport({ reading: team.reading, analysis, lang: 'nl', date: '2026-12-07' });
  expect(html).toContain(
    'drempel 2, doel 2 · 2026-12-07 · eigen normen: Bruggenbouwer drempel 4, doel 2; Coach drempel 3, doel 2',
  );
});
