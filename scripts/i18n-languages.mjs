// Each language's name in itself and its writing direction, from its code alone: Intl.Locale#maximize()
// gives the script ICU expects for the code (prs → fa-Arab-AF), and the Unicode bidirectional class of
// that script's letters gives the direction (bidi-js: Intl's own textInfo answers "ltr" for any code ICU
// has no locale data for, such as pnb). No hand list of languages or scripts.
// locales/languages.json is the one place to override a menu name or give a script ICU does not know:
//   {"ckb": {"name": "کوردی (سۆرانی)"}, "xyz": {"name": "…", "script": "Arab"}}
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A language code's fault, told so that a volunteer knows what to do. */
export class LanguageError extends Error {}

/** locales/languages.json, or no overrides. */
export function readOverrides(xliffDir) {
  const path = join(xliffDir, 'languages.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/** 'rtl' when the letters of `script` (ISO 15924, "Arab") are written right to left. */
export function scriptDirection(script) {
  const letter = new RegExp(`^(?=\\p{L})\\p{Script=${script}}$`, 'u');
  for (let point = 0x41; point < 0x110000; point++) {
    if (point >= 0xd800 && point < 0xe000) continue;
    const character = String.fromCodePoint(point);
    if (letter.test(character)) return ['R', 'AL'].includes(bidi.getBidiCharTypeName(character)) ? 'rtl' : 'ltr';
  }
  throw new LanguageError(`Unicode has no letters in the script "${script}"`);
}

/**
 * @returns {{name: string, script: string, dir: 'ltr' | 'rtl'}} for the menu and the `dir` attribute
 * @throws {LanguageError} for a code that is not a language tag, or that ICU (and the overrides) know too little of
 */
export function languageInfo(code, overrides = {}) {
  const fix = (what, meaning) => `add {"${code}": {${what}}} (${meaning}) to locales/languages.json and run the command again`;
  let locale;
  try {
    [locale] = Intl.getCanonicalLocales(code);
  } catch {
    throw new LanguageError(`"${code}" is not a language code: use the short code from ISO 639 ("ta" Tamil, "prs" Dari), optionally with a script or region ("pa-Arab", "pt-BR")`);
  }
  const override = overrides[code] ?? {};
  const script = override.script ?? new Intl.Locale(locale).maximize().script;
  if (!script) throw new LanguageError(`ICU (the language data in Node) does not know which script "${code}" is written in: ${fix('"script": "Arab"', 'its ISO 15924 script code')}`);
  let dir;
  try {
    dir = scriptDirection(script);
  } catch {
    throw new LanguageError(`"${script}" (the script given for "${code}") is not an ISO 15924 script code Unicode knows, such as "Arab", "Latn" or "Ethi"`);
  }
  const icuName = new Intl.DisplayNames([locale], {type: 'language', fallback: 'none'}).of(locale);
  // ICU names a language in English when it has no name for it in itself ("Western Panjabi" for pnb).
  const englishName = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'}).of(locale);
  const ownName = icuName && (icuName !== englishName || locale.startsWith('en')) ? icuName.charAt(0).toLocaleUpperCase(locale) + icuName.slice(1) : undefined;
  const name = override.name ?? ownName;
  if (!name) throw new LanguageError(`ICU (the language data in Node) has no name for "${code}" in the language itself, for the language menu: ${fix('"name": "…"', 'the name its speakers use, written in their script')}`);
  return {name, script, dir};
}
