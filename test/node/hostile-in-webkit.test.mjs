// The pages Node drives, again in WebKitGTK (MiniBrowser over WebDriver classic,
// test/hostile/support/webkit.mjs): the strict CSP with Trusted Types, the
// bundle loaded twice, privacy, the pinned CDN build beside a partner's own
// Lit, the framework pages, the no-JavaScript pages and server rendering.
// WebDriver classic shows neither the engine's own console lines nor its
// requests: the probe script records the page's console and errors, the test
// servers and Resource Timing the requests. What WebKit cannot show is named
// in the tests (layout-shift figures; a phone narrower than MiniBrowser's window).
process.env.HOSTILE_ENGINE = 'webkit';
await import('./hostile-csp.test.mjs');
await import('./hostile-double-load.test.mjs');
await import('./hostile-privacy.test.mjs');
await import('./pinned-cdn.test.mjs');
await import('./framework-pages.test.mjs');
await import('./hostile-no-script.test.mjs');
await import('./ssr.test.mjs');
