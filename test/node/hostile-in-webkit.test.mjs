// The pages Node drives, again in WebKitGTK (MiniBrowser over WebDriver classic,
// test/hostile/support/webkit.mjs): the strict CSP with Trusted Types, the
// bundle loaded twice, privacy, the pinned CDN build beside a partner's own
// Lit, the framework pages, the no-JavaScript pages, server rendering, the CDN
// bundle's import and load order, a language added by i18n:add, and the embed
// builder with its exports (driven by accessible names: WebDriver's computed
// label and role).
// WebDriver classic shows neither the engine's own console lines nor its
// requests: the probe script records the page's console and errors, the test
// servers and Resource Timing the requests. What WebKit cannot show is named
// in the tests (layout-shift figures; a phone or email narrower than MiniBrowser's
// window; reading the clipboard back).
import {runSuitesIn} from '../hostile/support/in-engine.mjs';

await runSuitesIn('webkit');
