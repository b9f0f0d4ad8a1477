import {warnOnce} from '../warn.js';
import type * as Runtime from './language-runtime.js';

export type LanguageRuntime = typeof Runtime;

let runtime: LanguageRuntime | undefined;
let loading: Promise<LanguageRuntime | undefined> | undefined;

/** The language runtime, once loaded. */
export function languageRuntime(): LanguageRuntime | undefined {
  return runtime;
}

/**
 * Loads the language runtime (`language-runtime.ts`) once, for every element.
 * Resolves to undefined, never rejects, when it cannot be fetched (one
 * warning; asked for again next time): the elements keep English. (The CDN
 * file carries the runtime inside: rollup.config.mjs says why.)
 */
export function loadLanguageRuntime(): Promise<LanguageRuntime | undefined> {
  return (loading ??= import('./language-runtime.js').then(
    (module) => (runtime = module),
    (error: unknown) => {
      loading = undefined;
      warnOnce('language-runtime', `The widgets' languages could not be loaded (${String(error)}); showing English.`);
      return undefined;
    },
  ));
}
