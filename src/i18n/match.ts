import {isCompleteEnough, PSEUDO_LOCALE, SHIPPED_LOCALES} from './languages.js';

/** `tag` as Intl writes it, which may be another code: CLDR's aliases make `prs` (Dari) `fa-AF`. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

// Each shipped code under its own spelling and its canonical one, since requested tags are canonicalised.
const byLowerCase = new Map(
  [...SHIPPED_LOCALES, PSEUDO_LOCALE].flatMap((code) => [
    [code.toLowerCase(), code],
    [canonical(code).toLowerCase(), code],
  ]),
);

/** The script a tag is written in, from Intl's likely-subtags data (`pa-PK` → Arab, `pa` → Guru). */
function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * The shipped locale for a BCP 47 tag, trying the tag and then each shorter
 * prefix (`pt-BR` → `pt`), or undefined. A prefix written in another script
 * is no match: Shahmukhi Panjabi (`pa-Arab`, `pa-PK`) does not fall back to
 * the Gurmukhi `pa`. `automatic` (a language from the page or the browser, not
 * asked for on the element) demands a language complete enough to be picked
 * unasked, and never picks the pseudo-locale (`en-XA` on a page means English).
 */
export function matchLocale(tag: string, automatic: boolean): string | undefined {
  // No language tag is this long; parsing a 2 MB `lang` would freeze the page for seconds.
  if (tag.length > 100) return undefined;
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  const subtags = canonical.toLowerCase().split('-');
  const script = scriptOf(canonical);
  for (let length = subtags.length; length > 0; length--) {
    const candidate = byLowerCase.get(subtags.slice(0, length).join('-'));
    if (candidate === undefined || (automatic && candidate === PSEUDO_LOCALE)) continue;
    if (length < subtags.length && script !== undefined && scriptOf(candidate) !== script) return undefined;
    if (automatic && !isCompleteEnough(candidate)) return undefined;
    return candidate;
  }
  return undefined;
}
