// Two builds. The CDN build: one self-contained, minified ES module with Lit
// inside, and one small chunk per language beside it, loaded only when a page
// needs that language. Chunks are imported relative to the bundle's own URL, so
// the files work from any CDN path. The npm build: each module of src/ as its
// own file in dist/, Lit left to the partner's bundler (tsc writes the
// declarations beside them: see package.json). Both ship minified templates
// and no translator notes.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import {readdirSync} from 'node:fs';
import {isAbsolute} from 'node:path';
import {fileURLToPath} from 'node:url';
import {PINNED_PATH, pinnedLocaleChunks, widgetsTrustedTypesPolicy} from './scripts/rollup-pinned-cdn.mjs';

/**
 * The npm build loads a few modules only when a page needs them (the language
 * runtime: src/i18n/load-language-runtime.ts); the CDN file carries them inside.
 * As chunks they would import the entry back by its plain address, so a page
 * that loads it with a query (`people-move.js?ver=6.4`, as WordPress does) would
 * run a second copy of it, and each would need a hash of its own for `integrity`.
 * Language files stay chunks (pinnedLocaleChunks).
 */
function lazyModulesInside() {
  const lazyImport = () => /\bimport\(\s*(['"])(\.\.?\/[^'"]+)\1\s*\)/g;
  return {
    name: 'lazy-modules-inside',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id)) return null;
      const lazy = [...code.matchAll(lazyImport())].filter((match) => !PINNED_PATH.test(match[2]));
      if (lazy.length === 0) return null;
      return edited(code, (text) => lazy.forEach((match, n) => {
        text.prepend(`import * as inside${n} from ${JSON.stringify(match[2])};\n`);
        text.overwrite(match.index, match.index + match[0].length, `Promise.resolve(inside${n})`);
      }));
    },
  };
}

/**
 * The translator notes (`desc`) of msg() calls: only the XLIFF extractor reads
 * them, and they weigh about 1 kB gzip. Found on the parsed module, so a
 * reformatted call is still found; a `desc:` left in any chunk fails the build.
 */
function dropTranslatorNotes() {
  const isMsgOptions = (node) =>
    node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg' && node.arguments[1]?.type === 'ObjectExpression';
  return {
    name: 'drop-translator-notes',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('desc')) return null;
      const ast = this.parse(code);
      return edited(code, (text) => walk(ast, (node) => {
        if (!isMsgOptions(node)) return;
        const properties = node.arguments[1].properties;
        properties.forEach((property, index) => {
          if (property.key?.name !== 'desc') return;
          // Remove the comma before it too (after it, for a first property).
          const from = index > 0 ? properties[index - 1].end : property.start;
          const to = index > 0 ? property.end : (properties[1]?.start ?? property.end);
          text.remove(from, to);
        });
      }));
    },
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /\bdesc\s*:/.test(chunk.code)) this.error(`a translator note (desc:) is left in ${chunk.fileName}`);
      }
    },
  };
}

/** `code` changed by `edit(magicString)`, with the source map of the change. */
function edited(code, edit) {
  const text = new MagicString(code);
  edit(text);
  return {code: text.toString(), map: text.generateMap({hires: true})};
}

/** Calls `visit` on every node of an ESTree tree, parents first. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') walk(child, visit);
    }
  }
}

/** TypeScript, Lit's html`…` and css`…` templates minified (white space, CSS), and the translator notes dropped, with source maps. */
const compiled = (tsconfig, outDir) => [
  typescript({tsconfig, outDir, declaration: false, declarationMap: false, noEmitOnError: true,
    // TypeScript writes each map's sources relative to its output file, and Rollup reads them relative to
    // the source file: an absolute root makes both agree (the bundle's map still holds relative paths).
    sourceRoot: fileURLToPath(new URL('src', import.meta.url)),
  }),
  // CSS for the browsers the README supports (Chrome 111, Firefox 115, Safari 16.4): what they lack (light-dark(),
  // unprefixed hyphens) gets fallbacks, and no shorthand they refuse is written (WebKit drops `underline .08em`).
  minifyHTMLLiterals({include: ['src/**'], failOnError: true, options: {minifyOptions: {minifyCSS: {targets: {chrome: 111 << 16, firefox: 115 << 16, safari: (16 << 16) | (4 << 8)}}}}}),
  dropTranslatorNotes(),
];

const cdn = {
  input: 'src/index.ts',
  preserveEntrySignatures: 'allow-extension',
  output: {dir: 'dist/cdn', format: 'es', entryFileNames: 'people-move.js', chunkFileNames: 'locales/[name]-[hash].js', sourcemap: true},
  plugins: [
    resolve({browser: true}),
    ...compiled('./tsconfig.cdn.json', 'dist/cdn'), // tsconfig.build.json plus src/cdn, which only this build uses
    lazyModulesInside(),
    widgetsTrustedTypesPolicy(),
    pinnedLocaleChunks(),
    terser({ecma: 2022, module: true, format: {comments: false}, compress: {passes: 2}}),
  ],
};

const npm = {
  input: readdirSync('src', {recursive: true})
    .filter((file) => file.endsWith('.ts') && !/^(builder|cdn)\/|^frameworks\.ts$/.test(file)) // frameworks.ts: types only
    .map((file) => `src/${file}`),
  external: (id) => !id.startsWith('.') && !isAbsolute(id),
  output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
  plugins: compiled('./tsconfig.build.json', 'dist'),
};

export default [cdn, npm];
