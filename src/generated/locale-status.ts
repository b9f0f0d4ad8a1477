// Written by scripts/i18n-build.mjs. Do not edit by hand: run `npm run i18n:build`.

/** Share of messages (0–1) that each language translates; languages under 0.9 are never picked automatically. */
export const translatedShare: Record<string, number> = {
  'ar': 1,
  'bn': 1,
  'ckb': 1,
  'cy': 1,
  'es': 1,
  'fa': 1,
  'fr': 1,
  'gu': 1,
  'it': 1,
  'pa': 1,
  'pl': 1,
  'ps': 1,
  'pt': 1,
  'ro': 1,
  'so': 1,
  'sq': 1,
  'ti': 1,
  'tr': 1,
  'uk': 1,
  'ur': 1,
};
