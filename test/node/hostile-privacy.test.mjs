// Issue 7, group 4: privacy. A partner page on one origin loads the bundle
// from a CDN origin. From load until every control has been used, the page
// must make no request to any other origin (and none to the page's own
// origin beyond the page's files), and nothing may be written to cookies,
// localStorage, sessionStorage, IndexedDB or the Cache API. Share links count
// as used when clicked; pages/probe.js keeps the page from following them,
// and cancels the `pm-share` event.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {ENGINE, launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {readElements} from '../hostile/support/manifest.mjs';
import {CDN_HEADERS, ROOT, startServer} from '../hostile/support/server.mjs';
import {settleWidgets, useEveryControl} from '../hostile/support/use-controls.mjs';

/** Every network the share element knows, so that every kind of control is on the page. */
async function everyNetwork() {
  try {
    const {NETWORK_IDS} = await import(join(ROOT, 'dist/elements/pm-share/targets.js'));
    return NETWORK_IDS.join(' ');
  } catch {
    return undefined;
  }
}

const PAGE_FILES = ['/privacy.html', '/test/hostile/pages/probe.js', '/test/hostile/pages/expose-controls.js', '/test/hostile/support/controls.js'];

function privacyPage(cdnOrigin, networks) {
  const widgets = readElements()
    .map(({tag}) => {
      const extra = tag === 'pm-share' && networks ? ` networks="${networks}" instagram-href="https://www.instagram.com/example/"` : '';
      return `<${tag} language-picker${extra}></${tag}>`;
    })
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Partner page: privacy</title>
    <link rel="icon" href="data:,">
    <link rel="canonical" href="https://partner.example/campaign">
    <script src="/test/hostile/pages/probe.js"></script>
    <script type="module" src="/test/hostile/pages/expose-controls.js"></script>
    <script type="module" crossorigin="anonymous" src="${cdnOrigin}/dist/cdn/people-move.js"></script>
  </head>
  <body>
    <main>
    ${widgets}
    </main>
  </body>
</html>`;
}

describe('hostile pages: privacy (group 4)', () => {
  let cdn;
  let site;
  let browser;

  before(async () => {
    const networks = await everyNetwork();
    cdn = await startServer({headers: () => CDN_HEADERS});
    site = await startServer({pages: {'/privacy.html': () => privacyPage(cdn.origin, networks)}});
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await cdn?.close();
  });

  it('requests nothing from any origin but the script’s own and stores nothing, from load to after every control is used', async () => {
    if (ENGINE === 'chromium') await browser.defaultBrowserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await browser.newPage();
    const seen = watchConsole(page);
    const requests = [];
    const popups = [];
    // WebDriver classic (WebKit) has neither request interception nor window events: there the
    // test servers log what reached them, Resource Timing what the page fetched from anywhere else
    // (answered requests only: one to an unreachable host leaves no entry in WebKitGTK),
    // and a window count taken before and after shows any window opened.
    const webkit = ENGINE === 'webkit';
    const logged = {site: site.requests.length, cdn: cdn.requests.length, windows: webkit ? await browser.windows() : 0};
    if (!webkit) browser.on('targetcreated', async (target) => {
      if (target.type() !== 'page') return;
      popups.push(target.url());
      (await target.page())?.close();
    });
    if (!webkit) await page.setRequestInterception(true);
    if (!webkit) page.on('request', (request) => {
      const url = new URL(request.url());
      // Puppeteer gives no resource type over WebDriver BiDi (Firefox): the URL alone names the request there.
      const type = ENGINE === 'chromium' ? request.resourceType() : 'request';
      requests.push({url: request.url(), origin: url.origin, path: url.pathname, type, navigation: request.isNavigationRequest()});
      if (url.origin === site.origin || url.origin === cdn.origin || url.protocol === 'data:') request.continue();
      else request.respond({status: 204, body: ''});
    });

    await page.goto(`${site.origin}/privacy.html`, {waitUntil: 'load'});
    await settleWidgets(page);
    const {used, unreachable} = await useEveryControl(page);
    // Anything sent late (a beacon, a timer) has had time to go.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const probe = await page.evaluate(() => window.pmProbe);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      caches: await caches.keys(),
    }));
    if (webkit) {
      for (const [server, name] of [[site, 'site'], [cdn, 'cdn']]) {
        for (const path of server.requests.slice(logged[name])) requests.push({url: server.origin + path, origin: server.origin, path: new URL(path, server.origin).pathname, type: 'received'});
      }
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      for (const url of fetched.filter((each) => ![site.origin, cdn.origin].includes(new URL(each).origin))) requests.push({url, origin: new URL(url).origin, path: new URL(url).pathname, type: 'resource'});
      for (let opened = (await browser.windows()) - logged.windows; opened > 0; opened--) popups.push('a window');
    }
    const cookies = webkit ? await page.cookies() : await browser.cookies();
    const frames = webkit ? await page.evaluate(() => window.frames.length + 1) : page.frames().length;

    const elsewhere = requests.filter(({origin}) => origin !== cdn.origin && origin !== site.origin && !origin.startsWith('data:') && origin !== 'null');
    const ownOriginExtra = requests.filter(({origin, path}) => origin === site.origin && !PAGE_FILES.includes(path));
    const fromCdn = requests.filter(({origin}) => origin === cdn.origin);
    console.log(
      `[hostile] privacy: ${requests.length} requests (${fromCdn.length} to the script's origin, ${PAGE_FILES.length} page files), ` +
        `${elsewhere.length} to any other origin, ${ownOriginExtra.length} extra to the page's origin; ${used} controls used, ` +
        `${probe.linkClicks.length} link clicks kept on the page, ${probe.shareEvents.length} pm-share events, ${popups.length} windows opened; ` +
        `${probe.storageWrites.length} storage writes, ${cookies.length} cookies`,
    );

    assert.deepEqual(seen.errors, [], 'errors');
    assert.deepEqual(unreachable, [], 'controls a click could not reach');
    assert.ok(used >= readElements().length, 'controls used');
    assert.deepEqual(elsewhere.map(({url, type}) => `${type} ${url}`), [], 'requests to another origin');
    assert.deepEqual(ownOriginExtra.map(({url, type}) => `${type} ${url}`), [], "requests to the page's origin made by the widgets");
    assert.deepEqual(popups, [], 'windows opened (a share is a link; the probe keeps it)');
    assert.deepEqual(probe.storageWrites, [], 'storage writes');
    assert.deepEqual(stored, {cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: []});
    assert.deepEqual(cookies, [], 'cookies in the browser');
    assert.equal(frames, 1, 'no frame was added');
    assert.ok(fromCdn.length >= 1, 'the bundle came from the CDN origin');
    await page.close();
  });
});
