import {quote, warnOnce} from '../warn.js';
import {SOURCE_LOCALE} from './languages.js';
import {matchLocale} from './match.js';
import {requestedLanguage} from './requested-language.js';

/** The reader's preferred languages, in order (empty outside a browser). */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The shipped locale `element` renders in: its own `lang`, else the page's
 * (`lang="auto"`: the reader's browser languages), through the fallback chain
 * `pt-BR` → `pt` → English. A language asked for on the element itself is
 * always honoured; one that comes from the page or the browser only when it is
 * complete enough. Anything else is English, with one warning per tag.
 */
export function resolveLocale(element: Element): string {
  const {tag, source} = requestedLanguage(element);
  if (source === 'none') return SOURCE_LOCALE;
  if (tag.trim().toLowerCase() === 'auto') {
    for (const preferred of browserLanguages()) {
      const match = matchLocale(preferred, true);
      if (match) return match;
    }
    return SOURCE_LOCALE;
  }
  const match = matchLocale(tag, source === 'page');
  if (match) return match;
  const incomplete = source === 'page' ? matchLocale(tag, false) : undefined;
  if (incomplete) {
    warnOnce(
      `incomplete:${incomplete}`,
      `The "${incomplete}" translation is not complete enough to be picked from the page's language; showing English. ` +
        `Set lang="${incomplete}" on the element to show it anyway.`,
    );
  } else {
    warnOnce(`unknown-language:${tag}`, `No translation for language ${quote(tag)}; showing English.`);
  }
  return SOURCE_LOCALE;
}
