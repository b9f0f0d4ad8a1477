// `npm run lighthouse` (after `npm run build`): Lighthouse 12.2.3 on the demo page
// (demo/index.html, loading the built CDN bundle), served gzip-compressed from 127.0.0.1, in the
// local Chromium. Prints the performance, accessibility, best-practices and SEO scores for the
// mobile (default) and desktop settings, each audit under 90, Lighthouse's own warnings, and any
// request that tried to leave the machine (the browser resolves no host but loopback). Writes
// the reports to bench/lighthouse/. Exits 1 when Lighthouse fails or reports a runtime error.
//
//   node bench/lighthouse.mjs [--page /demo/…] [--mobile-only]
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, requireChrome} from '../scripts/browser.mjs';
import {ROOT, startServer} from '../test/hostile/support/server.mjs';

const OUT = join(import.meta.dirname, 'lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const {values} = parseArgs({options: {page: {type: 'string', default: '/demo/index.html'}, 'mobile-only': {type: 'boolean', default: false}}});
const stop = (message) => {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
};
if (!existsSync(join(ROOT, 'dist/cdn/integrity.json'))) stop('dist/cdn/ is missing. Run `npm run build` first.');
if (!existsSync(join(ROOT, values.page))) stop(`${values.page} does not exist.`);
const executablePath = requireChrome();

const integrity = JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'))['people-move.js'];
// The demo's snippet carries the bundle's integrity hash, as `npm start` fills it in.
const transform = (url, text) => (url.pathname.endsWith('.html') ? text.replace('%PM_INTEGRITY%', integrity) : undefined);
const server = await startServer({gzip: true, transform});
const args = [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const browser = await puppeteer.launch({executablePath, headless: true, args});
const runs = values['mobile-only'] ? {mobile: undefined} : {mobile: undefined, desktop: desktopConfig};
const results = [];
try {
  const url = `${server.origin}${values.page}`;
  console.log(`lighthouse ${lighthouse.version ?? '12.2.3'} on ${url} in ${await browser.version()}`);
  mkdirSync(OUT, {recursive: true});
  const flags = {port: Number(new URL(browser.wsEndpoint()).port), output: ['html', 'json'], logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true};
  for (const [name, config] of Object.entries(runs)) {
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error('Lighthouse returned no result');
    const {lhr, report} = result;
    writeFileSync(join(OUT, `${name}.report.html`), report[0]);
    writeFileSync(join(OUT, `${name}.report.json`), report[1]);
    const audits = Object.values(lhr.audits);
    results.push({
      name,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null])),
      metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? null])),
      failing: audits
        .filter((audit) => audit.score !== null && audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
        .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}`),
      errored: audits.filter((audit) => audit.errorMessage).map((audit) => `${audit.id}: ${audit.errorMessage}`),
      runWarnings: lhr.runWarnings,
      runtimeError: lhr.runtimeError?.message,
      offMachine: (lhr.audits['network-requests']?.details?.items ?? [])
        .map((item) => item.url)
        .filter((target) => !target.startsWith(server.origin) && !target.startsWith('data:')),
    });
  }
} catch (error) {
  console.error(`lighthouse: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (results.length === 0) process.exit(1);

const score = (value) => (value === null ? '—' : String(Math.round(value * 100))).padStart(7);
console.log(`\n| ${'category'.padEnd(14)} | ${results.map((result) => result.name.padStart(7)).join(' | ')} |`);
console.log(`|${'-'.repeat(16)}|${results.map(() => '--------:').join('|')}|`);
for (const id of CATEGORIES) console.log(`| ${id.padEnd(14)} | ${results.map((result) => score(result.scores[id])).join(' | ')} |`);
for (const result of results) {
  console.log(`\n${result.name}: ${Object.entries(result.metrics).map(([id, value]) => `${id} ${value ?? '—'}`).join(', ')}`);
  if (result.failing.length) console.log(`  audits under 90: ${result.failing.join('; ')}`);
  if (result.runWarnings.length) console.log(`  Lighthouse warned: ${result.runWarnings.join(' | ')}`);
  if (result.errored.length) console.log(`  audits Lighthouse could not run: ${result.errored.join('; ')}`);
  if (result.runtimeError) console.log(`  Lighthouse runtime error: ${result.runtimeError}`);
  console.log(`  ${result.offMachine.length ? `requests that tried to leave the machine (blocked): ${result.offMachine.join(', ')}` : 'no request tried to leave the machine'}`);
}
writeFileSync(join(OUT, 'scores.json'), `${JSON.stringify({date: new Date().toISOString(), page: values.page, results}, null, 2)}\n`);
if (results.some((result) => result.runtimeError)) process.exitCode = 1;
