// The program itself: one place turns failures into exit codes, output is captured, nothing ends the process.

import * as profiles from '../../shared/profiles/resolve';
import { runCli } from './run-cli';

afterEach(() => jest.restoreAllMocks());

test('no command ends the process: success, bad input, usage error, help and a defect all return a code', async () => {
  const exit = jest.spyOn(process, 'exit').mockImplementation(() => {
    throw new Error('process.exit called');
  });
  expect((await runCli(['profile', 'npuls', '--json'])).code).toBe(0);
  expect((await runCli(['profile', 'onbekend'])).code).toBe(2);
  expect((await runCli(['analyze'])).code).toBe(2);
  expect((await runCli(['--help'])).code).toBe(0);
  jest.spyOn(profiles, 'builtinProfileOrFail').mockImplementation(() => {
    throw new TypeError('kapot');
  });
  expect((await runCli(['profile', 'npuls'])).code).toBe(1);
  expect(exit).not.toHaveBeenCalled();
});

test('a defect exits 1 with its stack on stderr; bad input exits 2 with only its message', async () => {
  jest.spyOn(profiles, 'builtinProfileOrFail').mockImplementation(() => {
    throw new TypeError('kapot');
  });
  const defect = await runCli(['profile', 'npuls']);
  expect(defect.code).toBe(1);
  expect(defect.stdout).toBe('');
  expect(defect.stderr).toMatch(/^TypeError: kapot\n\s+at /);
  jest.restoreAllMocks();
  const bad = await runCli(['profile', 'onbekend']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).not.toContain(' at ');
});

test('help and answers go to the captured output, not the terminal', async () => {
  const write = jest.spyOn(process.stdout, 'write');
  const help = await runCli(['--help']);
  expect(help.stdout).toContain('compare');
  expect(help.stdout).toContain('report');
  const english = await runCli(['--lang', 'en', 'profile', 'han']);
  expect(english.stdout).toContain('Licence: CC BY-NC 4.0');
  expect(write).not.toHaveBeenCalled();
});

test('the help is in the language asked for, for the program and each command', async () => {
  const dutch = await runCli(['analyze', '--help']);
  expect(dutch.code).toBe(0);
  expect(dutch.stdout).toContain('--normen <bestand>');
  expect(dutch.stdout).toContain('hoogstens zoveel leerders per mentor');
  const english = await runCli(['--lang', 'en', 'report', '--help']);
  expect(english.stdout).toContain('anonymous team picture, without names');
  expect(english.stdout).not.toContain('anoniem teambeeld');
  const program = await runCli(['--lang=en', '--help']);
  expect(program.stdout).toContain('compare two rounds of a scan');
});
