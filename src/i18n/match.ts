import {isCompleteEnough, PSEUDO_LOCALE, SHIPPED_LOCALES} from './languages.js';

const byLowerCase = new Map([...SHIPPED_LOCALES, PSEUDO_LOCALE].map((code) => [code.toLowerCase(), code]));

/**
 * The shipped locale for a BCP 47 tag, trying the tag and then each shorter
 * prefix (`pt-BR` → `pt`), or undefined. A tag naming a script that the
 * shipped language is not written in (`pa-Arab`, when `pa` is Gurmukhi) does
 * not fall back to it. `automatic` demands a language complete enough to be
 * picked without being asked for, and never picks the pseudo-locale.
 */
export function matchLocale(tag: string, automatic: boolean): string | undefined {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  const subtags = canonical.toLowerCase().split('-');
  const script = subtags[1]?.length === 4 ? subtags[1] : undefined;
  for (let length = subtags.length; length > 0; length--) {
    const candidate = byLowerCase.get(subtags.slice(0, length).join('-'));
    if (candidate === undefined) continue;
    if (script !== undefined && length === 1 && !writtenIn(candidate, script)) return undefined;
    if (automatic && (candidate === PSEUDO_LOCALE || !isCompleteEnough(candidate))) return undefined;
    return candidate;
  }
  return undefined;
}

/** Whether `locale` is written in `script` (Intl's likely-subtags data). */
function writtenIn(locale: string, script: string): boolean {
  try {
    return new Intl.Locale(locale).maximize().script?.toLowerCase() === script;
  } catch {
    return false;
  }
}
