// The pages Node drives, again in Firefox ESR (over WebDriver BiDi): the strict
// CSP with Trusted Types, the bundle loaded twice, privacy, the pinned CDN
// build beside a partner's own Lit, the framework pages, the no-JavaScript
// pages and server rendering. What Firefox cannot show is named in the tests:
// pages read with JavaScript off (BiDi in Firefox 153 cannot turn scripts off)
// and layout-shift figures (the Layout Instability API is Chromium's alone).
// WebKitGTK runs the same suites: ./hostile-in-webkit.test.mjs.
process.env.HOSTILE_ENGINE = 'firefox';
await import('./hostile-csp.test.mjs');
await import('./hostile-double-load.test.mjs');
await import('./hostile-privacy.test.mjs');
await import('./pinned-cdn.test.mjs');
await import('./framework-pages.test.mjs');
await import('./hostile-no-script.test.mjs');
await import('./ssr.test.mjs');
