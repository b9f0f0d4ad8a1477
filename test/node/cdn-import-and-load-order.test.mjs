// What the CDN bundle does to a partner's page (these checks ran in the benchmark before;
// they are tests now). Importing it into a page without our elements registers the four
// elements and does nothing else. On a Welsh page, each element's language chunk is
// requested before that element first renders, and its first render is already in its
// language (no English first). Run after `npm run build`.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {startServer} from '../hostile/support/server.mjs';

describe('the CDN bundle in a page', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('imported into a page with none of our elements (test/pages/import-check.html)', () => {
    let seen;

    before(async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/pages/import-check.html`, {waitUntil: 'load'});
      seen = await page.evaluate(() => window.__importCheck);
      await page.close();
    });

    it('registers every element', () => {
      assert.deepEqual(seen.defined, ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign']);
    });

    it('requests nothing but the bundle', () => {
      assert.deepEqual(seen.requestsAfter, ['/dist/cdn/people-move.js']);
    });

    it('leaves the page untouched: no DOM change, no document style sheet', () => {
      assert.equal(seen.domChanged, false);
      assert.equal(seen.documentSheetsAdded, 0);
    });

    it('sets no timer, animation frame, listener, observer or fetch', () => {
      assert.deepEqual(seen.calls, {timers: 0, animationFrames: 0, listeners: 0, observers: 0, fetches: 0});
    });

    it('adds no global of its own (Lit’s markers aside)', () => {
      assert.deepEqual(
        seen.newGlobals.filter((name) => !/^(lit|reactiveElement)/.test(name)),
        [],
      );
    });

    it('writes no cookie and no storage', () => {
      assert.deepEqual([seen.cookies, seen.localStorage, seen.sessionStorage], ['', 0, 0]);
    });
  });

  describe('language chunks on a Welsh page (test/pages/load-order.html)', () => {
    let events;
    let console_;

    before(async () => {
      const page = await browser.newPage();
      console_ = watchConsole(page);
      await page.goto(`${server.origin}/test/pages/load-order.html`, {waitUntil: 'load'});
      await page.evaluate(() => window.__orderDone);
      events = (await page.evaluate(() => window.__order)).sort((a, b) => a.t - b.t);
      await page.close();
    });

    const cases = [
      {element: 'pm-manifesto#page-lang', lang: 'cy', how: 'from <html lang="cy">'},
      {element: 'pm-values#own-lang', lang: 'fr', how: 'from its own lang="fr"'},
      {element: 'pm-share#added-later', lang: 'ar', how: 'added by script with lang="ar"'},
    ];
    for (const {element, lang, how} of cases) {
      it(`${element} (${how}): the ${lang} chunk is requested before its first render, which is in ${lang}`, () => {
        const render = events.find((event) => event.event === 'first render' && event.element === element);
        const request = events.find((event) => event.event === 'request' && new RegExp(`/locales/${lang}-[^/]*\\.js$`).test(event.url));
        assert.ok(render, `${element} never rendered`);
        assert.ok(request, `no ${lang} chunk was requested`);
        assert.ok(request.t < render.t, `${lang} chunk requested at ${request.t} ms, first render at ${render.t} ms`);
        assert.equal(render.lang, lang);
      });
    }

    it('prints no warning or error', () => {
      assert.deepEqual([...console_.warnings, ...console_.errors], []);
    });
  });
});
