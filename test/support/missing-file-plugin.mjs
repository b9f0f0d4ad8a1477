// Test-runner command `serve-missing` ({urlPatterns: string[]}): from now on, in the
// Chromium page running the test, requests whose URL matches one of `urlPatterns`
// (DevTools wildcards: `*` and `?`) are sent to a file that does not exist, so the
// dev server answers them with a real 404; an empty list stops it. Only that page is
// affected, so test files running beside it load the same file normally.
const sessions = new WeakMap();
const MISSING = '/__missing-on-purpose__.js';

export function missingFilePlugin() {
  return {
    name: 'serve-missing-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'serve-missing') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (cdp === undefined) {
        cdp = await page.createCDPSession();
        cdp.on('Fetch.requestPaused', ({requestId, request}) => {
          const missing = new URL(MISSING, request.url).href;
          cdp.send('Fetch.continueRequest', {requestId, url: missing}).catch(() => {});
        });
        sessions.set(page, cdp);
      }
      const patterns = (payload?.urlPatterns ?? []).map((urlPattern) => ({urlPattern}));
      // A copy in the browser's cache (another test file loaded it) would never reach the network.
      await page.setCacheEnabled(patterns.length === 0);
      if (patterns.length > 0) await cdp.send('Fetch.enable', {patterns});
      else await cdp.send('Fetch.disable');
      return true;
    },
  };
}
