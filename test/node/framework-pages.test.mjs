// Issue 12, item 7: framework pages. The npm build on pages made with React
// (server rendering, then hydration), beside a host app's own @lit/localize,
// and the SSR entry's output under a strict style policy.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import {createElement} from 'react';
import {renderToString} from 'react-dom/server';
import {join} from 'node:path';
import {launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {ROOT, startServer} from '../hostile/support/server.mjs';
import {App} from '../pages/react-app.mjs';

/** Bundles `source` (an ES module, resolved from the repository's root) for the browser, in React's development mode, which reports hydration mismatches. */
async function bundle(source) {
  const result = await build({
    stdin: {contents: source, resolveDir: ROOT, loader: 'js'},
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: {'process.env.NODE_ENV': '"development"'},
  });
  return result.outputFiles[0].text;
}

function page(title, body, script) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <link rel="icon" href="data:,">
    <script src="/test/hostile/pages/probe.js"></script>
  </head>
  <body>
    ${body}
    <script type="module" src="${script}"></script>
  </body>
</html>`;
}

describe('field: framework pages', () => {
  let browser;
  before(async () => {
    browser = await launchChrome();
  });
  after(async () => {
    await browser?.close();
  });

  describe('@lit/localize shared with a host app (the same module copy)', () => {
    let site;
    const orders = {
      'widgets first': `import './dist/index.js';\nimport {start} from './test/pages/localize-host-app.mjs';`,
      'host app first': `import {start} from './test/pages/localize-host-app.mjs';\nimport './dist/index.js';`,
    };
    before(async () => {
      const pages = {};
      for (const [order, imports] of Object.entries(orders)) {
        const script = await bundle(`${imports}\nawait start();\nwindow.started = true;`);
        const name = order.replace(/ /g, '-');
        pages[`/${name}.js`] = () => ({body: script, type: 'text/javascript'});
        pages[`/${name}.html`] = () =>
          page(
            `@lit/localize beside the widgets, ${order}`,
            '<host-greeting></host-greeting><pm-values lang="ar"></pm-values><pm-values lang="cy"></pm-values><pm-values></pm-values>',
            `/${name}.js`,
          );
      }
      site = await startServer({pages});
    });
    after(async () => {
      await site?.close();
    });

    for (const order of Object.keys(orders)) {
      it(`${order}: the host app speaks French, each widget its own language`, async () => {
        const {templates: arabic} = await import(join(ROOT, 'dist/generated/locales/ar.js'));
        const {templates: welsh} = await import(join(ROOT, 'dist/generated/locales/cy.js'));
        const tab = await browser.newPage();
        const seen = watchConsole(tab);
        await tab.goto(`${site.origin}/${order.replace(/ /g, '-')}.html`);
        await tab.waitForFunction(() => window.started === true, {timeout: 10000}).catch(() => {});
        await tab.waitForFunction(() => [...document.querySelectorAll('pm-values')].every((element) => element.shadowRoot?.querySelector('[part~="base"]')), {timeout: 10000}).catch(() => {});
        const state = await tab.evaluate(() => ({
          host: document.querySelector('host-greeting')?.shadowRoot?.textContent?.trim(),
          widgets: [...document.querySelectorAll('pm-values')].map((element) => {
            const base = element.shadowRoot?.querySelector('[part~="base"]');
            return {lang: base?.getAttribute('lang'), dir: base?.getAttribute('dir'), text: base?.textContent?.replace(/\s+/g, ' ').trim()};
          }),
        }));
        await tab.close();
        assert.deepEqual(seen.errors, [], `no error:\n${seen.lines.join('\n')}`);
        assert.deepEqual(seen.warnings.filter((line) => line.startsWith('[people-move]')), [], 'no [people-move] warning');
        assert.equal(state.host, 'Bonjour, voici notre campagne', 'the host app renders its French message');
        assert.deepEqual(state.widgets.map(({lang, dir}) => `${lang} ${dir}`), ['ar rtl', 'cy ltr', 'en ltr']);
        assert.ok(state.widgets[0].text.includes(arabic['values.justice']), `Arabic shown: ${state.widgets[0].text}`);
        assert.ok(state.widgets[1].text.includes(welsh['values.justice']), `Welsh shown: ${state.widgets[1].text}`);
        assert.ok(state.widgets[2].text.includes('Justice'), `English shown: ${state.widgets[2].text}`);
      });
    }
  });

  describe("SSR output under style-src 'self'", () => {
    const ssrPromise = import(join(ROOT, 'dist/ssr/index.js'));
    const PAGE_URL = 'https://partner.example/campaign/';
    const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
    const TAGS = ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign'];
    let site;
    let hashes;

    /** Server-rendered widgets in English and Arabic, under the given page options. */
    async function widgets(options) {
      const {renderElement} = await ssrPromise;
      const html = [];
      for (const lang of ['en', 'ar']) for (const tag of TAGS) html.push(await renderElement(tag, {lang, pageUrl: PAGE_URL, ...options}));
      return html.join('\n');
    }

    function ssrPage(body, {script = false} = {}) {
      return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Server-rendered widgets</title>
    <link rel="icon" href="data:,">
    <script src="/test/hostile/pages/probe.js"></script>
    ${script ? '<script type="module" src="/dist/cdn/people-move.js"></script>' : ''}
  </head>
  <body>${body}</body>
</html>`;
    }

    before(async () => {
      const {styleHashes} = await ssrPromise;
      hashes = await styleHashes();
      const linked = await widgets({stylesHref: '/dist/ssr/styles/'});
      const inline = await widgets({});
      site = await startServer({
        pages: {
          '/linked.html': () => ssrPage(linked),
          '/linked-script.html': () => ssrPage(linked, {script: true}),
          '/inline.html': () => ssrPage(inline),
          '/inline-hashed.html': () => ssrPage(inline),
          '/inline-open.html': () => ssrPage(inline),
        },
        headers: (url) => {
          if (url.pathname === '/inline-open.html') return {};
          if (url.pathname === '/inline-hashed.html') return {'content-security-policy': POLICY.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`)};
          return url.pathname.endsWith('.html') ? {'content-security-policy': POLICY} : {};
        },
      });
    });
    after(async () => {
      await site?.close();
    });

    /** Loads a page; returns its CSP violations and the computed styles that show whether the shadow CSS applies. */
    async function visit(path) {
      const tab = await browser.newPage();
      await tab.goto(`${site.origin}${path}`, {waitUntil: 'load'});
      await tab.waitForFunction(
        () => [...document.querySelectorAll('*')].every((each) => [...(each.shadowRoot?.querySelectorAll('link[rel="stylesheet"]') ?? [])].every((link) => link.sheet)),
        {timeout: 10000},
      );
      const result = await tab.evaluate(() => {
        const styles = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.matches('style, link, template')) continue;
            const style = getComputedStyle(element);
            styles.push(
              [element.localName, element.className?.baseVal ?? element.className, style.display, style.color, style.backgroundColor, style.padding, style.margin, style.fontSize, style.fontWeight, style.borderRadius, style.gap].join(' '),
            );
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document.body);
        return {violations: window.pmProbe.violations, styles};
      });
      await tab.close();
      return result;
    }

    it('linked stylesheets (stylesHref): 0 CSP violations, and styled as with inline <style> on a page without a CSP', async () => {
      const open = await visit('/inline-open.html');
      const linked = await visit('/linked.html');
      assert.deepEqual(linked.violations, []);
      assert.ok(open.styles.length > 100, `the widgets rendered (${open.styles.length} elements)`);
      assert.deepEqual(linked.styles, open.styles);
    });

    it('inline <style> (the default) is refused under that CSP, so the check can fail', async () => {
      const inline = await visit('/inline.html');
      assert.ok(inline.violations.length > 0, 'the inline styles were blocked');
      const open = await visit('/inline-open.html');
      assert.notDeepEqual(inline.styles, open.styles);
    });

    it("inline <style> with styleHashes() in style-src: 0 violations, the same styling", async () => {
      const hashed = await visit('/inline-hashed.html');
      const open = await visit('/inline-open.html');
      assert.deepEqual(hashed.violations, []);
      assert.deepEqual(hashed.styles, open.styles);
    });

    it('the CDN script takes the linked output over with 0 violations', async () => {
      const tab = await browser.newPage();
      const seen = watchConsole(tab);
      await tab.goto(`${site.origin}/linked-script.html`, {waitUntil: 'load'});
      await tab.waitForFunction(() => customElements.get('pm-share') !== undefined, {timeout: 10000});
      const state = await tab.evaluate(async () => {
        const all = [...document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')];
        await Promise.all(all.map((element) => element.updateComplete));
        return {
          violations: window.pmProbe.violations,
          langs: all.map((element) => element.shadowRoot.querySelector('[part~="base"]').getAttribute('lang')),
          links: all.filter((element) => element.shadowRoot.querySelector('link')).length,
        };
      });
      await tab.close();
      assert.deepEqual(state.violations, []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(state.langs, [...TAGS.map(() => 'en'), ...TAGS.map(() => 'ar')]);
      assert.equal(state.links, 0, 'the client styles replace the linked ones');
    });

    it('a relative manifesto-href resolves against pageUrl; without pageUrl, or with a relative pageUrl, the render fails with a clear message', async () => {
      const {renderElement} = await ssrPromise;
      const html = await renderElement('pm-manifesto', {pageUrl: PAGE_URL, attributes: {'manifesto-href': 'manifesto.html', 'shop-href': '/shop/'}});
      assert.match(html, /href="https:\/\/partner\.example\/campaign\/manifesto\.html"/);
      assert.match(html, /href="https:\/\/partner\.example\/shop\/"/);
      assert.match(html, /^<pm-manifesto[^>]* manifesto-href="manifesto.html"/, 'the attribute stays as written, for the browser to resolve');
      await assert.rejects(renderElement('pm-manifesto', {attributes: {'manifesto-href': 'manifesto.html'}}), {
        name: 'TypeError',
        message: /manifesto-href="manifesto.html" on <pm-manifesto> is a relative address: pass pageUrl/,
      });
      await assert.rejects(renderElement('pm-share', {pageUrl: '/campaign/'}), {name: 'TypeError', message: /pageUrl "\/campaign\/" is not an absolute http\(s\) address/});
      const share = await renderElement('pm-share', {pageUrl: PAGE_URL, attributes: {url: '/campaign/join/'}});
      assert.match(share, /https%3A%2F%2Fpartner\.example%2Fcampaign%2Fjoin%2F/, 'a relative share url resolves against pageUrl');
    });
  });

  describe('React 19: renderToString, then hydrateRoot', () => {
    let site;
    before(async () => {
      const client = await bundle(`
        import {createElement} from 'react';
        import {hydrateRoot} from 'react-dom/client';
        import './dist/index.js';
        import {App} from './test/pages/react-app.mjs';
        // The widgets' script ran first (as from <head>): every element has upgraded and rendered before React hydrates.
        const widgets = [...document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')];
        await Promise.all(widgets.map((widget) => widget.updateComplete));
        window.recoverable = [];
        hydrateRoot(document.getElementById('root'), createElement(App), {
          onRecoverableError: (error) => window.recoverable.push(String(error)),
        });
      `);
      const markup = renderToString(createElement(App));
      site = await startServer({
        pages: {
          '/react.html': () => page('A React 19 page', `<div id="root">${markup}</div>`, '/react-client.js'),
          '/react-client.js': () => ({body: client, type: 'text/javascript'}),
        },
      });
    });
    after(async () => {
      await site?.close();
    });

    it('hydrates with no warning: the elements reflect only what the author set', async () => {
      const tab = await browser.newPage();
      const seen = watchConsole(tab);
      await tab.goto(`${site.origin}/react.html`);
      await tab.waitForFunction(() => globalThis.hydrated === true, {timeout: 10000});
      const state = await tab.evaluate(() => ({
        recoverable: window.recoverable,
        tags: [...document.querySelectorAll('#root main > *')].map((element) => element.outerHTML.replace(/>[\s\S]*$/, '>')),
        rendered: [...document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')].map(
          (element) => element.shadowRoot?.querySelector('[part~="base"]')?.children.length ?? 0,
        ),
      }));
      await tab.close();
      const complaints = [...seen.errors, ...seen.warnings].filter((line) => !line.startsWith('Lit is in dev mode'));
      assert.deepEqual(complaints, [], `the console stayed quiet:\n${seen.lines.join('\n')}`);
      assert.deepEqual(state.recoverable, [], 'no recoverable hydration error');
      assert.deepEqual(state.tags, [
        '<h1>',
        '<pm-manifesto variant="summary" heading-level="2">',
        '<pm-values>',
        '<pm-share networks="x mastodon copy">',
        '<pm-campaign>',
      ]);
      assert.ok(state.rendered.every((length) => length > 0), `every element rendered its content: ${state.rendered}`);
    });
  });
});
