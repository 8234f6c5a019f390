// Static server for dist/: the preview at /, the Excel add-in under /addin/. http, or https with given options.

import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import sirv from 'sirv';

/**
 * Starts serving `root` (default dist/) on `port` (0 picks a free one); resolves with the server and its URL.
 * `tls` holds https options (key, cert); without it the server speaks http.
 */
export function startServer({ root = 'dist', port = 3000, host = 'localhost', tls } = {}) {
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
  const handler = (request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?'))
      request.url = `/preview/index.html${request.url.slice(1)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Niet gevonden');
    });
  };
  const server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `${tls ? 'https' : 'http'}://${host}:${actualPort}/` });
    });
  });
}
