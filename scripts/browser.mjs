// Finds the Chromium the tests, the story check, the benchmark and Lighthouse drive:
// CHROME_PATH, else /usr/bin/chromium, else a Chrome or Chromium on the PATH.
// `node scripts/browser.mjs` prints it, or stops with one line saying how to get one.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Flags for a headless Chromium on a machine with no network but loopback, run as root in CI. */
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's path, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The browser's path; otherwise stops, saying how to get one (tests never install system packages). */
export function requireChrome() {
  const found = findChrome();
  if (found) return found;
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable browser.`
      : 'No Chromium found: install one (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Browser: ${requireChrome()}`);
}
