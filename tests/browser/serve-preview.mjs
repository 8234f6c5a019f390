// Serves the preview in the given root on a free port and prints the URL (for the browser tests); builds it there
// first unless `--built` says the root already holds this run's build.

import { startServer } from '../../scripts/serve.mjs';

const root = process.argv[2];
if (process.argv[3] !== '--built') await (await import('../../scripts/build/30-preview.mjs')).build({ root });
const { url } = await startServer({ root, port: 0 });
console.log(`URL ${url}`);
