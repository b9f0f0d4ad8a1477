// `npm run bench` (after `npm run build`): what a partner's page pays for <pm-share>, timed by
// tachometer with 95 % confidence intervals, 1 and 100 instances, against the floor (our own
// rendered markup as static HTML, no script) and the share buttons a partner might pick instead
// (shareon and Shariff, from their own dist files, showing their equivalents of our default networks).
//
//   node bench/run.mjs [--sample-size N]   (default 30)
//
// The pages are written to bench/generated/ (not committed); each marks `rendered` (bench/pages/probe.js)
// once its buttons are laid out and its fonts loaded, and tachometer reports that mark's time from
// navigation start. tachometer drives Chromium through Debian's chromedriver (`chromium-driver`).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, requireChrome} from '../scripts/browser.mjs';
import {startServer} from '../test/hostile/support/server.mjs';

const HERE = import.meta.dirname;
const OUT = join(HERE, 'generated');
const COUNTS = [1, 100];
const {values} = parseArgs({options: {'sample-size': {type: 'string', default: '30'}}});

if (!existsSync(join(HERE, '../dist/cdn/people-move.js'))) {
  console.error('bench: dist/cdn/people-move.js is missing. Run `npm run build` first.');
  process.exit(1);
}
const chrome = requireChrome();

/** Our default share networks → each peer's name for the same network (absent: the peer has none). */
const PEERS = {
  shareon: {native: 'web-share', whatsapp: 'whatsapp', facebook: 'facebook', x: 'twitter', bluesky: 'bluesky', mastodon: 'mastodon', email: 'email', copy: 'copy-url'},
  shariff: {whatsapp: 'whatsapp', facebook: 'facebook', x: 'twitter', mastodon: 'fediverse', email: 'mail', copy: 'clipboard'},
};
const {DEFAULT_NETWORKS} = await import('../dist/elements/pm-share/targets.js');
const peerMarkup = {
  shareon: `<div class="shareon">${DEFAULT_NETWORKS.filter((id) => PEERS.shareon[id]).map((id) => `<a class="${PEERS.shareon[id]}"></a>`).join('')}</div>`,
  shariff: `<div class="shariff" data-lang="en" data-mail-url="mailto:" data-services='${JSON.stringify(DEFAULT_NETWORKS.map((id) => PEERS.shariff[id]).filter(Boolean))}'></div>`,
};

const script = (name) => readFileSync(join(HERE, `pages/${name}.js`), 'utf8');
/** A bench page: the probe, bench/pages/<variant>.js as the script under test, and `markup` repeated `count` times. */
const page = (variant, markup, count) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Bench: ${variant} ×${count}</title>
<script>\n${script('probe')}</script>
<script type="module">\n${script(variant)}</script>
</head>
<body>
<main>
${Array.from({length: count}, () => markup).join('\n')}
</main>
</body>
</html>
`;

/** One <pm-share> rendered from the CDN bundle, as declarative shadow DOM with its style sheets inlined. */
async function floorMarkup() {
  const server = await startServer({pages: {'/capture.html': () => page('ours', '<pm-share></pm-share>', 1)}});
  const browser = await puppeteer.launch({executablePath: chrome, headless: true, args: CHROME_ARGS});
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/capture.html`);
    const done = await tab.evaluate(() => window.__bench.done);
    if (done.error) throw new Error(`capturing <pm-share>: ${done.error}`);
    return await tab.evaluate(() => {
      const shadow = document.querySelector('pm-share').shadowRoot;
      const css = shadow.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      shadow.prepend(Object.assign(document.createElement('style'), {textContent: css.join('\n')}));
      return document.querySelector('main').getHTML({shadowRoots: [shadow]}).replace(/<!--[^]*?-->/g, '').trim();
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

mkdirSync(OUT, {recursive: true});
const variants = {ours: '<pm-share></pm-share>', floor: await floorMarkup(), ...peerMarkup};
const browser = {name: 'chrome', headless: true, binary: chrome, addArguments: CHROME_ARGS};
for (const count of COUNTS) {
  const benchmarks = Object.entries(variants).map(([variant, markup]) => {
    writeFileSync(join(OUT, `${variant}-${count}.html`), page(variant, markup, count));
    return {name: `${variant} ×${count}`, url: `${variant}-${count}.html`, browser, measurement: {mode: 'performance', entryName: 'rendered'}};
  });
  const config = join(OUT, `tachometer-${count}.json`);
  writeFileSync(config, JSON.stringify({root: '../..', sampleSize: Number(values['sample-size']), timeout: 0, benchmarks}, null, 2));
  console.log(`\n<pm-share> ×${count}: ms from navigation start to rendered, laid out and fonts loaded`);
  execFileSync(join(HERE, '../node_modules/.bin/tach'), ['--config', config, '--json-file', join(OUT, `results-${count}.json`)], {stdio: 'inherit'});
}
