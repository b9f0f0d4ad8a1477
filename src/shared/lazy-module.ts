import {warnOnce} from '../warn.js';

/** A module loaded only when a page needs it: see `lazyModule()`. */
export interface LazyModule<T> {
  /** The module, once loaded. */
  readonly loaded: () => T | undefined;
  /** Loads it once for every element; resolves to undefined, never rejects, when it cannot be fetched. */
  readonly load: () => Promise<T | undefined>;
}

/**
 * A module the npm build loads only when a page needs it (`importer` calls
 * `import()` on it; the CDN file carries it inside: rollup.config.mjs says
 * why). A failed fetch warns once, saying what the elements do without
 * (`without`), and is tried again at the next `load()`.
 */
export function lazyModule<T>(importer: () => Promise<T>, what: string, without: string): LazyModule<T> {
  let module: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  return {
    loaded: () => module,
    load: () =>
      (loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          warnOnce(`lazy:${what}`, `The ${what} could not be loaded (${String(error)}); ${without}.`);
          return undefined;
        },
      )),
  };
}
