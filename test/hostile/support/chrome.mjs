// Headless Chromium for the pages Node drives, found and flagged as every
// other browser check in this repository is (scripts/browser.mjs); or, with
// HOSTILE_ENGINE=firefox, Firefox ESR over WebDriver BiDi (FIREFOX_PATH, else
// Debian's), as test/node/hostile-in-firefox.test.mjs runs the suites that
// need nothing BiDi lacks; or, with HOSTILE_ENGINE=webkit, WebKitGTK through the
// small WebDriver page of ./webkit.mjs.
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../../../scripts/browser.mjs';

export const ENGINE = process.env.HOSTILE_ENGINE ?? 'chromium';

export async function launchChrome() {
  if (ENGINE === 'webkit') return (await import('./webkit.mjs')).launchWebKit();
  if (ENGINE === 'firefox') return puppeteer.launch({browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true});
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: install Debian chromium or set CHROME_PATH (see `node scripts/browser.mjs`).');
  return puppeteer.launch({executablePath, headless: true, args: CHROME_ARGS});
}

/** Collects what a page says and throws: console lines by type, uncaught errors. */
export function watchConsole(page) {
  const seen = {errors: [], warnings: [], lines: []};
  page.on('console', (message) => {
    const where = message.location()?.url;
    const text = message.type() === 'error' && where ? `${message.text()} (${where})` : message.text();
    seen.lines.push(`${message.type()}: ${text}`);
    if (message.type() === 'warn' || message.type() === 'warning') seen.warnings.push(text);
    if (message.type() === 'error') seen.errors.push(text);
  });
  page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
  return seen;
}
