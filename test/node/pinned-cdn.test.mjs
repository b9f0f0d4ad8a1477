// Issue 12, items 1 and 2, on real pages under the README's own Content
// Security Policy (read from README.md), the CDN build served from a second
// origin with its integrity hash, as the snippet has it.
// 1. Pinned means every byte: a language file changed on the CDN is refused
//    (English shown, `pm-locale-error` fired, its code never runs); unchanged,
//    it renders and is fetched once.
// 2. Beside the partner's own Lit: a real Lit app (the `lit` package from
//    node_modules, bundled by esbuild as a partner's build would) renders, and
//    so do the widgets, whichever loads first.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import {launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {integrityOf} from '../hostile/support/manifest.mjs';
import {CDN_HEADERS, ROOT, startServer} from '../hostile/support/server.mjs';

const README_CDN = 'https://cdn.jsdelivr.net';

/** The README's policy, word for word, with the test CDN's origin. */
function readmePolicy(cdnOrigin) {
  const line = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/^Content-Security-Policy: (.+)$/m);
  assert.ok(line, 'the README shows a Content-Security-Policy line');
  assert.ok(line[1].includes(README_CDN), 'the README policy names the CDN origin');
  return line[1].replace(README_CDN, cdnOrigin);
}

/** Records `pm-locale-error` from the first moment (a script from the page's origin: the policy allows it). */
const RECORDER = `window.pmLocaleErrors = [];
addEventListener('pm-locale-error', (event) => window.pmLocaleErrors.push(event.detail.locale), true);`;

/** A partner's own Lit app: a separate copy of Lit, which creates the policy "lit-html". */
const PARTNER_APP = `import {LitElement, html} from 'lit';
customElements.define('partner-app', class extends LitElement {
  static properties = {count: {type: Number}};
  constructor() { super(); this.count = 3; }
  render() { return html\`<p>Partner app: \${this.count} items</p>\`; }
});`;

function page({title, head, body, nonce}) {
  const withNonce = (tag) => (nonce ? tag.replace('<script ', `<script nonce="${nonce}" `) : tag);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <link rel="icon" href="data:,">
    ${[`<script src="/test/hostile/pages/probe.js"></script>`, `<script src="/recorder.js"></script>`, ...head].map(withNonce).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

const widgetsScript = (cdnOrigin) =>
  `<script type="module" crossorigin="anonymous" src="${cdnOrigin}/dist/cdn/people-move.js" integrity="${integrityOf('people-move.js')}"></script>`;

/** Waits until every widget has rendered (in its language, or in English after `pm-locale-error`), then describes them. */
async function widgets(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')].every((widget) => {
        const shown = widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');
        const asked = widget.getAttribute('lang') ?? 'en';
        return shown === asked || (shown === 'en' && window.pmLocaleErrors.includes(asked));
      }),
    {timeout: 10000},
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')].map((widget) => ({
      tag: widget.localName,
      asked: widget.getAttribute('lang') ?? 'en',
      shown: widget.shadowRoot.querySelector('[part~="base"]').getAttribute('lang'),
      text: widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

const WELSH = '<pm-manifesto lang="cy"></pm-manifesto>\n    <pm-values lang="cy"></pm-values>\n    <pm-manifesto></pm-manifesto>';
const languageIndex = () => readdirSync(join(ROOT, 'dist/cdn/locales')).find((file) => /^index-.*\.js$/.test(file));
const sha256 = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
const isWelsh = (url) => /\/locales\/cy-[^/]*\.js$/.test(url.pathname);
/** What an attacker with write access to the CDN would do to the Welsh file: run code, change the words. */
const tamper = (text) => `globalThis.pmTampered = true;\n${text.replace('Cenhadaeth', 'Tampered')}`;
const welshChunk = () => readdirSync(join(ROOT, 'dist/cdn/locales')).find((file) => /^cy-.*\.js$/.test(file));

describe('issue 12.1: pinned means every byte (a language file changed on the CDN is refused)', () => {
  let honest;
  let tampering;
  let tamperingIndex;
  let site;
  let browser;

  before(async () => {
    honest = await startServer({headers: () => CDN_HEADERS});
    tampering = await startServer({headers: () => CDN_HEADERS, transform: (url, text) => (isWelsh(url) ? tamper(text) : undefined)});
    // A thorough attacker also rewrites the language index so that it carries the hash of the changed Welsh file.
    tamperingIndex = await startServer({
      headers: () => CDN_HEADERS,
      transform: (url, text) => {
        if (isWelsh(url)) return tamper(text);
        if (!/\/locales\/index-[^/]*\.js$/.test(url.pathname)) return undefined;
        const welsh = readFileSync(join(ROOT, 'dist/cdn/locales', welshChunk()), 'utf8');
        return text.replace(sha256(welsh), sha256(tamper(welsh)));
      },
    });
    const policies = {'/honest.html': honest, '/tampered.html': tampering, '/tampered-index.html': tamperingIndex};
    // The README's policy with scripts allowed by nonce alone, not by origin (no 'strict-dynamic').
    const noncePolicy = (cdnOrigin) => readmePolicy(cdnOrigin).replace(/script-src [^;]*/, "script-src 'nonce-pm12'");
    site = await startServer({
      pages: {
        '/recorder.js': () => ({body: RECORDER, type: 'text/javascript'}),
        ...Object.fromEntries(
          Object.entries(policies).map(([path, cdn]) => [
            path,
            () => page({title: 'Welsh partner page, pinned snippet', head: [widgetsScript(cdn.origin)], body: WELSH}),
          ]),
        ),
        '/nonce.html': () => page({title: 'Nonce policy', head: [widgetsScript(honest.origin)], body: WELSH, nonce: 'pm12'}),
      },
      headers: (url) => {
        if (url.pathname === '/nonce.html') return {'content-security-policy': noncePolicy(honest.origin)};
        return policies[url.pathname] ? {'content-security-policy': readmePolicy(policies[url.pathname].origin)} : {};
      },
    });
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await honest?.close();
    await tampering?.close();
    await tamperingIndex?.close();
  });

  it('the entry pins the language index, the index pins every language file with the hash of its bytes, and neither imports anything', () => {
    const entry = readFileSync(join(ROOT, 'dist/cdn/people-move.js'), 'utf8');
    const indexFile = languageIndex();
    assert.ok(indexFile, 'the CDN build has a language index');
    const indexText = readFileSync(join(ROOT, 'dist/cdn/locales', indexFile), 'utf8');
    const quoted = (text) => text.replace(/[.+/-]/g, '\\$&');
    assert.match(entry, new RegExp(`"locales/${quoted(indexFile)}"[^"]*"${quoted(sha256(indexText))}"`), 'the entry pins the index');
    assert.doesNotMatch(indexText, /\bimport\b/, 'the index imports nothing');
    const chunks = readdirSync(join(ROOT, 'dist/cdn/locales')).filter((file) => file.endsWith('.js') && file !== indexFile);
    assert.ok(chunks.length > 1, 'the CDN build has language files');
    for (const file of chunks) {
      const bytes = readFileSync(join(ROOT, 'dist/cdn/locales', file));
      assert.match(indexText, new RegExp(`"${quoted(file)}","${quoted(sha256(bytes))}"`), `${file} is pinned`);
      assert.doesNotMatch(entry, new RegExp(quoted(file)), `${file} is reached through the index only`);
      assert.doesNotMatch(bytes.toString('utf8'), /\bimport\s*[({*"'`]|\bimport\.meta\b/, `${file} imports nothing`);
    }
    assert.doesNotMatch(entry, /\bimport\(\s*["'`]/, 'the entry has no import() of a literal URL, which would load unchecked');
  });

  for (const [what, path, server] of [
    ['a tampered Welsh file', '/tampered.html', () => tampering],
    ['a tampered Welsh file and a language index rewritten to match it', '/tampered-index.html', () => tamperingIndex],
  ]) it(`${what}: refused under the README policy, English shown, pm-locale-error fired, its code never ran`, async () => {
    const tab = await browser.newPage();
    const seen = watchConsole(tab);
    await tab.goto(`${site.origin}${path}`, {waitUntil: 'load'});
    const rendered = await widgets(tab);
    const {errors, tampered, violations} = await tab.evaluate(() => ({
      errors: window.pmLocaleErrors,
      tampered: globalThis.pmTampered ?? false,
      violations: window.pmProbe.violations,
    }));
    console.log(
      `[pinned] tampered cy: shown ${rendered.map((widget) => `${widget.tag}=${widget.shown}`).join(', ')}; ` +
        `pm-locale-error ${errors.join(',')}; tampered code ran: ${tampered}; cy file fetched ${server().requests.filter((path) => path.endsWith(`/locales/${welshChunk()}`)).length}×; ${violations.length} violations`,
    );
    assert.equal(tampered, false, 'the tampered file ran');
    if (path === '/tampered-index.html') {
      const fetched = server().requests.filter((request) => request.endsWith(`/locales/${welshChunk()}`)).length;
      assert.equal(fetched, 0, 'the rewritten index is refused before the Welsh file is fetched');
    }
    for (const widget of rendered) {
      assert.equal(widget.shown, 'en', `<${widget.tag} lang=${widget.asked}> shows English`);
      assert.doesNotMatch(widget.text, /Tampered/);
      assert.ok(widget.text.length > 30, `<${widget.tag}> shows content`);
    }
    assert.ok(errors.length >= 1 && errors.every((locale) => locale === 'cy'), `pm-locale-error for cy: ${errors}`);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.equal(seen.warnings.filter((line) => line.startsWith('[people-move]')).length, 1, seen.warnings.join('\n'));
    assert.deepEqual(seen.errors.filter((line) => !/integrity|Failed to find a valid digest/i.test(line)), [], 'errors besides the refusal');
    await tab.close();
  });

  it('the same page with the real Welsh file: Welsh shown, no error, the file fetched once', async () => {
    const before = honest.requests.length;
    const tab = await browser.newPage();
    const seen = watchConsole(tab);
    await tab.goto(`${site.origin}/honest.html`, {waitUntil: 'load'});
    const rendered = await widgets(tab);
    const {errors, violations} = await tab.evaluate(() => ({errors: window.pmLocaleErrors, violations: window.pmProbe.violations}));
    const fetched = honest.requests.slice(before).filter((path) => path.endsWith(`/locales/${welshChunk()}`)).length;
    console.log(`[pinned] real cy: shown ${rendered.map((widget) => `${widget.tag}=${widget.shown}`).join(', ')}; cy file fetched ${fetched}×`);
    for (const widget of rendered) assert.equal(widget.shown, widget.asked, `<${widget.tag} lang=${widget.asked}>`);
    assert.match(rendered[0].text, /Cenhadaeth/);
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, [], 'securitypolicyviolation events');
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.warnings, []);
    assert.equal(fetched, 1, 'the checked file is the one import() used: fetched once');
    const names = honest.requests.slice(before).filter((path) => /\/locales\/locale-names-[^/]*\.js$/.test(path));
    assert.deepEqual(names, [], 'no language menu on the page: the languages\' names are not fetched');
    await tab.close();
  });

  it('under a policy that allows scripts by nonce alone: Welsh shown (its script carries the entry\'s nonce), no violation', async () => {
    const tab = await browser.newPage();
    const seen = watchConsole(tab);
    await tab.goto(`${site.origin}/nonce.html`, {waitUntil: 'load'});
    const rendered = await widgets(tab);
    for (const widget of rendered) assert.equal(widget.shown, widget.asked, `<${widget.tag} lang=${widget.asked}>`);
    assert.deepEqual(await tab.evaluate(() => window.pmProbe.violations), []);
    assert.deepEqual(seen.errors, []);
    await tab.close();
  });
});

describe("issue 12.2: beside the partner's own Lit, under trusted-types lit-html people-move", () => {
  let cdn;
  let site;
  let browser;

  before(async () => {
    cdn = await startServer({headers: () => CDN_HEADERS});
    const {outputFiles} = await build({
      stdin: {contents: PARTNER_APP, resolveDir: ROOT, loader: 'js'},
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const app = '<script type="module" src="/partner-app.js"></script>';
    const body = `<partner-app></partner-app>\n    ${WELSH}`;
    site = await startServer({
      pages: {
        '/recorder.js': () => ({body: RECORDER, type: 'text/javascript'}),
        '/partner-app.js': () => ({body: outputFiles[0].text, type: 'text/javascript'}),
        '/widgets-first.html': () => page({title: 'Widgets, then a Lit app', head: [widgetsScript(cdn.origin), app], body}),
        '/partner-first.html': () => page({title: 'A Lit app, then the widgets', head: [app, widgetsScript(cdn.origin)], body}),
        '/old-policy.html': () => page({title: 'A policy that allows lit-html only', head: [widgetsScript(cdn.origin)], body: WELSH}),
      },
      headers: (url) => {
        if (url.pathname === '/old-policy.html') return {'content-security-policy': readmePolicy(cdn.origin).replace(/trusted-types [^;]*$/, 'trusted-types lit-html')};
        return url.pathname.endsWith('.html') ? {'content-security-policy': readmePolicy(cdn.origin)} : {};
      },
    });
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await cdn?.close();
  });

  for (const order of ['widgets-first', 'partner-first']) {
    it(`${order.replace('-', ' ')}: the Lit app and the widgets (English and Welsh) render, nothing thrown, no violation`, async () => {
      const tab = await browser.newPage();
      const seen = watchConsole(tab);
      await tab.goto(`${site.origin}/${order}.html`, {waitUntil: 'load'});
      const partner = await tab
        .waitForFunction(() => document.querySelector('partner-app')?.shadowRoot?.textContent.includes('Partner app: 3 items'), {timeout: 5000})
        .then(
          () => 'rendered',
          () => 'not rendered',
        );
      const rendered = await widgets(tab).catch(() => []);
      const violations = await tab.evaluate(() => window.pmProbe.violations);
      console.log(
        `[lit] ${order}: partner app ${partner}; widgets ${rendered.map((widget) => `${widget.tag}=${widget.shown}`).join(', ') || 'not rendered'}; ` +
          `${violations.length} violations; ${seen.errors.length} errors`,
      );
      assert.deepEqual(seen.errors, [], 'errors');
      assert.deepEqual(violations, [], 'securitypolicyviolation events');
      assert.equal(partner, 'rendered', "the partner's Lit app");
      assert.equal(rendered.length, 3, 'every widget rendered');
      for (const widget of rendered) {
        assert.equal(widget.shown, widget.asked, `<${widget.tag} lang=${widget.asked}>`);
        assert.ok(widget.text.length > 30, `<${widget.tag}> shows content`);
      }
      assert.deepEqual(seen.warnings.filter((line) => line.startsWith('[people-move]')), []);
      await tab.close();
    });
  }

  it('a policy written for an earlier release (trusted-types lit-html): the widgets render, with one warning that names people-move', async () => {
    const tab = await browser.newPage();
    const seen = watchConsole(tab);
    await tab.goto(`${site.origin}/old-policy.html`, {waitUntil: 'load'});
    const rendered = await widgets(tab);
    for (const widget of rendered) assert.equal(widget.shown, widget.asked, `<${widget.tag} lang=${widget.asked}>`);
    const ours = seen.warnings.filter((line) => line.startsWith('[people-move]'));
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0], /people-move/);
    await tab.close();
  });
});
