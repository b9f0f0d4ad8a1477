// The CDN build: one self-contained, minified ES module with Lit inside, and
// one small chunk per language beside it, loaded only when a page needs that
// language. Chunks are imported relative to the bundle's own URL, so the files
// work from any CDN path. (The npm build is plain `tsc`: see package.json.)
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {transform} from 'esbuild';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pinnedLocaleChunks, widgetsTrustedTypesPolicy} from './scripts/rollup-pinned-cdn.mjs';

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
 * Every distinct match of `pattern` (its first group, if it has one) in the
 * files under src/ whose path `fileTest` accepts, each mapped to a short name:
 * `name` of its index among them all, sorted, in base 36. The same input gives
 * the same names in every build.
 */
function shortNames(fileTest, pattern, name) {
  const found = new Set();
  for (const file of readdirSync('src', {recursive: true})) {
    if (!fileTest.test(file)) continue;
    for (const match of readFileSync(join('src', file), 'utf8').matchAll(pattern)) found.add(match[1] ?? match[0]);
  }
  return new Map([...found].sort().map((each, index) => [each, name(index.toString(36))]));
}

/**
 * Terser leaves the CSS inside Lit's css`…` templates as written, comments and
 * indentation included. Minify each one (they hold no `${}` expressions) with
 * esbuild's CSS minifier; then drop the spaces esbuild keeps in custom property
 * values (`--x: var(--y, red)`), and give the internal custom properties (`--_*`,
 * shared by every sheet, never set from outside) short names, the same in every
 * sheet: the public `--pm-*` ones keep theirs.
 */
function minifyCssTemplates() {
  let internalNames = new Map();
  return {
    name: 'minify-css-templates',
    buildStart() {
      internalNames = shortNames(/\.ts$/, /--_[\w-]+/g, (key) => `--_${key}`);
    },
    async transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id)) return null;
      // TypeScript prints the tag as `css `…``, with a space.
      const templates = [...code.matchAll(/\bcss\s*`([^`$\\]*)`/g)];
      if (templates.length === 0) return null;
      let result = code;
      for (const [whole, body] of templates.reverse()) {
        const {code: minified} = await transform(body, {loader: 'css', minify: true});
        const compact = minified
          .trim()
          .replace(/(--[\w-]+):\s*([^;}]*)/g, (_, property, value) => `${property}:${value.replace(/,\s+/g, ',').trim()}`)
          .replace(/--_[\w-]+/g, (name) => internalNames.get(name) ?? name);
        result = result.replace(whole, `css\`${compact}\``);
      }
      return {code: result, map: null};
    },
  };
}

/**
 * The index just past the end of the JavaScript expression that starts at `from`
 * inside a template literal's `${…}` (braces, strings and nested templates skipped).
 */
function expressionEnd(code, from) {
  let depth = 1;
  let i = from;
  while (depth > 0) {
    const char = code[i];
    if (char === undefined) throw new Error('collapse-template-whitespace: unterminated ${…}');
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === "'" || char === '"') {
      for (i++; code[i] !== char; i++) if (code[i] === '\\') i++;
    } else if (char === '`') {
      i = templateEnd(code, i + 1) - 1;
    }
    i++;
  }
  return i;
}

/** The index just past the closing backtick of the template literal whose text starts at `from`. */
function templateEnd(code, from) {
  let i = from;
  while (code[i] !== '`') {
    if (code[i] === undefined) throw new Error('collapse-template-whitespace: unterminated template');
    if (code[i] === '\\') i++;
    else if (code[i] === '$' && code[i + 1] === '{') i = expressionEnd(code, i + 2) - 1;
    i++;
  }
  return i + 1;
}

/**
 * The source indentation inside Lit's html`…` templates becomes text nodes that
 * only cost bytes: every element lays its parts out with flex, grid or blocks,
 * where white space between tags is never drawn (the templates hold no <pre> or
 * <textarea>, which the build refuses). A run of white space that holds a line
 * break is dropped next to a tag or at either end of a template, becomes one
 * space between words or two bindings, and one space (or nothing before `>`)
 * inside a tag. Runs without a line break, as in `${a} ${b}`, stay as written.
 */
function collapseTemplateWhitespace() {
  const collapse = (code) => {
    let out = '';
    let last = 0;
    for (const match of code.matchAll(/\b(?:html|svg)\s*`/g)) {
      if (match.index < last) continue; // inside a template already rewritten
      const start = match.index + match[0].length;
      const end = templateEnd(code, start);
      out += code.slice(last, start) + collapseTemplate(code.slice(start, end - 1)) + '`';
      last = end;
    }
    return out + code.slice(last);
  };
  const collapseTemplate = (text) => {
    if (/<(pre|textarea)\b/i.test(text)) throw new Error('collapse-template-whitespace: a template holds <pre> or <textarea>');
    let out = '';
    let inTag = false;
    let quote = '';
    let previous = 'start';
    for (let i = 0; i < text.length; ) {
      const char = text[i];
      if (char === '$' && text[i + 1] === '{') {
        const end = expressionEnd(text, i + 2);
        out += '${' + collapse(text.slice(i + 2, end - 1)) + '}';
        previous = 'binding';
        i = end;
        continue;
      }
      if (/\s/.test(char) && !quote) {
        let j = i;
        while (j < text.length && /\s/.test(text[j])) j++;
        const run = text.slice(i, j);
        const before = previous;
        const after = j === text.length ? 'end' : text.startsWith('${', j) ? 'binding' : text[j];
        if (!run.includes('\n')) out += run;
        else if (inTag) out += after === '>' || after === '/' ? '' : ' ';
        else if (before === 'start' || after === 'end' || before === '>' || after === '<') out += '';
        else out += ' ';
        previous = run;
        i = j;
        continue;
      }
      if (inTag) {
        if (quote) {
          if (char === quote) quote = '';
        } else if (char === '"' || char === "'") {
          quote = char;
        } else if (char === '>') {
          inTag = false;
        }
      } else if (char === '<' && /[a-zA-Z/!]/.test(text[i + 1] ?? '')) {
        inTag = true;
      }
      out += char;
      previous = char;
      i++;
    }
    return out;
  };
  return {
    name: 'collapse-template-whitespace',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !/\b(?:html|svg)\s*`/.test(code)) return null;
      return {code: collapse(code), map: null};
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

/**
 * Message ids (`manifesto.narrative.p1`) name each string for translators and
 * the XLIFF files; at run time they are only keys shared by the msg() calls and
 * the locale modules. In the CDN build, each becomes a short key (its index
 * among every id of the content modules, sorted, in base 36) on both sides.
 */
function shortMessageIds() {
  const contentModule = /\.content\.ts$/;
  const localeModule = /[\\/]generated[\\/]locales[\\/][^\\/]+\.ts$/;
  let keys = new Map();
  return {
    name: 'short-message-ids',
    buildStart() {
      keys = shortNames(contentModule, /\bid:\s*'([^']+)'/g, (key) => key);
    },
    transform(code, id) {
      // A translation whose message no content module has any more keeps its id: nothing asks for it.
      const key = (messageId) => keys.get(messageId) ?? messageId;
      if (contentModule.test(id)) {
        return {code: code.replace(/\bid:\s*'([^']+)'/g, (_, messageId) => `id: '${key(messageId)}'`), map: null};
      }
      if (localeModule.test(id)) {
        return {code: code.replace(/^(\s*)'([^']+)':/gm, (_, indent, messageId) => `${indent}'${key(messageId)}':`), map: null};
      }
      return null;
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
      tsconfig: './tsconfig.cdn.json', // tsconfig.build.json plus src/cdn, which only this build uses
      outDir: 'dist/cdn',
      declaration: false,
      declarationMap: false,
      noEmitOnError: true,
    }),
    minifyCssTemplates(),
    collapseTemplateWhitespace(),
    dropLocalizeAuthoringParts(),
    widgetsTrustedTypesPolicy(),
    pinnedLocaleChunks(),
    shortMessageIds(),
    selfContainedLocaleChunks(),
    terser({
      ecma: 2022,
      module: true,
      format: {comments: false},
      compress: {passes: 2},
    }),
  ],
};
