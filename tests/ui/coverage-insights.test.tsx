/** @jest-environment jsdom */
// Dekking's insights (docs/design.md#4b-insights-beyond-coverage): gaps by risk with what the risk means, key people, learning pairs; norms from the sheet.

import { screen, waitFor, within } from '@testing-library/react';
import { analyze } from '../../shared/analysis/analyze';
import { byRisk } from '../../shared/analysis/insights';
import type { HostBridge } from '../../shared/host/bridge';
import { profileIndex } from '../../shared/matrix/columns';
import type { Profile } from '../../shared/profiles/model';
import { readTeam } from '../../shared/scan/team';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

// Levels on Basis, Bruggenbouwer, Adviseur, Coach, Didacticus, Innovator (columns E to J).
const LEVELS: Record<string, number[]> = {
  Anna: [2, 4, 4, 1, 0, 4],
  Bram: [3, 2, 0, 2, 1, 0],
  Chris: [2, 0, 1, 0, 0, 1],
  Dewi: [2, 0, 3, 0, 1, 0],
};
const WISHES: Record<string, string[]> = {
  Bram: ['adviseur'],
  Chris: ['coach', 'didacticus', 'innovator'],
  Dewi: ['innovator'],
};
const NAMES = Object.keys(LEVELS);

async function readBack(bridge: HostBridge) {
  return readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
}

async function teamWithWishes() {
  const { bridge } = await injectedBridge(NAMES);
  const layout = (await readBack(bridge)).layout;
  for (const [index, name] of NAMES.entries()) {
    const wishes = (WISHES[name] ?? []).map((id) => ({
      column: layout.areas.find((area) => area.id === id)!.wishColumn!,
      value: 'ja',
    }));
    await writeAt(bridge, {
      row: index + 2,
      expectedName: name,
      cells: [...LEVELS[name]!.map((value, c) => ({ column: 4 + c, value })), ...wishes],
    });
  }
  const team = await readBack(bridge);
  return { bridge, team, analysis: analyze(team.reading) };
}

const itemText = (profile: Profile, id: string) =>
  profileIndex(profile).items.find(({ item }) => item.id === id)!.item.text;

const texts = (element: HTMLElement) =>
  within(element)
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

test('gaps and vulnerable areas are listed by risk, highest first, each with what its risk means', async () => {
  const { bridge, analysis } = await teamWithWishes();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const findings = await screen.findByTestId('findings');
  const open = within(findings)
    .getAllByTestId(/^open-/)
    .map((item) => item.dataset.testid!.slice('open-'.length));
  // Profile order would be coach, didacticus, innovator; risk puts the gap first and the area with an expert last.
  expect(open).toEqual(['didacticus', 'coach', 'innovator']);
  expect(open).toEqual(byRisk(analysis.areas).map((area) => area.id));
  expect(byRisk(analysis.areas).map((area) => area.risk)).toEqual([9, 8, 5]);
  expect(screen.getByTestId('risk-didacticus').textContent).toBe(
    'Risico 9 van 9: niemand haalt de drempel; niemand is expert om het door te geven.',
  );
  expect(screen.getByTestId('risk-coach').textContent).toBe(
    'Risico 8 van 9: de drempel gehaald door 1 van de 2 nodige mensen; niemand is expert om het door te geven.',
  );
  expect(screen.getByTestId('risk-innovator').textContent).toBe(
    'Risico 5 van 9: de drempel gehaald door 1 van de 2 nodige mensen; één expert kan het doorgeven.',
  );
  expect(within(findings).getByText('Gaten en kwetsbare gebieden, hoogste risico eerst')).toBeTruthy();
});

test('key people say for which areas the team cannot miss them, in the order of the core', async () => {
  const { bridge, analysis } = await teamWithWishes();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const section = await screen.findByTestId('key-people');
  expect(analysis.keyPeople.map((person) => person.name)).toEqual(['Anna', 'Bram', 'Dewi']);
  expect(texts(section)).toEqual([
    'Anna — nodig voor de dekking van Bruggenbouwer, Adviseur, Innovator',
    'Bram — nodig voor de dekking van Bruggenbouwer, Coach',
    'Dewi — nodig voor de dekking van Adviseur',
  ]);
  expect(within(section).getByText(/^Wie het team niet kan missen/)).toBeTruthy();
});

test('learning pairs follow the core: a mentor takes at most two learners, the rest look outside the team', async () => {
  const { bridge, analysis } = await teamWithWishes();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const section = await screen.findByTestId('learning-pairs');
  expect(analysis.pairs).toEqual([
    { area: 'adviseur', learner: 'Bram', mentor: 'Anna' },
    { area: 'coach', learner: 'Chris', mentor: null },
    { area: 'didacticus', learner: 'Chris', mentor: null },
    { area: 'innovator', learner: 'Chris', mentor: 'Anna' },
    { area: 'innovator', learner: 'Dewi', mentor: null },
  ]);
  expect(texts(section)).toEqual([
    'Adviseur: Bram leert van Anna',
    // Coach is covered (Bram at 2) but nobody reaches 3; nobody covers Didacticus; Anna, the one at 3 or more on
    // Innovator, already has her two learners.
    'Coach: Chris — 1 collega op 2 of hoger, niemand op 3; een begeleider heeft 3 nodig: buiten het team zoeken',
    'Didacticus: Chris — een begeleider heeft niveau 3 nodig en niemand in het team heeft dat: buiten het team zoeken',
    'Innovator: Chris leert van Anna',
    'Innovator: Dewi — wie niveau 3 heeft, begeleidt al het maximum van 2: buiten het team zoeken',
  ]);
  expect(within(section).getByText(/hoogstens 2 per begeleider/)).toBeTruthy();
});

test('in English, with a sole holder of an item when the matrix has item columns', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram'], 'competenties');
  const team = await readBack(bridge);
  const item = team.layout.fields.find((field) => field.key === 'ADV-V3')!;
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: item.column, value: 3 }] });
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: item.column, value: 1 }] });
  const analysis = analyze((await readBack(bridge)).reading);
  expect(analysis.keyPeople).toEqual([{ name: 'Anna', areas: ['adviseur'], items: ['ADV-V3'] }]);
  const { user } = renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Coverage' }));
  const section = await screen.findByTestId('key-people');
  // The competency by its text, its code in small print after it (docs/design.md#12-rounds-history-and-reports).
  const text = itemText(team.reading.profile, 'ADV-V3');
  expect(texts(section)).toEqual([`Anna — needed to cover Adviseur; the only one who masters: ${text} ADV-V3`]);
  expect(within(section).getByText('ADV-V3').tagName).toBe('SMALL');
  expect(screen.getByTestId('risk-adviseur').textContent).toBe(
    'Risk 8 of 9: the threshold reached by 1 of the 2 people needed; nobody is an expert to pass it on.',
  );
  expect(texts(screen.getByTestId('learning-pairs'))).toEqual([]);
  expect(screen.getByText(/^No learning pairs/)).toBeTruthy();
});

test('key people and blind spots name a competency by its text, its code in small print (nl)', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram'], 'competenties');
  const team = await readBack(bridge);
  const column = (key: string) => team.layout.fields.find((field) => field.key === key)!.column;
  const held = ['ADV-K1', 'ADV-K2', 'ADV-K3', 'ADV-V1', 'ADV-V2', 'ADV-V3', 'ADV-A1'];
  // Anna alone masters seven items; nobody reaches the threshold on COA-K1 (both at 1).
  await writeAt(bridge, {
    row: 2,
    expectedName: 'Anna',
    cells: [...held.map((key) => ({ column: column(key), value: 3 })), { column: column('COA-K1'), value: 1 }],
  });
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: column('COA-K1'), value: 1 }] });
  const analysis = analyze((await readBack(bridge)).reading);
  expect(analysis.keyPeople.map((person) => person.items)).toEqual([held]);
  expect(analysis.blindSpots.map((spot) => spot.id)).toEqual(['COA-K1']);
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const section = await screen.findByTestId('key-people');
  const profile = team.reading.profile;
  const shown = held
    .slice(0, 5)
    .map((id) => `${itemText(profile, id)} ${id}`)
    .join('; ');
  expect(texts(section)).toEqual([
    `Anna — nodig voor de dekking van Adviseur; beheerst als enige: ${shown}; en 2 meer ADV-V3, ADV-A1`,
  ]);
  expect(within(section).getByText('ADV-K1').tagName).toBe('SMALL');
  const spots = within(screen.getByTestId('findings')).getByText(itemText(profile, 'COA-K1'), { exact: false });
  expect(spots.textContent).toBe(`${itemText(profile, 'COA-K1')} COA-K1`);
  expect(within(spots).getByText('COA-K1').tagName).toBe('SMALL');
});

test('editing the target and a norms table on Dekking updates the panel; a bad norm names its cell', async () => {
  const { bridge } = await teamWithWishes();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await screen.findByTestId('risk-coach');
  // Target 1 in B3: every area somebody covers is covered; only the gap is left.
  bridge.editCell('Dekking', 3, 2, '1');
  await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));
  await waitFor(() => expect(screen.queryByTestId('risk-coach')).toBeNull());
  expect(within(screen.getByTestId('findings')).getAllByTestId(/^open-/).length).toBe(1);
  expect(texts(screen.getByTestId('key-people'))).toContain('Bram — nodig voor de dekking van Coach');
  // The injected norms table (Gebied in A15, Coach on row 19): Coach needs level 3, so Bram no longer covers it.
  expect((await bridge.readSheet('Dekking')).grid.values[18]!.slice(0, 3)).toEqual(['Coach', 2, 1]);
  bridge.editCell('Dekking', 19, 2, '3');
  await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));
  await waitFor(() =>
    expect(screen.getByTestId('risk-coach').textContent).toBe(
      'Risico 9 van 9: niemand haalt de drempel; niemand is expert om het door te geven.',
    ),
  );
  // Bram alone covered Coach; now nobody does, so the team no longer leans on him for it.
  expect(texts(screen.getByTestId('key-people')).filter((line) => line!.startsWith('Bram'))).toEqual([]);
  bridge.editCell('Dekking', 19, 2, 'hoog');
  await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Dekking!B19');
});
