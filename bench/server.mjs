// A small static server on 127.0.0.1 for the benchmark and the Lighthouse run.
// It serves the built files, the bench pages, the demo and the peers' dist files
// from the repository, gzip-compressed (level 9) as a CDN would serve them, and
// pages the benchmark makes in memory (`pages` map: path → HTML).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, relative, sep} from 'node:path';
import {gzipSync} from 'node:zlib';

const ROOT = normalize(join(import.meta.dirname, '..'));

/** Only these folders are served: nothing else of the repository leaves the machine's loopback. */
const ALLOWED = ['/dist/', '/bench/pages/', '/demo/', '/node_modules/shareon/dist/', '/node_modules/shariff/dist/'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * Starts the server. `pages` maps a path to HTML the caller made; `rewrite(path, body, params)`
 * may change an HTML file read from disk (the bench fills its placeholders with it); `dist`
 * serves /dist/ from another folder (the bench's snapshot of the build). Resolves to {origin, close()}.
 */
export async function startServer({pages = new Map(), rewrite, dist} = {}) {
  const gzipCache = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    let body;
    let type = TYPES[extname(path)] ?? 'application/octet-stream';
    try {
      if (pages.has(path)) {
        body = Buffer.from(pages.get(path));
        type = TYPES['.html'];
      } else if (path === '/robots.txt') {
        body = Buffer.from('User-agent: *\nAllow: /\n');
      } else if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      } else {
        let file = normalize(join(ROOT, path));
        if (!file.startsWith(ROOT + sep) || !ALLOWED.some((prefix) => path.startsWith(prefix))) throw new Error('not served');
        if (dist && path.startsWith('/dist/')) file = join(dist, relative(join(ROOT, 'dist'), file));
        body = await readFile(file);
        if (rewrite && extname(path) === '.html') body = Buffer.from(rewrite(path, body.toString('utf8'), url.searchParams));
      }
    } catch {
      response.writeHead(404, {'content-type': TYPES['.txt']}).end('Not found');
      return;
    }
    const headers = {'content-type': type, 'cache-control': 'no-cache'};
    if (COMPRESSIBLE.has(extname(path) || '.html') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      // Files do not change during a run: compress each URL once, so the server adds no noise.
      let gzipped = gzipCache.get(request.url);
      if (gzipped === undefined) {
        gzipped = gzipSync(body, {level: 9});
        gzipCache.set(request.url, gzipped);
      }
      body = gzipped;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
