// Written by scripts/i18n-build.mjs from locales/*.xlf. Do not edit by hand: run `npm run i18n:build`.

/** Share of messages (0–1) that each language translates; languages under 0.9 are never picked automatically. */
export const translatedShare: Record<string, number> = {
  'ar': 0,
  'bn': 0,
  'ckb': 0,
  'cy': 0,
  'es': 0,
  'fa': 0,
  'fr': 0,
  'gu': 0,
  'it': 0,
  'pa': 0,
  'pl': 0,
  'ps': 0,
  'pt': 0,
  'ro': 0,
  'so': 0,
  'sq': 0,
  'ti': 0,
  'tr': 0,
  'uk': 0,
  'ur': 0,
};
