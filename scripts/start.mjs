// `npm start`: builds everything, then serves it on https://localhost:3000 (dev certificates where they can be
// installed, else http for the preview) and prints how to try, sideload and push.

import { execFileSync } from 'node:child_process';
import { startServer } from './serve.mjs';

const PORT = Number(process.env.PORT ?? 3000);

async function httpsOptions() {
  if (process.env.TEAMSCAN_HTTP === '1') return undefined;
  try {
    const devCerts = await import('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `Geen ontwikkelcertificaat (${error instanceof Error ? error.message.split('\n')[0] : error}); ik gebruik http.`,
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
