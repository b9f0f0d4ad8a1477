// Headless Chromium for the pages Node drives, found and flagged as every
// other browser check in this repository is (scripts/browser.mjs).
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../../../scripts/browser.mjs';

export async function launchChrome() {
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
