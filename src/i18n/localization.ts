import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {localeLoaders} from '../generated/locale-loaders.js';
import {targetLocales} from '../generated/locale-codes.js';
import {warnOnce} from '../warn.js';
import {PSEUDO_LOCALE, SOURCE_LOCALE} from './languages.js';

/**
 * The one owner of @lit/localize in this library.
 *
 * @lit/localize keeps one active locale per copy of its module. To let every
 * element speak its own language (a Welsh and an English box on one page),
 * it runs in reentrant mode: `msg()` asks `activeLocale` which language it is
 * in, and each element sets that around its own synchronous render with
 * `inLocale()`. Locale modules are loaded lazily, once each, and shared.
 */

const loaders: Record<string, () => Promise<LocaleModule>> = {
  ...localeLoaders,
  [PSEUDO_LOCALE]: () => import('../generated/locales/en-XA.js'),
};
const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<boolean>>();
let activeLocale = SOURCE_LOCALE;

try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: [...targetLocales, PSEUDO_LOCALE],
    getLocale: () => activeLocale,
    loadLocaleSync: (locale) => loaded.get(locale),
  });
} catch {
  // The page's own code configured this copy of @lit/localize first.
  warnOnce(
    'localize-configured',
    '@lit/localize was already configured by the page, so the widgets show English. ' +
      'Load the CDN build, which carries its own copy, or see the README on sharing @lit/localize.',
  );
}

/** Runs `render` with `msg()` answering in `locale`. */
export function inLocale<T>(locale: string, render: () => T): T {
  const outer = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = outer;
  }
}

/** Whether `locale`'s messages are ready to render now. */
export function isLocaleReady(locale: string): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/**
 * Loads `locale`'s messages once, however many elements ask. Resolves to
 * false, never rejects, when the module cannot be fetched: the caller keeps
 * English on screen.
 */
export function loadLocale(locale: string): Promise<boolean> {
  if (isLocaleReady(locale)) return Promise.resolve(true);
  let pending = loading.get(locale);
  if (pending === undefined) {
    const loader = loaders[locale];
    pending = loader
      ? loader().then(
          (module) => {
            loaded.set(locale, module);
            return true;
          },
          (error: unknown) => {
            loading.delete(locale);
            warnOnce(`locale-load:${locale}`, `The "${locale}" messages could not be loaded (${String(error)}); showing English.`);
            return false;
          },
        )
      : Promise.resolve(false);
    loading.set(locale, pending);
  }
  return pending;
}
