// Issue 7, group 3: loaded twice. Pages include the script twice: the same
// URL in two tags, two URLs of one release (`?ver=` as WordPress adds it),
// another release first or second, and a copy added after the elements have
// rendered. Each time: no exception, at most one `[people-move]` warning, and
// every element renders (in a second language too, whose chunk both copies
// would load).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {readElements} from '../hostile/support/manifest.mjs';
import {CDN_HEADERS, ROOT, startServer} from '../hostile/support/server.mjs';
import {settleWidgets} from '../hostile/support/use-controls.mjs';
import {strictPolicy} from '../hostile/support/policy.mjs';

const {version: VERSION} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const OTHER_VERSION = '0.9.0';
const {SHIPPED_LOCALES} = await import(join(ROOT, 'dist/i18n/languages.js'));
const SECOND_LANGUAGE = SHIPPED_LOCALES.includes('cy') ? 'cy' : SHIPPED_LOCALES.find((code) => code !== 'en');

/** The CDN serves /older/… as the same build claiming another version, as an older release on the page would. */
function olderRelease(url, text) {
  if (!url.pathname.startsWith('/older/dist/cdn/people-move.js')) return undefined;
  const stamp = `"${VERSION}"`;
  const found = text.split(stamp).length - 1;
  if (found !== 1) throw new Error(`expected the version ${stamp} once in the bundle, found it ${found} times`);
  return text.replace(stamp, `"${OTHER_VERSION}"`);
}

const SCENARIOS = {
  'the same URL in two script tags': {head: ['/dist/cdn/people-move.js', '/dist/cdn/people-move.js']},
  'two URLs of one release (?ver=)': {head: ['/dist/cdn/people-move.js', '/dist/cdn/people-move.js?ver=6.5.2']},
  'another release loaded first': {head: ['/older/dist/cdn/people-move.js', '/dist/cdn/people-move.js'], warnings: 1},
  'another release loaded second': {head: ['/dist/cdn/people-move.js', '/older/dist/cdn/people-move.js'], warnings: 1},
  'a second copy added after the elements rendered': {head: ['/dist/cdn/people-move.js'], late: '/dist/cdn/people-move.js?copy=late'},
};

function page(cdnOrigin, scripts) {
  const widgets = readElements()
    .flatMap(({tag}) => [`<${tag}></${tag}>`, `<${tag} lang="${SECOND_LANGUAGE}"></${tag}>`])
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Partner page: the script twice</title>
    <link rel="icon" href="data:,">
    <script src="/test/hostile/pages/probe.js"></script>
    <script type="module" src="/test/hostile/pages/expose-controls.js"></script>
    ${scripts.map((src) => `<script type="module" src="${cdnOrigin}${src}"></script>`).join('\n    ')}
  </head>
  <body>
    ${widgets}
  </body>
</html>`;
}

describe('hostile pages: loaded twice (group 3)', () => {
  let cdn;
  let site;
  let browser;
  const pages = {};

  before(async () => {
    cdn = await startServer({
      headers: () => CDN_HEADERS,
      files: (pathname) => pathname.replace(/^\/older\//, '/'),
      transform: (url, text) => olderRelease(url, text),
    });
    for (const [name, {head}] of Object.entries(SCENARIOS)) pages[`/${encodeURIComponent(name)}.html`] = () => page(cdn.origin, head);
    site = await startServer({pages});
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await cdn?.close();
  });

  async function visit(path, late) {
    const requestsBefore = cdn.requests.length;
    const tab = await browser.newPage();
    const seen = watchConsole(tab);
    await tab.goto(`${site.origin}${path}`, {waitUntil: 'load'});
    await settleWidgets(tab);
    if (late) {
      await tab.evaluate(
        (src) =>
          new Promise((resolve, reject) => {
            const script = Object.assign(document.createElement('script'), {type: 'module', src});
            script.addEventListener('load', resolve);
            script.addEventListener('error', reject);
            document.head.append(script);
          }),
        `${cdn.origin}${late}`,
      );
      await settleWidgets(tab);
    }
    const rendered = await tab.evaluate(() =>
      window.pmControls.widgets().map((widget) => ({
        tag: widget.localName,
        asked: widget.getAttribute('lang'),
        lang: widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ?? null,
        text: window.pmControls.textAlternative(widget).trim().length,
      })),
    );
    await tab.close();
    const bundles = new Set(cdn.requests.slice(requestsBefore).filter((request) => /\/people-move\.js/.test(request))).size;
    return {seen, rendered, bundles};
  }

  for (const [name, {warnings = 0, late}] of Object.entries(SCENARIOS)) {
    it(`${name}: no exception, at most one warning, every element renders`, async () => {
      const {seen, rendered, bundles} = await visit(`/${encodeURIComponent(name)}.html`, late);
      const ours = seen.warnings.filter((line) => line.startsWith('[people-move]'));
      console.log(
        `[hostile] loaded twice, ${name}: ${bundles} bundle URL(s) fetched, ${seen.errors.length} errors, ${ours.length} warnings, ${rendered.length} elements rendered`,
      );
      assert.deepEqual(seen.errors, [], 'errors');
      assert.ok(ours.length <= 1, `at most one warning: ${ours.join(' | ')}`);
      assert.equal(ours.length, warnings, `warnings: ${ours.join(' | ')}`);
      if (warnings) assert.ok(ours[0].includes(OTHER_VERSION) && ours[0].includes(VERSION), `the warning names both versions: ${ours[0]}`);
      assert.equal(rendered.length, readElements().length * 2);
      for (const widget of rendered) {
        assert.ok(widget.text > 0, `<${widget.tag} lang=${widget.asked}> shows content`);
        assert.equal(widget.lang, widget.asked ?? 'en', `<${widget.tag}> renders its language`);
      }
    });
  }
});

describe('hostile pages: loaded twice under the strict CSP (group 3, with group 1)', () => {
  let cdn;
  let site;
  let browser;

  before(async () => {
    cdn = await startServer({headers: () => CDN_HEADERS});
    site = await startServer({
      pages: {'/strict.html': () => page(cdn.origin, ['/dist/cdn/people-move.js', '/dist/cdn/people-move.js?ver=2'])},
      headers: () => ({'content-security-policy': strictPolicy(cdn.origin)}),
    });
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await cdn?.close();
  });

  // Each copy of the bundle carries Lit, whose 'lit-html' policy may be created
  // once under `trusted-types lit-html` (no 'allow-duplicates'): the CDN build
  // lets the second copy's attempt fail quietly (rollup.config.mjs).
  it('two URLs of one release under `trusted-types lit-html`: no exception', async () => {
    const tab = await browser.newPage();
    const seen = watchConsole(tab);
    await tab.goto(`${site.origin}/strict.html`, {waitUntil: 'load'});
    await settleWidgets(tab);
    const violations = seen.lines.filter((line) => /Trusted Type|Content Security Policy/i.test(line));
    console.log(`[hostile] loaded twice under the strict CSP: ${seen.errors.length} errors, ${violations.length} policy lines`);
    await tab.close();
    assert.deepEqual(seen.errors, [], 'errors');
  });
});
