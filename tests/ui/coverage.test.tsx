/** @jest-environment jsdom */
// Dekking: statuses, heat map and findings equal the core's analysis; the formula helper; English.

import { screen, waitFor, within } from '@testing-library/react';
import { analyze } from '../../shared/analysis/analyze';
import { UI_MESSAGES } from '../../shared/i18n/ui-messages';
import { helperFormula } from '../../shared/scan/formula-helper';
import { readTeam } from '../../shared/scan/team';
import { dashboardNorms, normsRange } from '../../shared/ui/coverage/settings';
import { shownStatus } from '../../shared/ui/coverage/status';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

const LEVELS: Record<string, (number | string)[]> = {
  Anna: [2, 3, 1, 0, 4, 2],
  Bram: [3, 0, 2, 2, 1, 'n.v.t.'],
  Chris: [1, 2, 2, 3, 0, 1],
};

async function scannedTeam() {
  const { bridge } = await injectedBridge(Object.keys(LEVELS));
  for (const [index, [name, levels]] of Object.entries(LEVELS).entries()) {
    await writeAt(bridge, {
      row: index + 2,
      expectedName: name,
      cells: levels.map((value, c) => ({ column: 4 + c, value })),
    });
  }
  const before = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  const wish = before.layout.areas.find((area) => area.id === 'didacticus')!.wishColumn!;
  await writeAt(bridge, {
    row: 4,
    expectedName: 'Chris',
    cells: [{ column: wish, value: 'ja' }],
  });
  const team = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  return { bridge, team, analysis: analyze(team.reading) };
}

test('shows every area with the status, counts and candidates of the core analysis', async () => {
  const { bridge, analysis } = await scannedTeam();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  for (const area of analysis.areas) {
    const card = await screen.findByTestId(`area-${area.id}`);
    expect(within(card).getByText(UI_MESSAGES[`status_${shownStatus(area)}`].nl)).toBeTruthy();
    expect(within(card).getByText(`${area.covered} gedekt, ${area.scanned} gescand`)).toBeTruthy();
  }
  const findings = screen.getByTestId('findings');
  for (const area of analysis.areas.filter((a) => a.scope === 'network' && a.status !== 'gedekt')) {
    expect(within(findings).getByText(new RegExp(`^${area.role} \\(`))).toBeTruthy();
  }
  const basis = analysis.areas.find((area) => area.id === 'basis')!;
  expect(within(findings).getByText(new RegExp(`${basis.role}: ${basis.below.join(', ')}`))).toBeTruthy();
  const heat = screen.getByTestId('heat-map');
  expect(within(heat).getByLabelText('Bram, Innovator: n.v.t.')).toBeTruthy();
  expect(within(heat).getByLabelText('Anna, Innovator: 2')).toBeTruthy();
  expect(screen.getByTestId('coverage-settings').textContent).toBe(
    `Drempel 2 · doel 2 · ${analysis.scanned} van ${analysis.people} gescand`,
  );
});

test('candidates marked with a development wish say so', async () => {
  const { bridge, analysis } = await scannedTeam();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const didacticus = analysis.areas.find((area) => area.id === 'didacticus')!;
  expect(didacticus.candidates).toEqual(['Chris', 'Bram']);
  const status = UI_MESSAGES[`status_${shownStatus(didacticus)}`].nl;
  // Only who wished it is a candidate; the next step pairs the learner with a mentor or sends them outside.
  const item = await screen.findByTestId('open-didacticus');
  expect(item.textContent).toMatch(
    new RegExp(`^Didacticus \\(${status}\\): Chris \\(ontwikkelwens\\)Volgende stap: Chris`),
  );
  expect(item.textContent).not.toMatch(/Bram/);
});

test('an area nobody is scanned on is "niet gescand", with the right people, a next step and a legend', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  // Anna and Bram are scanned on Basis only; Chris not at all.
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 4, value: 3 }] });
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 4, value: 0 }] });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const card = await screen.findByTestId('area-bruggenbouwer');
  expect(within(card).getByText('niet gescand')).toBeTruthy();
  expect(within(card).queryByText('gat')).toBeNull();
  // Basis: Bram is below, and the one not scanned is Chris, not the two who were.
  expect(screen.getByTestId('basis-basis').textContent).toBe('Basis: Bram — nog niet gescand: Chris');
  const open = screen.getByTestId('open-bruggenbouwer');
  expect(open.textContent).toBe(
    'Bruggenbouwer (niet gescand): nog niemand heeft hier een ontwikkelwensVolgende stap: scan het team op Bruggenbouwer.',
  );
  const legend = screen.getByTestId('legend');
  for (const text of ['gedekt: ', 'kwetsbaar: ', 'gat: ', 'niet gescand: ', '(ontwikkelwens)', 'leeg: ']) {
    expect(legend.textContent).toContain(text);
  }
  // Level 0 is light blue in the heat map, not red.
  const zero = within(screen.getByTestId('heat-map')).getByLabelText('Bram, Basis: 0');
  const [red, , blue] = zero.style.backgroundColor.match(/\d+/g)!.map(Number);
  expect(blue).toBeGreaterThan(red!);
});

test('the formula helper puts the chosen function in the active cell in the host syntax', async () => {
  const { bridge, team } = await scannedTeam();
  bridge.select({ sheet: 'Dekking', row: 40, column: 2 });
  const insert = jest.spyOn(bridge, 'insertFormula');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.selectOptions(await screen.findByLabelText('Functie'), 'WIE');
  await user.selectOptions(screen.getByLabelText('Gebied'), 'adviseur');
  // The Dekking sheet's norms table, as the panel finds it there: the helper passes it as the sheet's formulas do.
  const norms = dashboardNorms('Dekking', (await bridge.readSheet('Dekking')).grid).norms!;
  expect(norms.origin).toEqual({ sheet: 'Dekking', row: 15, column: 1 });
  const choice = { area: 'adviseur', dashboard: true, normsRange: normsRange(norms) };
  const expected = helperFormula('preview', team, 'WIE', choice);
  expect(expected).toContain('Dekking!$A$15:$C$21');
  await waitFor(() => expect(screen.getByTestId('formula-text').textContent).toBe(expected));
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  expect(await screen.findByText('Formule gezet in Dekking!B40.')).toBeTruthy();
  expect(insert).toHaveBeenCalledWith(expected);
  const analysis = analyze(team.reading);
  const covering = analysis.areas.find((area) => area.id === 'adviseur')!.coveredBy;
  const sheet = (await bridge.readSheet('Dekking')).grid.values;
  expect(sheet.slice(39, 39 + covering.length).map((line) => line[1])).toEqual(covering);
});

test('English is selectable and every part follows', async () => {
  const { bridge } = await scannedTeam();
  const { user } = renderPanel(bridge);
  await user.selectOptions(await screen.findByLabelText('Taal'), 'en');
  expect(screen.getByRole('tab', { name: 'Insert profile' })).toBeTruthy();
  await user.click(screen.getByRole('tab', { name: 'Coverage' }));
  expect(await screen.findByText('Points of attention')).toBeTruthy();
  await user.click(screen.getByRole('tab', { name: 'Scan' }));
  expect(screen.getByRole('radiogroup', { name: 'Level for Basis' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
});

test('a workbook without Teammatrix sends Scan and Dekking to Profiel invoegen', async () => {
  const { bridge } = await injectedBridge();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const goes = await screen.findAllByRole('button', { name: 'Naar Profiel invoegen' });
  await user.click(goes[0]!);
  expect(screen.getByRole('tab', { name: 'Profiel invoegen', selected: true })).toBeTruthy();
});

test('the formula helper never writes over a name: it proposes the first free spot on Dekking, and undoes in one click', async () => {
  const { bridge } = await scannedTeam();
  bridge.select({ sheet: 'Teammatrix', row: 2, column: 1 });
  const insert = jest.spyOn(bridge, 'insertFormula');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.selectOptions(await screen.findByLabelText('Functie'), 'GEDEKT');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  const proposal = await screen.findByTestId('formula-proposal');
  expect(insert).not.toHaveBeenCalled();
  const dashboard = (await bridge.readSheet('Dekking')).grid.values;
  const free = dashboard.reduce((last, line, index) => (line.some((cell) => cell !== null) ? index + 1 : last), 0) + 2;
  expect(proposal.textContent).toBe(
    `Teammatrix!A2 ligt in de Teammatrix; daar zet Teamscan geen formule. Zetten in Dekking!A${free}, de eerste vrije plek?Daar zettenAnnuleren`,
  );
  expect((await bridge.readSheet('Teammatrix')).grid.values[1]![0]).toBe('Anna');
  await user.click(within(proposal).getByRole('button', { name: 'Daar zetten' }));
  expect(await screen.findByText(`Formule gezet in Dekking!A${free}.`)).toBeTruthy();
  expect(insert).toHaveBeenCalledTimes(1);
  expect((await bridge.readSheet('Dekking')).grid.values[free - 1]![0]).toEqual(expect.any(Number));
  await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
  expect(await screen.findByText(`Formule weggehaald uit Dekking!A${free}.`)).toBeTruthy();
  expect((await bridge.readSheet('Dekking')).grid.values[free - 1]?.[0] ?? null).toBe(null);
});

test('the formula helper refuses a cell with room too small for its table', async () => {
  const { bridge } = await scannedTeam();
  // Dekking!H40 is empty, but H41 below it holds a note: DEKKING's table would spill over it.
  bridge.editCell('Dekking', 41, 8, 'eigen notitie');
  bridge.select({ sheet: 'Dekking', row: 40, column: 8 });
  const insert = jest.spyOn(bridge, 'insertFormula');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.selectOptions(await screen.findByLabelText('Functie'), 'DEKKING');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  expect((await screen.findByTestId('formula-proposal')).textContent).toMatch(
    /^De formule heeft \d+ × 6 lege cellen nodig vanaf Dekking!H40, maar daar staat al iets/,
  );
  expect(insert).not.toHaveBeenCalled();
  expect((await bridge.readSheet('Dekking')).grid.values[40]![7]).toBe('eigen notitie');
});

test('one unreadable cell and a repeated name never block Dekking or Scan: left out, listed, linked', async () => {
  const { bridge, team } = await scannedTeam();
  const coach = team.layout.fields.find((field) => field.key === 'coach')!.column;
  bridge.editCell('Teammatrix', 3, coach + 1, 'hoog');
  bridge.editCell('Teammatrix', 5, 1, 'anna');
  const select = jest.spyOn(bridge, 'selectRow');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const part = (await screen.findByTestId('area-coach')).closest<HTMLElement>('[role="tabpanel"]')!;
  const problems = await within(part).findByTestId('read-problems');
  expect(problems.textContent).toMatch(/^2 cellen niet meegeteld/);
  expect(problems.textContent).toContain('Teammatrix!H3');
  expect(problems.textContent).toContain('"hoog"');
  expect(problems.textContent).toContain('Teammatrix!A5');
  // Dekking is computed without the cell: Bram counts as not scanned on Coach.
  const card = screen.getByTestId('area-coach');
  const lenient = analyze(readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!.reading);
  expect(card.textContent).toContain(`${lenient.areas[3]!.covered} gedekt, ${lenient.areas[3]!.scanned} gescand`);
  expect(lenient.areas[3]!.scanned).toBe(2);
  await user.click(within(problems).getByRole('button', { name: 'Ga naar Teammatrix!H3' }));
  expect(select).toHaveBeenCalledWith('Teammatrix', 3, 8);
  // Scan still opens every other person.
  await user.click(screen.getByRole('tab', { name: 'Scan' }));
  bridge.select({ sheet: 'Teammatrix', row: 4, column: 1 });
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Chris'));
  // Bram, whose own Coach cell holds "hoog", opens too: that item shows as not filled in.
  bridge.select({ sheet: 'Teammatrix', row: 3, column: 1 });
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  const bramCoach = screen.getByRole('radiogroup', { name: 'Niveau voor Coach' });
  expect(within(bramCoach).queryByRole('radio', { checked: true })).toBeNull();
});
