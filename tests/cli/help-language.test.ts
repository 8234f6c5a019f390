// The help and the profile listing speak the reader's language: commander's own words (Usage, Options, default,
// display help for command) and the profile's scope are Dutch by default and English with --lang en.

import { runCli } from './run-cli';

const COMMANDER_ENGLISH = /Usage:|Options:|Arguments:|Commands:|default:|choices:|display help for command/;

describe('help in the reader language', () => {
  test.each([[['--help']], [['analyze', '--help']], [['report', '--help']], [['help', 'compare']]])(
    'teamscan %j is Dutch throughout',
    async (args) => {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Gebruik: teamscan/);
      expect(result.stdout).toContain('Opties:');
      expect(result.stdout).toContain('toon deze hulp');
      expect(result.stdout).not.toMatch(COMMANDER_ENGLISH);
    },
  );

  test('the option defaults and choices are named in Dutch', async () => {
    const analyze = await runCli(['analyze', '--help']);
    expect(analyze.stdout).toMatch(/--drempel <niveau>\s+niveau dat telt als dekking \(0-4\) \(standaard: "2"\)/);
    const program = await runCli(['--help']);
    expect(program.stdout).toMatch(/keuze: "nl", "en"/);
    expect(program.stdout).toContain('Opdrachten:');
    expect(program.stdout).toMatch(/analyze \[opties\] <bestand\.\.\.>/);
  });

  test('a usage error shows the Dutch help after the Dutch message', async () => {
    const result = await runCli(['analyze', '--drempl', '3', 'team.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fout: onbekende optie '--drempl'");
    expect(result.stderr).toContain('Gebruik: teamscan analyze [opties]');
    expect(result.stderr).not.toMatch(COMMANDER_ENGLISH);
  });

  test('with --lang en the help is English', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: teamscan analyze \[options\]/);
    expect(result.stdout).toContain('(default: "2")');
    expect(result.stdout).toContain('display this help');
    expect(result.stdout).not.toMatch(/Gebruik:|Opties:|standaard:/);
  });
});

describe('profile listing', () => {
  test('names each area scope in Dutch by default', async () => {
    const result = await runCli(['profile', 'npuls']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('BAS  Basis — Basiscompetenties [iedereen]');
    expect(result.stdout).toMatch(/^COA {2}Coach — .* \[netwerk\]$/m);
    expect(result.stdout).not.toMatch(/\[everyone\]|\[network\]/);
  });

  test('and in English with --lang en', async () => {
    const result = await runCli(['--lang', 'en', 'profile', 'npuls']);
    expect(result.stdout).toContain('BAS  Basis — Basiscompetenties [everyone]');
    expect(result.stdout).toMatch(/\[network\]$/m);
  });
});

describe('TEAMSCAN_LANG', () => {
  const team = 'tests/fixtures/insights-team.csv';

  test('chooses the language of the output when --lang is not given', async () => {
    const result = await runCli(['analyze', team], { TEAMSCAN_LANG: 'en' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Teamscan — profile npuls, threshold 2 \(Competent\)/);
  });

  test('--lang wins over it', async () => {
    const result = await runCli(['--lang', 'nl', 'analyze', team], { TEAMSCAN_LANG: 'en' });
    expect(result.stdout).toMatch(/^Teamscan — profiel npuls, drempel 2 \(Bekwaam\)/);
  });
});
