// Test-runner command `emulate-forced-colors` ({active: boolean}): turns forced colours
// (Windows High Contrast and the like) on or off in the Chromium page running the test.
// @web/test-runner-commands' emulateMedia({forcedColors}) only works with Playwright;
// with our Puppeteer-driven Chromium it silently does nothing, and Puppeteer refuses
// the feature name, so this speaks the DevTools protocol directly. The protocol
// session is kept open per page: closing it would drop the emulation.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (cdp === undefined) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value}]});
      return true;
    },
  };
}
