import {allLocales, sourceLocale} from '../generated/locale-codes.js';
import {nativeNames} from '../generated/locale-names.js';
import {translatedShare} from '../generated/locale-status.js';

export const SOURCE_LOCALE: string = sourceLocale;

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
 * Languages written right to left, by primary language subtag, and scripts
 * that are, for tags that name one (`pa-Arab`). `Intl.Locale#getTextInfo` is
 * not in every browser, so this table is the authority.
 */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'lrc', 'mzn', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  const [language = '', script] = locale.toLowerCase().split('-');
  if (script && script.length === 4) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** A language's name in itself ("Cymraeg", "العربية"), for the language picker. */
export function nativeName(locale: string): string {
  return nativeNames[locale] ?? locale;
}
