// `npm run size` (after `npm run build`): the size budgets, gzip, checked by size-limit.
// The CDN files are measured as built, each language chunk on its own (size-limit sums
// the files of one check). `pm-share` alone is first bundled here with Rollup and terser
// (the CDN build's options), Lit included, as a partner's bundler takes `import 'people-move-widgets/pm-share'`:
// the modules it loads only when a page needs them (a language other than English)
// split off and left out; every chunk it imports statically counted.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readdirSync, rmSync} from 'node:fs';
import {rollup} from 'rollup';

// Outside dist/, which npm publishes.
const OUT = 'node_modules/.cache/size-limit-bundles';

rmSync(OUT, {recursive: true, force: true});
const bundle = await rollup({input: 'dist/elements/pm-share/define.js', plugins: [resolve({browser: true})]});
const {output} = await bundle.write({dir: OUT, format: 'es', plugins: [terser({ecma: 2022, module: true, format: {comments: false}, compress: {passes: 2}})]});

/** `fileName` and every chunk it imports statically, however deep. */
function loadedWith(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of output.find((chunk) => chunk.fileName === fileName).imports) loadedWith(imported, seen);
  return seen;
}

const gzip = (name, path, limit) => ({name, path, limit, gzip: true});
const entry = output.find((chunk) => chunk.isEntry).fileName;

export default [
  gzip('CDN entry', 'dist/cdn/people-move.js', '21.5 kB'),
  gzip('pm-share alone, Lit included', [...loadedWith(entry)].map((file) => `${OUT}/${file}`), '15.9 kB'),
  ...readdirSync('dist/cdn/locales')
    .filter((file) => file.endsWith('.js'))
    .map((file) => gzip(`lazy chunk ${file}`, `dist/cdn/locales/${file}`, '4 kB')),
];
