// `npm run size` (after `npm run build`): minified, gzip (-9) and brotli sizes of the CDN
// entry, each lazy locale chunk, and each element's npm module; exits 1 over budget.
//
// An element's npm module is dist/elements/<tag>/define.js bundled with Rollup and
// minified with terser, Lit and @lit/localize left external (a partner's bundler
// shares them), so the figure is our own code: the element, the base element, i18n.
// Locale modules reached by dynamic import() are left out of those figures.
import terser from '@rollup/plugin-terser';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {entryCode, floorBundle, LIT, withoutLitBundle} from './size-floor.mjs';

/** 1 kB = 1000 bytes: the stricter reading of "KB". */
const KB = 1000;

/**
 * The budgets, gzip bytes. Nothing else in this file holds a limit.
 *
 * Issue 8 asks for a CDN entry of at most 15 kB (`cdnEntryTargetGzip`). Measured, it
 * is about 21.3 kB, and the floor this script prints (Lit, @lit/localize, the English
 * text and the icons, with no element code or CSS: see size-floor.mjs) is about
 * 10.6 kB, leaving about 4.4 kB of the target for what takes about 10.7 kB now; with
 * Lit and @lit/localize left out, the entry is still about 15.3 kB. Until
 * the campaign settles that (issue 8 is blocked on it), `cdnEntryGzip` holds the line
 * where the bundle is, so no change makes it bigger unnoticed; the target is printed
 * beside the floor, not enforced.
 *
 * Issue 12 (field hardening: every property read as frameworks set it, bounded
 * warnings and work, the fallback kept until a render succeeds) added about 0.6 kB,
 * hence 22.0.
 */
export const BUDGETS = {
  cdnEntryGzip: 22 * KB,
  cdnEntryTargetGzip: 15 * KB,
  localeChunkGzip: 4 * KB,
};

const CDN_ENTRY = 'dist/cdn/people-move.js';
const LOCALE_DIR = 'dist/cdn/locales';
const ELEMENTS_DIR = 'dist/elements';

export function sizes(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {
      params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length},
    }).length,
  };
}

/** Bundles an npm entry module the way a partner's bundler would, minus Lit; returns the entry chunk's code. */
function bundleOwnCode(input) {
  const minify = terser({ecma: 2022, module: true, format: {comments: false}, compress: {passes: 2}});
  return entryCode({input, external: (id) => LIT.test(id), plugins: [minify]}, {format: 'es'});
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of a source map's VLQ mappings into [column, sourceIndex] deltas. */
function* segments(line) {
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    yield fields;
  }
}

/**
 * Minified characters of `file` by the source they come from, read from its source map (each
 * mapped position owns the text up to the next, across lines, as in multi-line template
 * literals), grouped into our folders and the packages under node_modules. Largest first.
 */
function bytesBySource(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const code = readFileSync(file, 'utf8');
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const totals = new Map();
  const own = (owner, from, to) => totals.set(owner, (totals.get(owner) ?? 0) + to - from);
  let source = 0;
  let previous = {owner: -1, offset: 0};
  map.mappings.split(';').forEach((mappingLine, lineIndex) => {
    let column = 0;
    for (const fields of segments(mappingLine)) {
      column += fields[0];
      const offset = lineStarts[lineIndex] + column;
      own(previous.owner, previous.offset, offset);
      if (fields.length > 1) source += fields[1];
      previous = {owner: fields.length > 1 ? source : -1, offset};
    }
  });
  own(previous.owner, previous.offset, code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '').length);
  const groups = new Map();
  for (const [index, chars] of totals) {
    const path = index === -1 ? '(no source: code the minifier made)' : (map.sources[index] ?? '?');
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const name = pkg ? `node_modules/${pkg}` : path.replace(/^(\.\.\/)+/, '').replace(/\/[^/]+$/, '/');
    groups.set(name, (groups.get(name) ?? 0) + chars);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

const kB = (bytes) => (bytes / KB).toFixed(2).padStart(7);

function printTable(title, rows) {
  console.log(`\n${title}`);
  const width = Math.max(28, ...rows.map((row) => row.name.length));
  console.log(`  ${'file'.padEnd(width)}  ${'min kB'.padStart(7)}  ${'gzip kB'.padStart(7)}  ${'br kB'.padStart(7)}  budget (gzip)`);
  for (const row of rows) {
    const budget = row.budget === undefined ? '' : `${(row.budget / KB).toFixed(2)} kB ${row.sizes.gzip > row.budget ? 'OVER' : 'ok'}`;
    console.log(
      `  ${row.name.padEnd(width)}  ${kB(row.sizes.min)}  ${kB(row.sizes.gzip)}  ${kB(row.sizes.brotli)}  ${budget}`,
    );
  }
}

async function main() {
  if (!existsSync(CDN_ENTRY) || !existsSync(ELEMENTS_DIR)) {
    console.error(`size: ${CDN_ENTRY} or ${ELEMENTS_DIR}/ is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }

  const cdn = [{name: 'people-move.js (CDN entry)', sizes: sizes(readFileSync(CDN_ENTRY)), budget: BUDGETS.cdnEntryGzip}];
  const locales = existsSync(LOCALE_DIR)
    ? readdirSync(LOCALE_DIR)
        .filter((file) => file.endsWith('.js'))
        .sort()
        .map((file) => ({
          name: `locales/${file}`,
          sizes: sizes(readFileSync(join(LOCALE_DIR, file))),
          budget: BUDGETS.localeChunkGzip,
        }))
    : [];

  const tags = readdirSync(ELEMENTS_DIR, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(ELEMENTS_DIR, entry.name, 'define.js')))
    .map((entry) => entry.name)
    .sort();
  const modules = [];
  for (const tag of tags) {
    modules.push({name: `${tag}/define.js`, sizes: sizes(await bundleOwnCode(join(ELEMENTS_DIR, tag, 'define.js')))});
  }
  if (existsSync('dist/base/people-move-element.js')) {
    modules.push({name: 'base element (shared)', sizes: sizes(await bundleOwnCode('dist/base/people-move-element.js'))});
  }
  if (existsSync('dist/index.js')) {
    modules.push({name: 'index.js (all elements)', sizes: sizes(await bundleOwnCode('dist/index.js'))});
  }

  console.log('Sizes in kB (1 kB = 1000 bytes); gzip at level 9, brotli at quality 11.');
  printTable('CDN bundle (Lit, @lit/localize, every element, English)', cdn);
  printTable(`Locale chunks, loaded only when a page needs that language (${locales.length})`, locales);
  if (locales.length > 0) {
    const largest = locales.reduce((a, b) => (b.sizes.gzip > a.sizes.gzip ? b : a));
    console.log(`  largest: ${basename(largest.name)} at ${kB(largest.sizes.gzip).trim()} kB gzip`);
  }
  printTable('npm modules, own code only (Lit and @lit/localize external), Rollup + terser', modules);

  const floor = sizes(await floorBundle()).gzip;
  const entry = cdn[0].sizes.gzip;
  const target = BUDGETS.cdnEntryTargetGzip;
  console.log(`\nIssue 8's target for the CDN entry, ${kB(target).trim()} kB gzip, against what no design choice removes (gzip kB):`);
  console.log(`  ${kB(floor)}  the size floor: Lit, @lit/localize, every English string, every icon; no element code, no CSS`);
  console.log(`  ${kB(entry - floor)}  the CDN entry minus the size floor: the elements' code, their CSS, the language runtime`);
  console.log(`  ${kB(target - floor)}  what the target leaves for those (${((100 * (target - floor)) / (entry - floor)).toFixed(0)} % of what they take now)`);
  console.log(`  ${kB(sizes(await withoutLitBundle()).gzip)}  the CDN entry with Lit and @lit/localize left out (a budget that does not count Lit)`);

  const over = [...cdn, ...locales].filter((row) => row.sizes.gzip > row.budget);
  if ((over.includes(cdn[0]) || process.argv.includes('--sources')) && existsSync(`${CDN_ENTRY}.map`)) {
    console.log('\nWhere the CDN entry\'s minified code comes from (by its source map; kB of characters):');
    const parts = bytesBySource(CDN_ENTRY);
    const total = parts.reduce((sum, [, chars]) => sum + chars, 0);
    for (const [name, chars] of parts) {
      if (chars > 0) console.log(`  ${kB(chars)} kB  ${((100 * chars) / total).toFixed(1).padStart(5)} %  ${name}`);
    }
  }
  if (over.length > 0) {
    console.error(`\nsize: over budget:`);
    for (const row of over) {
      console.error(
        `  ${row.name}: ${kB(row.sizes.gzip).trim()} kB gzip, budget ${(row.budget / KB).toFixed(2)} kB ` +
          `(${row.sizes.gzip - row.budget} bytes over)`,
      );
    }
    process.exit(1);
  }
  console.log(`\nsize: every budget holds (CDN entry ≤ ${BUDGETS.cdnEntryGzip / KB} kB gzip, each locale chunk ≤ ${BUDGETS.localeChunkGzip / KB} kB gzip).`);
}

await main();
