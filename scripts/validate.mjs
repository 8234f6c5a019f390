// `npm run validate`: checks the built add-in manifests offline against the published manifest XSDs (always),
// and with office-addin-manifest's online validation where the network allows (skipped otherwise).
// `node scripts/validate.mjs [--offline] [FILE…]` checks other files, or only offline.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SCHEMA_DIR = 'manifests/schemas';
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
export const MANIFESTS = ['dist/addin/manifest.xml', 'dist/addin/manifest.prod.xml'];

/** Validates manifest XML against the XSDs in manifests/schemas/; resolves { valid, errors }. */
export async function validateOffline(xml, fileName = 'manifest.xml') {
  const { validateXML } = await import('xmllint-wasm');
  const schemas = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.xsd'));
  const load = (file) => ({ fileName: file, contents: readFileSync(join(SCHEMA_DIR, file), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [load(MAIN_SCHEMA)],
    preload: schemas.filter((file) => file !== MAIN_SCHEMA).map(load),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage ?? error.message) };
}

/** office-addin-manifest's validation, which asks a Microsoft web service; `skipped` when it cannot be reached. */
export async function validateOnline(path) {
  try {
    const { validateManifest } = await import('office-addin-manifest');
    const result = await validateManifest(path);
    return { skipped: false, valid: result.isValid, report: result.report };
  } catch (error) {
    return { skipped: true, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

async function main() {
  const args = process.argv.slice(2);
  const offlineOnly = args.includes('--offline');
  const files = args.filter((arg) => !arg.startsWith('--'));
  const manifests = files.length > 0 ? files : MANIFESTS;
  const missing = manifests.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.error(`Niet gevonden: ${missing.join(', ')}. Draai eerst npm run build.`);
    process.exit(1);
  }
  let failed = false;
  for (const path of manifests) {
    const offline = await validateOffline(readFileSync(path, 'utf8'), path);
    console.log(`${path}: XSD ${offline.valid ? 'geldig' : 'ONGELDIG'}`);
    for (const error of offline.errors) console.log(`  ${error}`);
    failed ||= !offline.valid;
    if (offlineOnly) continue;
    const online = await validateOnline(path);
    if (online.skipped) console.log(`  online controle overgeslagen (${online.reason})`);
    else {
      console.log(`  online controle: ${online.valid ? 'geldig' : 'ONGELDIG'}`);
      failed ||= !online.valid;
    }
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
