// Written by scripts/i18n-build.mjs. Do not edit by hand: run `npm run i18n:build`.

/** Each shipped language's name in that language, for the language menu (locales/languages.json overrides). */
export const nativeNames: Record<string, string> = {
  'en': 'English',
  'ar': 'العربية',
  'bn': 'বাংলা',
  'ckb': 'کوردی (سۆرانی)',
  'cy': 'Cymraeg',
  'es': 'Español',
  'fa': 'فارسی',
  'fr': 'Français',
  'gu': 'ગુજરાતી',
  'it': 'Italiano',
  'pa': 'ਪੰਜਾਬੀ',
  'pl': 'Polski',
  'ps': 'پښتو',
  'pt': 'Português',
  'ro': 'Română',
  'so': 'Soomaali',
  'sq': 'Shqip',
  'ti': 'ትግርኛ',
  'tr': 'Türkçe',
  'uk': 'Українська',
  'ur': 'اردو',
};
