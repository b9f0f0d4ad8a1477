// Runs the pages Node drives (test/node/) again in another engine, for
// test/node/hostile-in-firefox.test.mjs and hostile-in-webkit.test.mjs: each
// suite reads HOSTILE_ENGINE when it is imported, so it is set first.
import process from 'node:process';
const SUITES = [
  'hostile-csp',
  'hostile-double-load',
  'hostile-privacy',
  'pinned-cdn',
  'framework-pages',
  'hostile-no-script',
  'ssr',
  'cdn-import-and-load-order',
  'i18n-add-prs',
  'builder',
];

/** Imports every suite, in order, with `engine` (`firefox` or `webkit`) as HOSTILE_ENGINE. */
export async function runSuitesIn(engine) {
  process.env.HOSTILE_ENGINE = engine;
  for (const suite of SUITES) await import(`../../node/${suite}.test.mjs`);
}
