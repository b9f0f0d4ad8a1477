// The pages Node drives, again in WebKitGTK (MiniBrowser over WebDriver classic,
// test/hostile/support/webkit.mjs): the strict CSP with Trusted Types, the
// bundle loaded twice, privacy, the pinned CDN build beside a partner's own
// Lit, the framework pages, the no-JavaScript pages, server rendering, the CDN
// bundle's import and load order, and a language added by i18n:add. Not yet the
// embed builder (builder.test.mjs): it drives the page by accessible name and
// keyboard, which test/hostile/support/webkit.mjs does not offer.
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
await import('./cdn-import-and-load-order.test.mjs');
await import('./i18n-add-prs.test.mjs');
