// Writes dist/ssr/styles/<tag>.css: each element's shadow-root CSS, which
// server-rendered HTML links instead of an inline <style> when rendered with
// `stylesHref`, for pages whose CSP says `style-src 'self'`. Runs after tsc.
import {mkdirSync, writeFileSync} from 'node:fs';

const {ELEMENT_TAGS, shadowStylesheet} = await import('../dist/ssr/index.js');
const dir = new URL('../dist/ssr/styles/', import.meta.url);
mkdirSync(dir, {recursive: true});
for (const tag of ELEMENT_TAGS) writeFileSync(new URL(`${tag}.css`, dir), shadowStylesheet(tag));
console.log(`dist/ssr/styles: ${ELEMENT_TAGS.length} stylesheets`);
