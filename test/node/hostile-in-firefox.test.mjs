// The pages Node drives, again in Firefox ESR (over WebDriver BiDi): the strict
// CSP with Trusted Types, the bundle loaded twice, privacy, the pinned CDN
// build beside a partner's own Lit, the framework pages, the no-JavaScript
// pages, server rendering, the CDN bundle's import and load order, a language
// added by i18n:add, and the embed builder with its exports. What Firefox cannot show is named in the tests:
// pages read with JavaScript off (BiDi in Firefox 153 cannot turn scripts off)
// and layout-shift figures (the Layout Instability API is Chromium's alone);
// the builder's copied snippet is read as the page hands it to the clipboard.
// WebKitGTK runs the same suites: ./hostile-in-webkit.test.mjs.
import {runSuitesIn} from '../hostile/support/in-engine.mjs';

await runSuitesIn('firefox');
