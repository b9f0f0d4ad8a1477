import {lazyModule} from '../shared/lazy-module.js';
import type * as Runtime from './language-runtime.js';

export type LanguageRuntime = typeof Runtime;

/** The language runtime (`language-runtime.ts`), loaded only for a language other than plain English. */
export const {loaded: languageRuntime, load: loadLanguageRuntime} = lazyModule(
  () => import('./language-runtime.js'),
  "widgets' languages",
  'showing English',
);
