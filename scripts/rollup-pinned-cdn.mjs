// Two Rollup plugins for the CDN build only (issue 12): the widgets' own
// Trusted Types policy, and locale chunks that load only if their bytes match
// the hashes built into the entry. The npm build (tsc) has neither.
import {createHash} from 'node:crypto';
import {posix} from 'node:path';
import {fileURLToPath} from 'node:url';
import MagicString from 'magic-string';

const POLICY_MODULE = fileURLToPath(new URL('../src/cdn/trusted-types.ts', import.meta.url));
const PINNED_IMPORT = fileURLToPath(new URL('../src/cdn/pinned-import.ts', import.meta.url));

/**
 * The bundle's copy of Lit would create the Trusted Types policy "lit-html",
 * the name a partner's own Lit needs too (a name can be created once): hand it
 * the widgets' policy, "people-move" (src/cdn/trusted-types.ts), instead.
 * Fails the build if Lit changes the line this relies on.
 */
export function widgetsTrustedTypesPolicy() {
  const litPolicy = /\b\w+\.createPolicy\("lit-html",\{createHTML:(\w+)=>\1\}\)/;
  return {
    name: 'widgets-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!litPolicy.test(code)) this.error('lit-html no longer creates its Trusted Types policy as expected: review this plugin.');
      const match = litPolicy.exec(code);
      const text = new MagicString(code).overwrite(match.index, match.index + match[0].length, 'peopleMovePolicy');
      text.prepend(`import {policy as peopleMovePolicy} from ${JSON.stringify(POLICY_MODULE)};\n`);
      return {code: text.toString(), map: text.generateMap({hires: true})};
    },
  };
}

const ALGORITHM = 'sha256';
const integrity = (code) => `${ALGORITHM}-${createHash(ALGORITHM).update(code).digest('base64')}`;
/** The language index, beside the language files: its name holds its own hash, so a new index is a new URL. */
const indexFileName = (source) => `locales/index-${createHash(ALGORITHM).update(source).digest('base64url').slice(0, 8)}.js`;
// Stand-ins for the index's name and hash until it is written: as long as them, so the source map holds.
const INDEX_FILE_PLACEHOLDER = 'locales/index-~~~~~~~~.js';
const INDEX_INTEGRITY_PLACEHOLDER = integrity('').replace(/[^-]+$/, (digest) => '~'.repeat(digest.length));

/** The end of an address `pinnedLocaleChunks` pins: a language file, or the language names. */
export const PINNED_PATH = /[\\/](?:locales[\\/][^'"]+|locale-names)\.js/;

/**
 * Every `import('…/locales/xx.js')` (and of the language names) in the sources becomes `pinnedLocale(n)` (src/cdn/pinned-import.ts):
 * the name and hash of each chunk (of its final bytes) go into one small language index module, whose
 * own name and hash go into the entry, whose hash then covers them all (one hash in the entry instead of
 * one per language: 0.9 kB gzip). Fails the build if a pinned chunk imports anything (unchecked).
 */
export function pinnedLocaleChunks() {
  const localeImport = () => new RegExp(String.raw`\bimport\(\s*(['"])([^'"]*${PINNED_PATH.source})\1\s*\)`, 'g');
  const pinned = [];
  return {
    name: 'pinned-locale-chunks',
    buildStart() {
      pinned.length = 0;
    },
    outputOptions(options) {
      // Emitted chunks are named like entries: keep the entry's name for the entry only.
      const {entryFileNames, chunkFileNames} = options;
      const isPinned = (chunk) => pinned.some((each) => each.id === chunk.facadeModuleId);
      return {...options, entryFileNames: (chunk) => (isPinned(chunk) ? chunkFileNames : entryFileNames)};
    },
    async transform(code, id) {
      if (id === PINNED_IMPORT) {
        const stand = {__PINNED_INDEX_FILE__: INDEX_FILE_PLACEHOLDER, __PINNED_INDEX_INTEGRITY__: INDEX_INTEGRITY_PLACEHOLDER};
        const text = new MagicString(code);
        for (const match of code.matchAll(/\b__PINNED_INDEX_\w+__/g)) text.overwrite(match.index, match.index + match[0].length, JSON.stringify(stand[match[0]]));
        return {code: text.toString(), map: text.generateMap({hires: true})};
      }
      if (!/[\\/]src[\\/]/.test(id) || !localeImport().test(code)) return null;
      const text = new MagicString(code);
      for (const match of code.matchAll(localeImport())) {
        const resolved = await this.resolve(match[2], id);
        if (!resolved) this.error(`pinned-locale-chunks: cannot resolve ${match[2]} from ${id}`);
        let index = pinned.findIndex((each) => each.id === resolved.id);
        if (index < 0) index = pinned.push({id: resolved.id, reference: this.emitFile({type: 'chunk', id: resolved.id})}) - 1;
        text.overwrite(match.index, match.index + match[0].length, `pinnedLocale(${index})`);
      }
      text.prepend(`import {pinnedLocale} from ${JSON.stringify(PINNED_IMPORT)};\n`);
      return {code: text.toString(), map: text.generateMap({hires: true})};
    },
    generateBundle(_, bundle) {
      if (pinned.length === 0) return;
      const entries = pinned.map(({reference}) => {
        const chunk = bundle[this.getFileName(reference)];
        if (chunk.imports.length || chunk.dynamicImports.length) {
          this.error(`pinned-locale-chunks: ${chunk.fileName} imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}, which would load unchecked`);
        }
        return [posix.relative(posix.dirname(INDEX_FILE_PLACEHOLDER), chunk.fileName), integrity(chunk.code)];
      });
      const source = `export default${JSON.stringify(entries)};\n`;
      const fileName = this.getFileName(this.emitFile({type: 'asset', fileName: indexFileName(source), source}));
      const holders = Object.values(bundle).filter((file) => file.type === 'chunk' && file.code.includes(INDEX_INTEGRITY_PLACEHOLDER));
      // A browser ignores an integrity value it cannot read: a placeholder left behind would load the index unchecked.
      if (holders.length === 0) this.error('pinned-locale-chunks: the language index\'s hash has no place in the build');
      for (const file of holders) {
        if (!file.code.includes(INDEX_FILE_PLACEHOLDER)) this.error(`pinned-locale-chunks: ${file.fileName} holds the index's hash but not its name`);
        file.code = file.code.replaceAll(INDEX_FILE_PLACEHOLDER, fileName).replaceAll(INDEX_INTEGRITY_PLACEHOLDER, integrity(source));
      }
    },
  };
}

