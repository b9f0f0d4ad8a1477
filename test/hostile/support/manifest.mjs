// The elements and their attributes, from the built custom-elements.json.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './server.mjs';

export function readElements() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({tag: declaration.tagName, attributes: (declaration.attributes ?? []).map((attribute) => attribute.name)}));
}

/** The SRI hash of a CDN file, from dist/cdn/integrity.json. */
export function integrityOf(file) {
  return JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'))[file];
}

/** The shipped locale chunks, by language code, from the CDN build. */
export function shippedLocaleCodes() {
  const files = Object.keys(JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8')));
  return files.filter((file) => file.startsWith('locales/')).map((file) => file.slice('locales/'.length).replace(/-[A-Za-z0-9_-]{8}\.js$/, ''));
}
