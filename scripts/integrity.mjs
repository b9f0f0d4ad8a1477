// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of every CDN file,
// keyed by its path under dist/cdn, for partners' `integrity="…"` attributes.
import {readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {sri} from './sri.mjs';

const root = 'dist/cdn';

function* files(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (path.endsWith('.js')) yield path;
  }
}

const integrity = Object.fromEntries(
  [...files(root)].sort().map((path) => [relative(root, path).split('\\').join('/'), sri(path)]),
);
writeFileSync(join(root, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`integrity.json: ${Object.keys(integrity).length} files, people-move.js ${integrity['people-move.js']}`);
