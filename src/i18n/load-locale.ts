import type {LocaleModule} from '@lit/localize';
import {localeLoaders} from '../generated/locale-loaders.js';
import {warnOnce} from '../warn.js';
import {PSEUDO_LOCALE} from './languages.js';
import {addLocale, isLocaleReady} from './localization.js';

const loaders: Record<string, () => Promise<LocaleModule>> = {
  ...localeLoaders,
  [PSEUDO_LOCALE]: () => import('../generated/locales/en-XA.js'),
};
const loading = new Map<string, Promise<boolean>>();

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
    // A loader may throw before it returns a promise (the CDN build's resolves the chunk's address with `URL`,
    // which a hostile page may have removed): that is a failed load too, never an exception or a wait forever.
    pending = loader
      ? new Promise<LocaleModule>((resolve) => resolve(loader())).then(
          (module) => {
            addLocale(locale, module);
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
