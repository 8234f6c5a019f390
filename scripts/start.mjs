// `npm start`: builds everything, then serves it on https://localhost:3000 (dev certificates where they can be
// installed, else http for the preview) and prints how to try, sideload and push.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

const PORT = Number(process.env.PORT ?? 3000);
/** Where office-addin-dev-certs writes its certificates (`npx office-addin-dev-certs install`). */
const CERT_DIR = join(homedir(), '.office-addin-dev-certs');

/**
 * The generated certificate when it exists, read directly: as root (no sudo) office-addin-dev-certs'
 * own check of the system's trust store fails even though the files are there.
 */
function generatedCertificate() {
  const key = join(CERT_DIR, 'localhost.key');
  const cert = join(CERT_DIR, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) return undefined;
  const ca = join(CERT_DIR, 'ca.crt');
  return { key: readFileSync(key), cert: readFileSync(cert), ...(existsSync(ca) ? { ca: readFileSync(ca) } : {}) };
}

async function httpsOptions() {
  if (process.env.TEAMSCAN_HTTP === '1') return undefined;
  const generated = generatedCertificate();
  if (generated) return generated;
  try {
    const devCerts = await import('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(
      [
        'Geen ontwikkelcertificaat geïnstalleerd: Teamscan draait op http (de preview werkt zo gewoon; Excel wil https).',
        'Voor https: `npx office-addin-dev-certs install` met beheerdersrechten, dan opnieuw `npm start`.',
        `Melding van office-addin-dev-certs: ${reason}`,
      ].join('\n'),
    );
    return undefined;
  }
}

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const tls = await httpsOptions();
const { url } = await startServer({ port: PORT, tls });
console.log(`
Teamscan draait op ${url}

  Proberen zonder Office:  open ${url} in een browser (de preview: het echte paneel op een werkboek in het geheugen).
  Excel (web of desktop):  sideload dist/addin/manifest.xml — zie docs/excel.md${tls ? '' : ' (Excel vraagt https: installeer de ontwikkelcertificaten met `npx office-addin-dev-certs install`)'}.
  Google Sheets:           npm run push:gas — zie docs/google-sheets.md.

Stoppen: Ctrl+C.`);
