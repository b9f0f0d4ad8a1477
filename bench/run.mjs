// `npm run bench` (after `npm run build`): how much a partner's page pays for the People Move
// elements, against the floor (our own rendered markup as static HTML, no script) and against the
// share buttons a partner might pick instead (shareon and Shariff, from their own dist files).
//
//   node bench/run.mjs [--runs N] [--quick]
//
// Every run opens a fresh page with the HTTP cache off, served gzip-compressed from a static
// server on 127.0.0.1; the browser can reach nothing else. Each scenario reports the median of
// N runs (default 20; --quick: 3) after one discarded warm-up run. Writes bench/results.json.
// Also checks that importing the bundle only registers elements, and that a locale chunk is
// requested as soon as an element knows its language, before its first render.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../scripts/browser.mjs';
import {sri} from '../scripts/sri.mjs';
import {startServer} from './server.mjs';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..');
const TAGS = ['pm-manifesto', 'pm-values', 'pm-share'];
const COUNTS = [1, 100];
const PAGE_TIMEOUT = 30000;

/** Our share-network ids → the peers' names for the same network (absent: the peer has none). */
const PEER_NETWORKS = {
  shareon: {
    bluesky: 'bluesky',
    copy: 'copy-url',
    email: 'email',
    facebook: 'facebook',
    linkedin: 'linkedin',
    mastodon: 'mastodon',
    native: 'web-share',
    reddit: 'reddit',
    telegram: 'telegram',
    threads: 'threads',
    whatsapp: 'whatsapp',
    x: 'twitter',
  },
  shariff: {
    copy: 'clipboard',
    email: 'mail',
    facebook: 'facebook',
    linkedin: 'linkedin',
    mastodon: 'fediverse',
    reddit: 'reddit',
    telegram: 'telegram',
    whatsapp: 'whatsapp',
    x: 'twitter',
  },
};

/** Where a share link goes → our network id, for reading <pm-share>'s rendered links. */
const NETWORK_BY_HOST = [
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/(^|\.)(wa\.me|whatsapp\.com)$/, 'whatsapp'],
  [/(^|\.)(t\.me|telegram\.me)$/, 'telegram'],
  [/(^|\.)bsky\.app$/, 'bluesky'],
  [/(^|\.)threads\.(com|net)$/, 'threads'],
  [/(^|\.)(joinmastodon\.org|mastodon\.social)$/, 'mastodon'],
  [/(^|\.)reddit\.com$/, 'reddit'],
];

function options() {
  const {values} = parseArgs({
    options: {runs: {type: 'string'}, quick: {type: 'boolean', default: false}, help: {type: 'boolean', default: false}},
  });
  if (values.help) {
    console.log('node bench/run.mjs [--runs N] [--quick]   (N ≥ 1; default 20, --quick 3)');
    process.exit(0);
  }
  const runs = values.runs === undefined ? (values.quick ? 3 : 20) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench: --runs wants a whole number of at least 1, not "${values.runs}".`);
    process.exit(1);
  }
  return {runs, quick: values.quick};
}

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const quartiles = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return [at(0.25), at(0.75)];
};

function networkOfLink(href) {
  if (href.startsWith('mailto:')) return 'email';
  try {
    const {hostname} = new URL(href);
    return NETWORK_BY_HOST.find(([pattern]) => pattern.test(hostname))?.[1];
  } catch {
    return undefined;
  }
}

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The peers' markup for the networks our <pm-share> renders by default. */
function peerMarkup(peer, share) {
  const names = share.networks.map((network) => PEER_NETWORKS[peer][network]).filter(Boolean);
  const title = share.text ? ` data-title="${escapeAttribute(share.text)}"` : '';
  if (peer === 'shareon') return `<div class="shareon"${title}>${names.map((name) => `<a class="${name}"></a>`).join('')}</div>`;
  return (
    `<div class="shariff" data-lang="en" data-mail-url="mailto:"${title} ` +
    `data-services="${escapeAttribute(JSON.stringify(names))}"></div>`
  );
}

/** Whether a copy of dist/ is one whole build: its CDN files are those dist/cdn/integrity.json (written last) lists. */
function wholeBuild(dist) {
  try {
    const integrity = JSON.parse(readFileSync(join(dist, 'cdn/integrity.json'), 'utf8'));
    const files = readdirSync(join(dist, 'cdn'), {recursive: true}).filter((file) => String(file).endsWith('.js'));
    return (
      existsSync(join(dist, 'index.js')) &&
      files.length === Object.keys(integrity).length &&
      Object.entries(integrity).every(([file, hash]) => sri(join(dist, 'cdn', file)) === hash)
    );
  } catch {
    return false;
  }
}

/**
 * Copies dist/ into `folder`, so a build started elsewhere during the run cannot change the files
 * measured, and makes the copy importable in Node (node_modules beside it). Waits while a build
 * is half written.
 */
async function snapshotDist(folder) {
  const dist = join(folder, 'dist');
  for (let attempt = 1; attempt <= 20; attempt++) {
    rmSync(dist, {recursive: true, force: true});
    try {
      cpSync(join(ROOT, 'dist'), dist, {recursive: true});
    } catch {
      // A build removed files while they were copied: try again.
    }
    if (wholeBuild(dist)) {
      writeFileSync(join(folder, 'package.json'), '{"type": "module"}\n');
      symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
      return dist;
    }
    if (attempt === 1) console.log('bench: dist/ is not one whole build (a build is running?); waiting for it…');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  throw new Error('dist/ did not settle into one whole build within a minute: run `npm run build` and try again.');
}

/** Renders one of each element from the CDN bundle and returns each as static HTML, and what <pm-share> shares. */
async function capture(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/pages/ours.html?scenario=capture`, {waitUntil: 'load', timeout: PAGE_TIMEOUT});
    const done = await page.evaluate(() => window.__bench.done);
    if (done.error) throw new Error(`capturing the rendered elements: ${done.error}`);
    return await page.evaluate((tags) => {
      const roots = [];
      const collect = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (!element.shadowRoot) continue;
          const shadow = element.shadowRoot;
          // Constructed style sheets are not markup: put their rules in a <style> the parser will read.
          const css = shadow.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
          if (css.length > 0) shadow.prepend(Object.assign(document.createElement('style'), {textContent: css.join('\n')}));
          roots.push(shadow);
          collect(shadow);
        }
      };
      collect(document);
      const staticHtml = {};
      for (const tag of tags) {
        const holder = document.getElementById(`capture-${tag}`);
        staticHtml[tag] = holder
          .getHTML({shadowRoots: roots})
          .replace(/<!--[^]*?-->/g, '')
          .trim();
      }
      const share = document.querySelector('#capture-pm-share > pm-share');
      const links = [...(share?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((link) => link.getAttribute('href'));
      const marked = [...(share?.shadowRoot?.querySelectorAll('[data-network]') ?? [])].map((item) => item.dataset.network);
      return {staticHtml, links, marked};
    }, TAGS);
  } finally {
    await page.close();
  }
}

/**
 * What our <pm-share> renders by default: its networks, and the words it shares (read from its X
 * link). Like ours, the peers share the page's own address by default, so no URL is passed on.
 */
function describeShare(captured) {
  const networks = new Set(captured.marked);
  let text;
  for (const href of captured.links) {
    const network = networkOfLink(href);
    if (network) networks.add(network);
    if (network === 'x') text ??= new URL(href).searchParams.get('text') ?? undefined;
  }
  return {rendered: [...networks], networks: [...networks].filter((network) => PEER_NETWORKS.shareon[network] || PEER_NETWORKS.shariff[network]), text};
}

/** One page load in `page`, a fresh tab that has loaded nothing yet, with the cache off. */
async function measureOnce(page, origin, url) {
  const offMachine = [];
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:')) offMachine.push(target);
  });
  await page.setCacheEnabled(false);
  await page.goto(url, {waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT});
  const done = await page.evaluate(async () => {
    const result = await window.__bench.done;
    const navigation = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    return {
      ...result,
      requests: 1 + resources.length,
      bytes: navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0),
    };
  });
  if (done.error) throw new Error(done.error);
  const metrics = await page.metrics();
  return {
    renderedMs: done.end,
    scriptMs: done.start === undefined ? null : done.end - done.start,
    scriptingMs: metrics.ScriptDuration * 1000,
    heapBytes: metrics.JSHeapUsedSize,
    requests: done.requests,
    bytes: done.bytes,
    offMachine,
  };
}

/** Whether a page looks the same, pixel for pixel, as another: the floor must show what ours shows. */
async function samePixels(browser, urls) {
  const shots = [];
  for (const url of urls) {
    const page = await browser.newPage();
    try {
      await page.setViewport({width: 1000, height: 1200});
      await page.goto(url, {waitUntil: 'load', timeout: PAGE_TIMEOUT});
      const done = await page.evaluate(() => window.__bench.done);
      if (done.error) return false;
      shots.push(Buffer.from(await page.screenshot({fullPage: true})));
    } finally {
      await page.close();
    }
  }
  return shots.every((shot) => shot.equals(shots[0]));
}

async function checkImport(browser, origin, dist) {
  const page = await browser.newPage();
  try {
    await page.setCacheEnabled(false);
    await page.goto(`${origin}/bench/pages/import-check.html`, {waitUntil: 'load', timeout: PAGE_TIMEOUT});
    const seen = await page.evaluate(() => window.__importCheck);
    // Lit's own markers, and the bindings puppeteer adds to every page it drives.
    const notOurs = /^(lit|reactiveElement)|ariaQuerySelector/;
    const ownGlobals = seen.newGlobals.filter((name) => !notOurs.test(name));
    const checks = [
      ['registers every element', seen.defined.length === 4, `defined: ${seen.defined.join(', ')}`],
      ['requests nothing but the bundle', seen.requestsAfter.every((path) => path === '/dist/cdn/people-move.js'), seen.requestsAfter.join(', ')],
      ['leaves the page untouched (DOM, document styles)', !seen.domChanged && seen.documentSheetsAdded === 0, `DOM changed: ${seen.domChanged}, sheets added: ${seen.documentSheetsAdded}`],
      ['sets no timer, frame, listener, observer or fetch', Object.values(seen.calls).every((n) => n === 0), JSON.stringify(seen.calls)],
      ['adds no global of its own (Lit\'s markers aside)', ownGlobals.length === 0, `new globals: ${seen.newGlobals.filter((name) => !/ariaQuerySelector/.test(name)).join(', ') || 'none'}`],
      ['writes no cookie or storage', seen.cookies === '' && seen.localStorage === 0 && seen.sessionStorage === 0, `cookies "${seen.cookies}", storage ${seen.localStorage + seen.sessionStorage}`],
    ];
    let nodeImport;
    try {
      const out = execFileSync(
        process.execPath,
        ['--input-type=module', '-e', "const m = await import('./dist/index.js'); console.log(Object.keys(m).join(','));"],
        {cwd: join(dist, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']},
      );
      nodeImport = {ok: true, detail: `exports ${out.trim()}`};
    } catch (error) {
      nodeImport = {ok: false, detail: String(error.stderr ?? error).split('\n').find((line) => /Error/.test(line)) ?? String(error)};
    }
    checks.push(['npm entry imports in Node without a DOM (SSR-safe)', nodeImport.ok, nodeImport.detail]);
    return {seen, checks: checks.map(([name, pass, detail]) => ({name, pass, detail}))};
  } finally {
    await page.close();
  }
}

async function checkLoadOrder(browser, origin) {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (message) => {
    if (['warn', 'warning', 'error'].includes(message.type())) warnings.push(message.text());
  });
  page.on('pageerror', (error) => warnings.push(String(error.message ?? error)));
  try {
    await page.setCacheEnabled(false);
    await page.goto(`${origin}/bench/pages/load-order.html`, {waitUntil: 'load', timeout: PAGE_TIMEOUT});
    await page.evaluate(() => window.__orderDone);
    const events = (await page.evaluate(() => window.__order)).sort((a, b) => a.t - b.t);
    const cases = [
      {element: 'pm-manifesto#page-lang', lang: 'cy', how: '<html lang="cy">'},
      {element: 'pm-values#own-lang', lang: 'fr', how: 'its own lang="fr"'},
      {element: 'pm-share#added-later', lang: 'ar', how: 'added by script, lang="ar"'},
    ];
    const checks = cases.map(({element, lang, how}) => {
      const connected = events.find((event) => event.event === 'connected' && event.element === element);
      const render = events.find((event) => event.event === 'first render' && event.element === element);
      const request = events.find((event) => event.event === 'request' && new RegExp(`/locales/${lang}-[^/]*\\.js$`).test(event.url));
      const pass = Boolean(render && request && render.lang === lang && request.t < render.t);
      const detail = !render
        ? 'never rendered'
        : !request
          ? `no ${lang} chunk requested; first render at ${render.t.toFixed(1)} ms in lang=${render.lang}`
          : `${lang} chunk requested ${(request.t - connected.t).toFixed(1)} ms after the element connected, arrived ` +
            `${(request.end - request.t).toFixed(1)} ms later; first render ${(render.t - request.end).toFixed(1)} ms after that, ` +
            `in lang=${render.lang} dir=${render.dir}`;
      return {name: `${element} (${how}): ${lang} chunk requested before the first render, which is in ${lang}`, pass, detail};
    });
    return {events, checks, warnings};
  } finally {
    await page.close();
  }
}

const fmt = (value, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
const ratio = (a, b) => (a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

function printTables(scenarios, runs) {
  const header = ['element', 'n', 'variant', 'rendered ms', 'script→rendered ms', 'scripting ms', 'kB transferred', 'requests'];
  const rows = scenarios.map((s) => [
    s.element,
    String(s.count),
    s.variant,
    fmt(s.median.renderedMs),
    fmt(s.median.scriptMs),
    fmt(s.median.scriptingMs),
    fmt(s.median.bytes === null ? null : s.median.bytes / 1000, 2),
    fmt(s.median.requests, 0),
  ]);
  printTable(`Medians of ${runs} runs (rendered: from navigation start; script→rendered: from the script under test starting)`, header, rows);

  const ratioHeader = ['element', 'n', 'versus', 'rendered', 'script→rendered', 'scripting', 'bytes', 'requests'];
  const ratioRows = [];
  for (const ours of scenarios.filter((s) => s.variant === 'ours')) {
    for (const other of scenarios.filter((s) => s.element === ours.element && s.count === ours.count && s.variant !== 'ours')) {
      ratioRows.push([
        ours.element,
        String(ours.count),
        other.variant,
        ratio(ours.median.renderedMs, other.median.renderedMs),
        ratio(ours.median.scriptMs, other.median.scriptMs),
        ratio(ours.median.scriptingMs, other.median.scriptingMs),
        ratio(ours.median.bytes, other.median.bytes),
        ratio(ours.median.requests, other.median.requests),
      ]);
    }
  }
  printTable('Ratios, ours to each (below 1× means ours costs less)', ratioHeader, ratioRows);
}

function printTable(title, header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((width, i) => (i < 3 ? `${'-'.repeat(width + 1)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

function printChecks(title, checks) {
  console.log(`\n${title}`);
  for (const check of checks) console.log(`  ${check.pass ? 'ok  ' : 'FAIL'} ${check.name}\n       ${check.detail}`);
}

async function main() {
  const {runs, quick} = options();
  if (!existsSync(join(ROOT, 'dist/cdn/people-move.js'))) {
    console.error('bench: dist/cdn/people-move.js is missing. Run `npm run build` first.');
    process.exit(1);
  }
  const executablePath = findChrome();
  if (!executablePath) {
    console.error('bench: no Chromium found. Install Debian chromium or set CHROME_PATH.');
    process.exit(1);
  }
  const started = Date.now();
  const probe = readFileSync(join(HERE, 'pages/probe.js'), 'utf8');
  const instances = new Map([['capture', TAGS.map((tag) => `<div id="capture-${tag}"><${tag}></${tag}></div>`).join('\n')]]);
  const snapshot = mkdtempSync(join(tmpdir(), 'pm-bench-'));
  // Removes the copy however the run ends; the link to node_modules goes first, so removing the
  // copy can never reach through it.
  process.on('exit', () => {
    if (existsSync(join(snapshot, 'node_modules'))) unlinkSync(join(snapshot, 'node_modules'));
    rmSync(snapshot, {recursive: true, force: true});
  });
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  let dist;
  try {
    dist = await snapshotDist(snapshot);
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
  const server = await startServer({
    dist,
    rewrite: (_path, html, params) =>
      html
        .replace('<!-- PROBE -->', () => `<script>\n${probe}</script>`)
        .replace('<!-- INSTANCES -->', () => instances.get(params.get('scenario')) ?? ''),
  });
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Nothing but loopback resolves, so nothing on a bench page can reach the network.
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  let failed = false;
  try {
    const chromium = await browser.version();
    const load = () => loadavg()[0].toFixed(1);
    const loadAtStart = load();
    console.log(
      `bench: ${chromium}, ${runs} runs per scenario after one warm-up${quick ? ' (quick)' : ''}, served from ${server.origin}; ` +
        `${availableParallelism()} cores, load average ${loadAtStart}`,
    );

    const captured = await capture(browser, server.origin);
    const share = describeShare(captured);
    console.log(
      `<pm-share> renders by default: ${share.rendered.join(', ') || 'no control found'}; ` +
        `the peers render their equivalents of: ${share.networks.join(', ') || 'none'}`,
    );
    for (const peer of Object.keys(PEER_NETWORKS)) {
      const missing = share.networks.filter((network) => !PEER_NETWORKS[peer][network]);
      if (missing.length) console.log(`  ${peer} has no button for: ${missing.join(', ')}`);
    }

    const scenarios = [];
    for (const element of TAGS) {
      for (const count of COUNTS) {
        const variants = {
          ours: `<${element}></${element}>`,
          floor: captured.staticHtml[element],
          ...(element === 'pm-share' ? {shareon: peerMarkup('shareon', share), shariff: peerMarkup('shariff', share)} : {}),
        };
        for (const [variant, markup] of Object.entries(variants)) {
          const id = `${element}-${count}-${variant}`;
          instances.set(id, Array.from({length: count}, () => markup).join('\n'));
          scenarios.push({id, element, count, variant, url: `${server.origin}/bench/pages/${variant}.html?scenario=${id}`, samples: [], errors: []});
        }
      }
    }

    const floorChecks = [];
    for (const element of TAGS) {
      const [ours, floor] = ['ours', 'floor'].map((variant) => scenarios.find((s) => s.id === `${element}-1-${variant}`).url);
      floorChecks.push({name: `${element}: the floor looks the same as ours, pixel for pixel`, pass: await samePixels(browser, [ours, floor])});
    }
    const unlike = floorChecks.filter((check) => !check.pass).map((check) => check.name.split(':')[0]);
    console.log(unlike.length ? `the floor does NOT look the same as ours for: ${unlike.join(', ')}` : 'the floor looks the same as ours, pixel for pixel, for every element');

    // Rounds interleave the scenarios, so drift in the machine's load spreads over all of them. Each
    // round opens its fresh tabs together before measuring and closes them together after, so opening
    // and closing tabs never overlaps a measurement.
    for (let round = 0; round <= runs; round++) {
      const pages = await Promise.all(scenarios.map(() => browser.newPage()));
      for (const [index, scenario] of scenarios.entries()) {
        try {
          const sample = await measureOnce(pages[index], server.origin, scenario.url);
          if (round > 0) scenario.samples.push(sample);
        } catch (error) {
          scenario.errors.push(String(error.message ?? error));
        }
      }
      await Promise.all(pages.map((page) => page.close()));
      process.stderr.write(round === 0 ? 'warm-up done; runs: ' : `${round} `);
    }
    process.stderr.write('\n');

    const keys = ['renderedMs', 'scriptMs', 'scriptingMs', 'heapBytes', 'bytes', 'requests'];
    for (const scenario of scenarios) {
      scenario.median = Object.fromEntries(keys.map((key) => [key, median(scenario.samples.map((sample) => sample[key]))]));
      scenario.quartiles = Object.fromEntries(keys.map((key) => [key, quartiles(scenario.samples.map((sample) => sample[key]))]));
      scenario.offMachine = [...new Set(scenario.samples.flatMap((sample) => sample.offMachine))];
    }
    printTables(scenarios, runs);

    const broken = scenarios.filter((scenario) => scenario.samples.length === 0 || scenario.errors.length > 0);
    for (const scenario of broken) {
      console.error(`bench: ${scenario.id}: ${scenario.errors.length} of ${runs + 1} loads failed: ${scenario.errors[0]}`);
    }
    const leaking = scenarios.filter((scenario) => scenario.offMachine.length > 0);
    for (const scenario of leaking) console.log(`bench: ${scenario.id} tried to reach off the machine: ${scenario.offMachine.join(', ')}`);

    const importCheck = await checkImport(browser, server.origin, dist);
    printChecks('Importing the CDN bundle into a page with no elements', importCheck.checks);
    const loadOrder = await checkLoadOrder(browser, server.origin);
    printChecks('Locale chunks against first renders (load-order.html)', loadOrder.checks);
    console.log('  timeline (ms from navigation start):');
    for (const event of loadOrder.events) {
      const what =
        event.event === 'request'
          ? `request ${event.url} (arrived at ${event.end.toFixed(1)})`
          : event.event === 'first render'
            ? `first render ${event.element} lang=${event.lang} dir=${event.dir}`
            : event.event === 'connected'
              ? `connected ${event.element} (shadow root attached)`
              : event.event;
      console.log(`    ${event.t.toFixed(1).padStart(8)}  ${what}`);
    }
    for (const warning of loadOrder.warnings) console.log(`  the page printed: ${warning}`);

    failed =
      broken.some((scenario) => scenario.samples.length === 0) ||
      importCheck.checks.some((check) => !check.pass) ||
      loadOrder.checks.some((check) => !check.pass);

    const results = {
      date: new Date().toISOString(),
      chromium,
      node: process.version,
      runs,
      quick,
      method:
        'Fresh page per run, HTTP cache off, files gzip -9 from 127.0.0.1. renderedMs: navigation start to every element ' +
        'rendered, laid out and its fonts loaded; scriptMs: from the script under test starting (an inline module that ' +
        'imports it) to the same point; scriptingMs: Chromium ScriptDuration of the page; bytes: transferSize of the ' +
        'document and every resource; medians after one discarded warm-up run.',
      share,
      floorChecks,
      scenarios: scenarios.map(({url: _url, samples, ...rest}) => ({...rest, samples})),
      importCheck,
      loadOrder,
      seconds: Math.round((Date.now() - started) / 1000),
      cores: availableParallelism(),
      loadAverage: {start: Number(loadAtStart), end: Number(load())},
    };
    writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `\nbench: wrote bench/results.json in ${results.seconds} s (load average ${results.loadAverage.start} → ` +
        `${results.loadAverage.end} on ${results.cores} cores)${failed ? '; FAILED (see above)' : ''}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  if (failed) process.exit(1);
}

await main();
