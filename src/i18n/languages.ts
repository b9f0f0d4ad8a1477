import {allLocales} from '../generated/locale-codes.js';
import {directions} from '../generated/locale-info.js';
import {translatedShare} from '../generated/locale-status.js';
import {warnOnce} from '../warn.js';
import {SOURCE_LOCALE} from './localization.js';

export {SOURCE_LOCALE};

/** Pseudo-locale for layout testing: accented, longer, bracketed English. Only ever used when asked for by name. */
export const PSEUDO_LOCALE = 'en-XA';

/** Every language the widgets ship, source first. */
export const SHIPPED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...allLocales.filter((code) => code !== SOURCE_LOCALE)];

/** A language is picked automatically (from the page or the browser) only when this share of it is translated. */
export const AUTO_SELECT_THRESHOLD = 0.9;

export function isCompleteEnough(locale: string): boolean {
  return locale === SOURCE_LOCALE || (translatedShare[locale] ?? 0) >= AUTO_SELECT_THRESHOLD;
}

/**
 * A shipped language's writing direction. `npm run i18n:build` computes it from the code's script
 * (Intl.Locale#maximize, Unicode), so no browser needs Intl.Locale#getTextInfo; anything else
 * (the pseudo-locale en-XA) is left to right.
 */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return directions[locale] ?? 'ltr';
}

let nativeNames: Record<string, string> | undefined;
let loadingNames: Promise<void> | undefined;

/**
 * Loads every language's name in itself, once: only a language menu shows
 * them, so the elements load them (0.4 kB gzip) only for a menu. Never
 * rejects: names that cannot load leave the codes, with a warning.
 */
export function loadNativeNames(): Promise<void> {
  return (loadingNames ??= import('../generated/locale-names.js').then(
    (module) => {
      nativeNames = module.nativeNames;
    },
    (error: unknown) => warnOnce('language-names', `The language menu's names could not be loaded (${String(error)}); it shows language codes.`),
  ));
}

/** Whether `nativeName()` answers with names yet. */
export function nativeNamesLoaded(): boolean {
  return nativeNames !== undefined;
}

/** A language's name in itself ("Cymraeg", "العربية"), for the language picker, once `loadNativeNames()` is done; else its code. */
export function nativeName(locale: string): string {
  return nativeNames?.[locale] ?? locale;
}
