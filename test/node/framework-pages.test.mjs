// Issue 12, item 7: framework pages. The npm build on pages made with React
// (server rendering, then hydration), beside a host app's own @lit/localize,
// and the SSR entry's output under a strict style policy.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import {createElement} from 'react';
import {renderToString} from 'react-dom/server';
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
