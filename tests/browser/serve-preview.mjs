// Builds the preview into the given root and serves it on a free port; prints the URL (for the browser tests).

import { build } from '../../scripts/build/30-preview.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = process.argv[2];
await build({ root });
const { url } = await startServer({ root, port: 0 });
console.log(`URL ${url}`);
