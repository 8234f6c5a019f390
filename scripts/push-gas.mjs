// `npm run push:gas`: builds, then pushes dist/gas/ as it is to the Apps Script project with clasp 3.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT_DIR = 'dist/gas';
const DOCS = 'docs/google-sheets.md';

function stop(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

function checkProject() {
  if (!existsSync('.clasp.json')) {
    stop([
      'Er is nog geen Apps Script-project gekoppeld (geen .clasp.json).',
      '  Bestaand blad:  npx clasp clone <scriptId> --rootDir dist/gas',
      '  Nieuw blad:     npx clasp create --type sheets --title Teamscan --rootDir dist/gas',
      `Zie ${DOCS}.`,
    ]);
  }
  let config;
  try {
    config = JSON.parse(readFileSync('.clasp.json', 'utf8'));
  } catch (error) {
    stop([`.clasp.json is geen geldige JSON: ${error.message}`]);
  }
  const rootDir = config.rootDir ?? config.srcDir ?? '.';
  if (relative(resolve(ROOT_DIR), resolve(rootDir)) !== '') {
    stop([
      `.clasp.json wijst naar rootDir "${rootDir}"; Teamscan pusht ${ROOT_DIR}.`,
      `Zet in .clasp.json: "rootDir": "${ROOT_DIR}".`,
    ]);
  }
  if (!config.scriptId) stop(['.clasp.json heeft geen scriptId.', `Zie ${DOCS}.`]);
}

function checkLogin() {
  // clasp 3 keeps its login in ~/.clasprc.json; only its presence is checked, never its content.
  if (!existsSync(join(homedir(), '.clasprc.json'))) {
    stop(['Je bent niet aangemeld bij clasp. Meld je eerst aan:', '  npx clasp login', `Zie ${DOCS}.`]);
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

checkProject();
checkLogin();
if (run(process.execPath, ['scripts/build.mjs']) !== 0) stop(['De build is mislukt; er is niets gepusht.']);
// --force: the manifest in dist/gas/ is ours and replaces the remote one without a question.
const status = run('npx', ['--no-install', 'clasp', 'push', '--force']);
if (status !== 0) {
  stop([
    'clasp push is mislukt.',
    '  Niet (meer) aangemeld?  npx clasp login',
    '  Apps Script API uit?    zet hem aan op https://script.google.com/home/usersettings',
    `Zie ${DOCS}.`,
  ]);
}
console.log('Gepusht. Herlaad het blad: het menu Teamscan verschijnt.');
