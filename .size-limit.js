// `npm run size` (after `npm run build`): the size budgets, gzip, checked by size-limit.
// The CDN files are measured as built, each language chunk on its own (size-limit sums
// the files of one check). `pm-share` alone is first bundled here with esbuild, Lit
// included, as a partner's bundler would take `import 'people-move-widgets/pm-share'`
// (its language modules, reached by import(), split off and left out; every chunk
// it imports statically counted, found in esbuild's metafile).
import {build} from 'esbuild';
import {readdirSync, rmSync} from 'node:fs';

// Outside dist/, which npm publishes.
const OUT = 'node_modules/.cache/size-limit-bundles';

rmSync(OUT, {recursive: true, force: true});
const {metafile} = await build({
  entryPoints: {'pm-share': 'dist/elements/pm-share/define.js'},
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  logLevel: 'error',
  metafile: true,
});

/** `file` and every output file it imports statically, however deep. */
function loadedWith(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const {path, kind} of metafile.outputs[file].imports) if (kind === 'import-statement') loadedWith(path, seen);
  return seen;
}

const gzip = (name, path, limit) => ({name, path, limit, gzip: true});

// Issue 13 aims at 20 kB and 15 kB, not met yet (21.35 and 18.22 kB measured on 2026-11-30):
// these limits hold the line just above the measure, so nothing grows unseen.

export default [
  gzip('CDN entry', 'dist/cdn/people-move.js', '21.5 kB'),
  gzip('pm-share alone, Lit included', [...loadedWith(`${OUT}/pm-share.js`)], '18.4 kB'),
  ...readdirSync('dist/cdn/locales')
    .filter((file) => file.endsWith('.js'))
    .map((file) => gzip(`lazy chunk ${file}`, `dist/cdn/locales/${file}`, '4 kB')),
];
