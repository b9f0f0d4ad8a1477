// The CDN build: one self-contained, minified ES module with Lit inside, and
// one small chunk per language beside it, loaded only when a page needs that
// language. Chunks are imported relative to the bundle's own URL, so the files
// work from any CDN path. (The npm build is plain `tsc`: see package.json.)
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {transform} from 'esbuild';

/**
 * Locale modules import `str` from @lit/localize. Left alone, each chunk would
 * import it back from the bundle by relative URL; a page that loads the bundle
 * with a query string (`people-move.js?ver=6.4`, as WordPress does) would then
 * load the whole bundle twice. Give each locale chunk its own three-line `str`.
 */
function selfContainedLocaleChunks() {
  return {
    name: 'self-contained-locale-chunks',
    transform(code, id) {
      if (!/[\\/]generated[\\/]locales[\\/]/.test(id)) return null;
      const replaced = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({strTag: true, strings, values});',
      );
      return {code: replaced, map: null};
    },
  };
}

/**
 * Terser leaves the CSS inside Lit's css`…` templates as written, comments and
 * indentation included. Minify each one (they hold no `${}` expressions) with
 * esbuild's CSS minifier.
 */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    async transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id)) return null;
      // TypeScript prints the tag as `css `…``, with a space.
      const templates = [...code.matchAll(/\bcss\s*`([^`$\\]*)`/g)];
      if (templates.length === 0) return null;
      let result = code;
      for (const [whole, body] of templates.reverse()) {
        const {code: minified} = await transform(body, {loader: 'css', minify: true});
        result = result.replace(whole, `css\`${minified.trim()}\``);
      }
      return {code: result, map: null};
    },
  };
}

/**
 * What the CDN bundle never needs: the translator notes (`desc`) of msg() calls,
 * which only the XLIFF extractor reads, and @lit/localize's message-id hashing,
 * which only runs for a msg() without an `id` (every one of ours has one; a
 * message without one would render in English, and i18n:status reports ids).
 */
function dropLocalizeAuthoringParts() {
  const idGeneration = /@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/;
  return {
    name: 'drop-localize-authoring-parts',
    load(id) {
      return idGeneration.test(id) ? 'export const generateMsgId = () => "";' : null;
    },
    transform(code, id) {
      if (!/\.content\.ts$/.test(id)) return null;
      return {code: code.replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, ''), map: null};
    },
  };
}

export default {
  input: 'src/index.ts',
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'people-move.js',
    chunkFileNames: 'locales/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    resolve({browser: true}),
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: 'dist/cdn',
      declaration: false,
      declarationMap: false,
      noEmitOnError: true,
    }),
    minifyCssTemplates(),
    dropLocalizeAuthoringParts(),
    selfContainedLocaleChunks(),
    terser({
      ecma: 2022,
      module: true,
      format: {comments: false},
      compress: {passes: 2},
    }),
  ],
};
