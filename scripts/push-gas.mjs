// `npm run push:gas`: builds, checks the remote project holds only Teamscan's files, then pushes dist/gas/ with clasp 3.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';

const ROOT_DIR = 'dist/gas';
const DOCS = 'docs/google-sheets.md';
const force = process.argv.includes('--force');

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
  return config;
}

function checkLogin() {
  // clasp 3 keeps its login in ~/.clasprc.json; only its presence is checked, never its content.
  if (!existsSync(join(homedir(), '.clasprc.json'))) {
    stop(['Je bent niet aangemeld bij clasp. Meld je eerst aan:', '  npx clasp login', `Zie ${DOCS}.`]);
  }
}

/** clasp from PATH: `npm run` puts node_modules/.bin there, so this is the pinned dev dependency. */
function clasp(args, options = {}) {
  return spawnSync('clasp', args, { stdio: 'inherit', shell: process.platform === 'win32', ...options }).status ?? 1;
}

/** A script file's name as Apps Script knows it: clasp writes server files as .js or .gs, so both are one. */
function projectName(path) {
  const extension = extname(path);
  return ['.js', '.gs', '.html', '.json'].includes(extension) ? path.slice(0, -extension.length) : path;
}

function filesUnder(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.clasp.json') return [];
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** The template a new bound project starts with: an empty myFunction. Replacing it loses nothing. */
function isEmptyTemplate(path) {
  return /^\s*function\s+myFunction\s*\(\s*\)\s*\{\s*\}\s*$/.test(readFileSync(path, 'utf8'));
}

/**
 * Pulls the remote project into a temporary folder and lists the files Teamscan did not make: pushing
 * replaces the whole project, so those would be deleted.
 */
function foreignRemoteFiles(scriptId) {
  const temp = mkdtempSync(join(tmpdir(), 'teamscan-pull-'));
  try {
    writeFileSync(join(temp, '.clasp.json'), JSON.stringify({ scriptId, rootDir: '.' }));
    if (clasp(['pull'], { cwd: temp, stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) {
      stop([
        'clasp pull is mislukt: Teamscan kon niet nagaan welke bestanden het project al heeft. Er is niets gepusht.',
        '  Niet (meer) aangemeld?  npx clasp login',
        `Zie ${DOCS}.`,
      ]);
    }
    const ours = new Set(filesUnder(ROOT_DIR).map(projectName));
    return filesUnder(temp).filter((file) => !ours.has(projectName(file)) && !isEmptyTemplate(join(temp, file)));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const config = checkProject();
checkLogin();
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) {
  stop(['De build is mislukt; er is niets gepusht.']);
}
const foreign = foreignRemoteFiles(config.scriptId);
if (foreign.length > 0 && !force) {
  stop([
    'Het Apps Script-project bevat bestanden die niet van Teamscan zijn:',
    ...foreign.map((file) => `  ${file}`),
    'Pushen vervangt het hele project, dus die bestanden zouden verdwijnen. Er is niets gepusht.',
    'Koppel Teamscan aan een eigen project, of push toch (de bestanden hierboven gaan verloren) met:',
    '  npm run push:gas -- --force',
  ]);
}
if (foreign.length > 0) {
  console.warn(
    ['Let op: --force; deze bestanden worden uit het project verwijderd:', ...foreign.map((f) => `  ${f}`)].join('\n'),
  );
}
// clasp's own --force: the manifest in dist/gas/ is ours and replaces the remote one without a question.
if (clasp(['push', '--force']) !== 0) {
  stop([
    'clasp push is mislukt.',
    '  Niet (meer) aangemeld?  npx clasp login',
    '  Apps Script API uit?    zet hem aan op https://script.google.com/home/usersettings',
    `Zie ${DOCS}.`,
  ]);
}
console.log('Gepusht. Herlaad het blad: het menu Teamscan verschijnt.');
