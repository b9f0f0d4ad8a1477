// Firefox ESR (Debian's firefox-esr, or FIREFOX_PATH) driven by Puppeteer over
// WebDriver BiDi, through the same launcher as Chromium. BiDi has no colour-scheme
// or forced-colours emulation, so those set Firefox's own preferences from its
// chrome context (hence -remote-allow-system-access). Preferences are browser-wide,
// so one test file runs at a time. Keys, mouse and viewport: the stock commands.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {withEngine} from './engine-commands-plugin.mjs';
import {executable} from './executable.mjs';
import {serveMissingTo} from './served-missing.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const SCHEMES = {dark: 0, light: 1};
const PREFERENCES = ['layout.css.prefers-color-scheme.content-override', 'browser.display.document_color_use'];

/** Sets (a number) or clears (undefined) a Firefox preference for the whole browser. */
async function setPreference(browser, name, value) {
  const bidi = browser.connection;
  const {result} = await bidi.send('browsingContext.getTree', {'moz:scope': 'chrome'});
  const set = value === undefined ? `Services.prefs.clearUserPref(${JSON.stringify(name)})` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value})`;
  await bidi.send('script.evaluate', {expression: set, target: {context: result.contexts[0].context}, awaitPromise: false});
}

/** Preferences reach the page asynchronously: wait until its media query agrees. */
async function settle(page, query, matches) {
  await page.waitForFunction((q, m) => matchMedia(q).matches === m, {timeout: 5000, polling: 20}, query, matches);
}

export function firefoxLauncher() {
  if (!executable(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr, set FIREFOX_PATH, or pick other engines (--engines=chromium,webkit).`);
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    concurrency: 1,
    launchOptions: {browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, args: ['-remote-allow-system-access']},
  });
  // What one test file set must not leak into the next: back to the defaults when each ends.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    const result = await stopSession(id);
    for (const name of PREFERENCES) await setPreference(launcher.browser, name, undefined);
    return result;
  };
  return withEngine(launcher, {
    async colorScheme(session, scheme) {
      const page = session.browser.getPage(session.id);
      await setPreference(page.browser(), 'layout.css.prefers-color-scheme.content-override', SCHEMES[scheme]);
      if (scheme in SCHEMES) await settle(page, `(prefers-color-scheme: ${scheme})`, true);
      return true;
    },
    async forcedColors(session, active) {
      const page = session.browser.getPage(session.id);
      // 2: always use the system's colours instead of the page's, which is what forced colours are.
      await setPreference(page.browser(), 'browser.display.document_color_use', active ? 2 : undefined);
      await settle(page, '(forced-colors: active)', active);
      return true;
    },
    async serveMissing(session, urlPatterns) {
      const page = session.browser.getPage(session.id);
      return serveMissingTo(await page.evaluate(() => navigator.userAgent), urlPatterns);
    },
  });
}
