// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of every CDN file,
// keyed by its path under dist/cdn, for partners' `integrity="…"` attributes.
import {readdirSync, writeFileSync} from 'node:fs';
import {join, sep} from 'node:path';
import {sri} from './sri.mjs';

const root = 'dist/cdn';
const files = readdirSync(root, {recursive: true}).filter((path) => path.endsWith('.js')).sort();
const integrity = Object.fromEntries(files.map((path) => [path.split(sep).join('/'), sri(join(root, path))]));
writeFileSync(join(root, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`integrity.json: ${Object.keys(integrity).length} files, people-move.js ${integrity['people-move.js']}`);
