/**
 * The language runtime: everything the elements need to speak a language
 * other than English (working out which one from `lang` and the browser,
 * loading its messages, its writing direction, the language menu). An
 * element loads it only when its language is not plainly English
 * (`load-language-runtime.ts`), so a page in English never pays for it.
 */
export {resolveLocale} from './resolve-locale.js';
export {loadLocale} from './load-locale.js';
export {directionOf, loadNativeNames, nativeNamesLoaded} from './languages.js';
export {languagePicker} from './language-picker.js';
