// Two Rollup plugins for the CDN build only (issue 12): the widgets' own
// Trusted Types policy, and locale chunks that load only if their bytes match
// the hashes built into the entry. The npm build (tsc) has neither.
import {createHash} from 'node:crypto';
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
/** Stands in for a chunk's hash until the chunk is written: as long as the hash, so the source map holds. */
const placeholder = (index) => integrity('').replace(/[^-]+$/, (digest) => `${'_'.repeat(digest.length)}`.slice(0, -String(index).length - 1) + `~${index}`);

/**
 * Every `import('…/locales/xx.js')` in the sources becomes
 * `pinnedImport(url of the chunk, its integrity)`: the chunk is emitted with the
 * same file name pattern as before, and its hash (of the final, minified bytes)
 * is written into the entry, whose own hash then covers it. Fails the build if
 * a pinned chunk imports anything (that file would load unchecked).
 */
export function pinnedLocaleChunks() {
  const localeImport = () => /\bimport\(\s*(['"])([^'"]*[\\/]locales[\\/][^'"]+\.js)\1\s*\)/g;
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
      if (!/[\\/]src[\\/]/.test(id) || !localeImport().test(code)) return null;
      const text = new MagicString(code);
      for (const match of code.matchAll(localeImport())) {
        const resolved = await this.resolve(match[2], id);
        if (!resolved) this.error(`pinned-locale-chunks: cannot resolve ${match[2]} from ${id}`);
        let entry = pinned.find((each) => each.id === resolved.id);
        if (!entry) {
          entry = {id: resolved.id, reference: this.emitFile({type: 'chunk', id: resolved.id}), placeholder: placeholder(pinned.length)};
          pinned.push(entry);
        }
        const call = `pinnedImport(import.meta.ROLLUP_FILE_URL_${entry.reference}, "${entry.placeholder}")`;
        text.overwrite(match.index, match.index + match[0].length, call);
      }
      text.prepend(`import {pinnedImport} from ${JSON.stringify(PINNED_IMPORT)};\n`);
      return {code: text.toString(), map: text.generateMap({hires: true})};
    },
    generateBundle(_, bundle) {
      for (const {reference, placeholder: stand} of pinned) {
        const chunk = bundle[this.getFileName(reference)];
        if (chunk.imports.length || chunk.dynamicImports.length) {
          this.error(`pinned-locale-chunks: ${chunk.fileName} imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}, which would load unchecked`);
        }
        const hash = integrity(chunk.code);
        const holders = Object.values(bundle).filter((file) => file.type === 'chunk' && file.code.includes(stand));
        // A browser ignores an integrity value it cannot read: a placeholder left behind would load the file unchecked.
        if (holders.length === 0) this.error(`pinned-locale-chunks: the hash of ${chunk.fileName} has no place in the build`);
        for (const file of holders) file.code = file.code.replaceAll(stand, hash);
      }
    },
  };
}
