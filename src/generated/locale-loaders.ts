// Written by scripts/i18n-build.mjs. Do not edit by hand: run `npm run i18n:build`.
import type {LocaleModule} from '@lit/localize';

export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {
  'ar': () => import('./locales/ar.js'),
  'bn': () => import('./locales/bn.js'),
  'ckb': () => import('./locales/ckb.js'),
  'cy': () => import('./locales/cy.js'),
  'es': () => import('./locales/es.js'),
  'fa': () => import('./locales/fa.js'),
  'fr': () => import('./locales/fr.js'),
  'gu': () => import('./locales/gu.js'),
  'it': () => import('./locales/it.js'),
  'pa': () => import('./locales/pa.js'),
  'pl': () => import('./locales/pl.js'),
  'ps': () => import('./locales/ps.js'),
  'pt': () => import('./locales/pt.js'),
  'ro': () => import('./locales/ro.js'),
  'so': () => import('./locales/so.js'),
  'sq': () => import('./locales/sq.js'),
  'ti': () => import('./locales/ti.js'),
  'tr': () => import('./locales/tr.js'),
  'uk': () => import('./locales/uk.js'),
  'ur': () => import('./locales/ur.js'),
};
