// `npm run lighthouse` (after `npm run build`): Lighthouse 12.2.3 on the demo page
// (demo/index.html, loading the built CDN bundle), served from 127.0.0.1, in the local
// Chromium. Prints the performance, accessibility, best-practices and SEO scores for the
// mobile (default) and desktop settings, and writes the reports to bench/lighthouse/.
//
//   node bench/lighthouse.mjs [--page /demo/…] [--mobile-only]
//
// The browser resolves no host but loopback, so nothing reaches the network; the script
// lists any request that tried to leave the machine, and Lighthouse's own warnings.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../scripts/browser.mjs';
import {startServer} from '../test/hostile/support/server.mjs';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..');
const OUT = join(HERE, 'lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const DEMO = '/demo/index.html';

const {values} = parseArgs({options: {page: {type: 'string'}, 'mobile-only': {type: 'boolean', default: false}}});

if (!existsSync(join(ROOT, 'dist/cdn/integrity.json'))) {
  console.error('lighthouse: dist/cdn/ is missing. Run `npm run build` first.');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error('lighthouse: no Chromium found. Install Debian chromium or set CHROME_PATH.');
  process.exit(1);
}

const page = values.page ?? DEMO;
if (!existsSync(join(ROOT, page))) {
  console.error(`lighthouse: ${page} does not exist.`);
  process.exit(1);
}

const integrity = JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'))['people-move.js'];
const server = await startServer({
  gzip: true,
  // The demo's snippet carries the bundle's integrity hash, as `npm start` fills it in.
  transform: (url, text) => (url.pathname.endsWith('.html') ? text.replace('%PM_INTEGRITY%', integrity) : undefined),
});
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

const runs = values['mobile-only'] ? [['mobile', undefined]] : [['mobile', undefined], ['desktop', desktopConfig]];
const results = [];
let failed = false;
try {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const url = `${server.origin}${page}`;
  console.log(`lighthouse ${lighthouse.version ?? '12.2.3'} on ${url} in ${await browser.version()}`);
  mkdirSync(OUT, {recursive: true});
  for (const [name, config] of runs) {
    const result = await lighthouse(
      url,
      {port, output: ['html', 'json'], logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true},
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const {lhr, report} = result;
    writeFileSync(join(OUT, `${name}.report.html`), report[0]);
    writeFileSync(join(OUT, `${name}.report.json`), report[1]);
    const offMachine = (lhr.audits['network-requests']?.details?.items ?? [])
      .map((item) => item.url)
      .filter((target) => !target.startsWith(server.origin) && !target.startsWith('data:'));
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
    const errored = Object.values(lhr.audits)
      .filter((audit) => audit.errorMessage)
      .map((audit) => `${audit.id}: ${audit.errorMessage}`);
    results.push({
      name,
      errored,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null])),
      runWarnings: lhr.runWarnings,
      runtimeError: lhr.runtimeError?.message,
      offMachine,
      failing,
      metrics: Object.fromEntries(
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
          id,
          lhr.audits[id]?.displayValue ?? null,
        ]),
      ),
    });
  }
} catch (error) {
  console.error(`lighthouse: ${error.stack ?? error}`);
  failed = true;
} finally {
  await browser.close();
  await server.close();
}

if (results.length > 0) {
  const score = (value) => (value === null ? '—' : String(Math.round(value * 100)));
  const names = results.map((result) => result.name);
  const width = Math.max(...CATEGORIES.map((id) => id.length));
  console.log(`\n| ${'category'.padEnd(width)} | ${names.map((name) => name.padStart(7)).join(' | ')} |`);
  console.log(`|${'-'.repeat(width + 2)}|${names.map(() => '--------:').join('|')}|`);
  for (const id of CATEGORIES) {
    console.log(`| ${id.padEnd(width)} | ${results.map((result) => score(result.scores[id]).padStart(7)).join(' | ')} |`);
  }
  for (const result of results) {
    const metrics = Object.entries(result.metrics)
      .map(([id, value]) => `${id} ${value ?? '—'}`)
      .join(', ');
    console.log(`\n${result.name}: ${metrics}`);
    if (result.failing.length) console.log(`  audits under 90: ${result.failing.join('; ')}`);
    if (result.runWarnings.length) console.log(`  Lighthouse warned: ${result.runWarnings.join(' | ')}`);
    if (result.errored.length) console.log(`  audits Lighthouse could not run: ${result.errored.join('; ')}`);
    if (result.runtimeError) console.log(`  Lighthouse runtime error: ${result.runtimeError}`);
    console.log(
      result.offMachine.length
        ? `  requests that tried to leave the machine (blocked): ${result.offMachine.join(', ')}`
        : '  no request tried to leave the machine',
    );
  }
  writeFileSync(join(OUT, 'scores.json'), `${JSON.stringify({date: new Date().toISOString(), page, results}, null, 2)}\n`);
  console.log(`\nlighthouse: reports in bench/lighthouse/ (${names.map((name) => `${name}.report.html`).join(', ')})`);
}
if (failed || results.some((result) => result.runtimeError)) process.exit(1);
