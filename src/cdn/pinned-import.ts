import {policy} from './trusted-types.js';

/** The nonce of the entry's own `<script>`, if the page gave it one: a policy built on nonces allows the chunks too. */
const nonce = typeof document === 'undefined' ? '' : ([...document.scripts].find((script) => script.src === import.meta.url)?.nonce ?? '');

/**
 * Imports the locale chunk at `url` only if its bytes match `integrity`: the
 * CDN build loads every file through this (rollup.config.mjs), so that the
 * entry's own `integrity` (the README's snippet) covers them too.
 *
 * `import()` takes no integrity, so a module `<script integrity>` fetches and
 * runs the chunk first; the `import()` that follows, only once that succeeded,
 * finds the module in the document's module map (keyed by URL) and fetches
 * nothing. A chunk that fails the check never runs and the promise rejects:
 * the element shows English and fires `pm-locale-error`. The chunks import
 * nothing themselves (the build checks), so nothing else is fetched unchecked.
 */
export function pinnedImport<T>(url: string, integrity: string): Promise<T> {
  const checked = new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    const settle = (event: Event) => {
      script.remove();
      if (event.type === 'load') resolve();
      else reject(new Error(`${url} does not match this release's integrity hash, or could not be fetched`));
    };
    script.type = 'module';
    script.integrity = integrity;
    if (nonce) script.nonce = nonce;
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
    // Under `require-trusted-types-for 'script'` without the policy, this throws: the promise rejects.
    (script as {src: unknown}).src = policy ? policy.createScriptURL(url) : url;
    (document.head ?? document.documentElement).append(script);
  });
  return checked.then(() => import(/* @vite-ignore */ url) as Promise<T>);
}

/** Written in by the build (scripts/rollup-pinned-cdn.mjs): the language index's path beside the entry, and its hash. */
declare const __PINNED_INDEX_FILE__: string;
declare const __PINNED_INDEX_INTEGRITY__: string;

type LanguageIndex = readonly (readonly [file: string, integrity: string])[];
let languageIndex: Promise<LanguageIndex> | undefined;

/**
 * Imports language file number `n` of the language index: the index (file
 * names and hashes of every language file) is itself loaded through
 * `pinnedImport` with the hash built into the entry, once, on the first page
 * that needs a language other than English. An index that failed to load is
 * asked for again next time.
 */
export function pinnedLocale<T>(n: number): Promise<T> {
  const indexUrl = new URL(__PINNED_INDEX_FILE__, import.meta.url).href;
  const index = (languageIndex ??= pinnedImport<{default: LanguageIndex}>(indexUrl, __PINNED_INDEX_INTEGRITY__).then((module) => module.default));
  index.catch(() => {
    if (languageIndex === index) languageIndex = undefined;
  });
  return index.then((files) => pinnedImport<T>(new URL(files[n][0], indexUrl).href, files[n][1]));
}
