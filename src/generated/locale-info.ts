// Written by scripts/i18n-build.mjs. Do not edit by hand: run `npm run i18n:build`.

/** Each shipped language's writing direction, from its script (Intl.Locale#maximize). */
export const directions: Record<string, 'ltr' | 'rtl'> = {
  'en': 'ltr',
  'ar': 'rtl',
  'bn': 'ltr',
  'ckb': 'rtl',
  'cy': 'ltr',
  'es': 'ltr',
  'fa': 'rtl',
  'fr': 'ltr',
  'gu': 'ltr',
  'it': 'ltr',
  'pa': 'ltr',
  'pl': 'ltr',
  'ps': 'rtl',
  'pt': 'ltr',
  'ro': 'ltr',
  'so': 'ltr',
  'sq': 'ltr',
  'ti': 'ltr',
  'tr': 'ltr',
  'uk': 'ltr',
  'ur': 'rtl',
};
