// Chromium (Debian's, or CHROME_PATH) driven by Puppeteer over the DevTools protocol.
// The stock commands all work here; forced colours and `serve-missing` speak the
// protocol directly: @web/test-runner-commands' emulateMedia({forcedColors}) only
// works with Playwright and Puppeteer refuses the feature name. Protocol sessions
// are kept open per page: closing one would drop its emulation or interception.
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_ARGS, findChrome} from '../../scripts/browser.mjs';
import {withEngine} from './engine-commands-plugin.mjs';

// Test files run two at a time, each in its own tab: keep background tabs running animation frames and timers.
const FOREGROUND_ARGS = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
const MISSING = '/__missing-on-purpose__.js';
const sessions = new WeakMap();

async function protocol(session) {
  const page = session.browser.getPage(session.id);
  let cdp = sessions.get(page);
  if (cdp === undefined) {
    cdp = await page.createCDPSession();
    cdp.on('Fetch.requestPaused', ({requestId, request}) => {
      cdp.send('Fetch.continueRequest', {requestId, url: new URL(MISSING, request.url).href}).catch(() => {});
    });
    sessions.set(page, cdp);
  }
  return {page, cdp};
}

export function chromiumLauncher() {
  const launcher = chromeLauncher({launchOptions: {executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...FOREGROUND_ARGS]}});
  return withEngine(launcher, {
    async forcedColors(session, active) {
      const {cdp} = await protocol(session);
      await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: active ? 'active' : 'none'}]});
      return true;
    },
    /** Requests matching the patterns go to a file that does not exist, so the dev server answers a real 404. */
    async serveMissing(session, urlPatterns) {
      const {page, cdp} = await protocol(session);
      // A copy in the browser's cache (another test file loaded it) would never reach the network.
      await page.setCacheEnabled(urlPatterns.length === 0);
      if (urlPatterns.length > 0) await cdp.send('Fetch.enable', {patterns: urlPatterns.map((urlPattern) => ({urlPattern}))});
      else await cdp.send('Fetch.disable');
      return true;
    },
  });
}
