// `teamscan profile`: a built-in profile as JSON or readable, and an unknown id.

import { NPULS } from '../../shared/profiles/data/npuls';
import { runCli } from './run-cli';

async function json(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('teamscan profile', () => {
  test('npuls --json lists the 127 items with their fixed ids and texts', async () => {
    const profile = await json(['profile', 'npuls', '--json']);
    const items = profile.areas.flatMap((area: { items: { id: string; text: string }[] }) => area.items);
    expect(items).toHaveLength(127);
    expect(items.map((item: { id: string }) => item.id)).toEqual(
      NPULS.areas.flatMap((area) => area.items.map((i) => i.id)),
    );
    expect(items.find((item: { id: string }) => item.id === 'ADV-V3').text).toBe(
      NPULS.areas[2]!.items.find((i) => i.id === 'ADV-V3')!.text,
    );
    expect(profile.licence).toBe('CC BY-SA 4.0');
  });

  test('the readable form shows attribution and every item', async () => {
    const result = await runCli(['profile', 'han']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Licentie: CC BY-NC 4.0');
    expect(result.stdout.match(/^ {2}[A-Z]{3}-\d+/gm)).toHaveLength(36);
  });

  test('an unknown profile exits 2 with the known ones', async () => {
    const result = await runCli(['profile', 'onbekend']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npuls, han, versnellingsplan, kennisnet');
  });
});
