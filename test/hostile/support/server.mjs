// The one static server of the tests and the bench: the repository's files (or
// another folder's), plus pages built by the caller, on 127.0.0.1 and a free port.
// Two of them make two origins: the partner's site and the CDN.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Starts a server. `pages` maps a path to a function returning HTML (or
 * `{body, type}`); `headers(url)` adds response headers; `delay(url)` holds a
 * response for some milliseconds (a slow CDN); `transform(url, text)` rewrites
 * a served text file; `files(pathname)` maps a URL path to the file served
 * (another path for the same build); `root` serves another folder; `gzip` compresses
 * text as a CDN does (level 9). Every request is recorded in `requests`.
 */
export async function startServer({pages = {}, headers = () => ({}), delay = () => 0, transform, files = (pathname) => pathname, root = ROOT, gzip = false} = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const wait = delay(url);
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    let status = 200;
    let body;
    let type;
    const page = pages[url.pathname];
    if (page) {
      const made = await page(url);
      ({body, type = TYPES['.html']} = typeof made === 'string' ? {body: made} : made);
    } else {
      const path = normalize(join(root, decodeURIComponent(files(url.pathname))));
      if (!path.startsWith(root) || path.split(sep).includes('node_modules') && !url.pathname.startsWith('/node_modules/')) {
        status = 403;
        body = 'forbidden';
      } else {
        try {
          body = await readFile(path);
          type = TYPES[extname(path)] ?? 'application/octet-stream';
          if (transform) body = (await transform(url, body.toString('utf8'))) ?? body;
        } catch {
          status = 404;
          body = 'not found';
        }
      }
    }
    const compress = gzip && status === 200 && /^(text\/|application\/json|image\/svg)/.test(type ?? '');
    if (compress) body = gzipSync(body, {level: 9});
    response.writeHead(status, {
      'content-type': type ?? 'text/plain',
      'cache-control': 'no-store',
      ...(compress ? {'content-encoding': 'gzip'} : {}),
      ...headers(url),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** Headers a CDN sends so that a module script loads cross-origin. */
export const CDN_HEADERS = {'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin'};
