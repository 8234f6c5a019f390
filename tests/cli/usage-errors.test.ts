// Usage errors (unknown option or command, bad or missing value, missing argument) exit 2 in Dutch or English.

import { MESSY_CSV } from './messy-team';
import { runCli } from './run-cli';

describe('usage errors', () => {
  test('an unknown option exits 2, in Dutch or English', async () => {
    const result = await runCli(['analyze', MESSY_CSV, '--drempl', '3']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^fout: onbekende optie '--drempl'\n\(Bedoelde je --drempel\?\)\n/);
    const english = await runCli(['--lang', 'en', 'analyze', MESSY_CSV, '--onbekend']);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/^error: unknown option '--onbekend'\n/);
  });

  test('a bad --lang value and a missing option value exit 2 with a Dutch message', async () => {
    const language = await runCli(['--lang', 'fr', 'profile', 'npuls']);
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/^fout: de optie '--lang <taal>' kent de waarde 'fr' niet\. Kies uit nl, en\.\n/);
    const value = await runCli(['workbook', '--out']);
    expect(value.code).toBe(2);
    expect(value.stderr).toMatch(/^fout: de optie '--out <bestand>' mist een waarde\n/);
  });

  test('a missing argument and an unknown command exit 2; --help exits 0', async () => {
    const missing = await runCli(['analyze']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^fout: het argument 'bestand' ontbreekt\n/);
    expect((await runCli(['analyseer', MESSY_CSV])).code).toBe(2);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('analyze');
  });
});
