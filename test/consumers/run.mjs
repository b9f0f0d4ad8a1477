// Consumer fixtures: the packed package, used as React 19, Vue 3, Svelte 5,
// Angular and plain-TypeScript apps would use it. For each: the good code
// type-checks strictly, the bad code is reported (a wrong attribute value),
// Vite builds the app, headless Chromium renders it and the app receives a
// `pm-share` event. Prints the gzip size the library adds to each app's JS.
// Run after `npm run build`: `node test/consumers/run.mjs`. Exits non-zero on
// any failure.
//
// The fixtures' tools (react, vue, vue-tsc, svelte, svelte-check, the Vite
// plugins, @angular/core) are devDependencies of the root package, so `npm ci`
// installs them once; only the tarball is unpacked into
// test/consumers/node_modules/people-move-widgets (what `npm install
// ./people-move-widgets-x.tgz` lays out), and its dependency `lit` resolves
// from the root, as a hoisted install would.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {build} from 'vite';
import {CHROME_ARGS, findChrome} from '../../scripts/browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'pm-consumers-'));
const failures = [];
const results = [];
const started = Date.now();
const lap = (what) => console.log(`${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

function fail(message) {
  failures.push(message);
  console.error(`FAIL ${message}`);
}

/** Runs a checker; returns its exit status and output. */
function run(command, args) {
  const out = spawnSync(command, args, {cwd: here, encoding: 'utf8'});
  return {status: out.status, output: `${out.stdout}${out.stderr}`};
}

// 1. Pack the package as npm publishes it and unpack it where `npm install` would.
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop();
const installed = join(here, 'node_modules/people-move-widgets');
rmSync(installed, {recursive: true, force: true});
mkdirSync(installed, {recursive: true});
execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
lap(`installed ${tarball}`);

// 2. Type checks: good code passes, bad code is reported with the wrong value named.
const checks = {
  plain: [bin('tsc'), ['-p', 'plain/tsconfig.json'], ['-p', 'plain/tsconfig.bad.json']],
  react: [bin('tsc'), ['-p', 'react/tsconfig.json'], ['-p', 'react/tsconfig.bad.json']],
  vue: [bin('vue-tsc'), ['-p', 'vue/tsconfig.json'], ['-p', 'vue/tsconfig.bad.json']],
  svelte: [
    bin('svelte-check'),
    ['--workspace', 'svelte', '--tsconfig', 'tsconfig.json', '--fail-on-warnings', '--output', 'human'],
    ['--workspace', 'svelte', '--tsconfig', 'tsconfig.bad.json', '--output', 'human'],
  ],
  angular: [bin('tsc'), ['-p', 'angular/tsconfig.json']],
};
for (const [name, [command, good, bad]] of Object.entries(checks)) {
  const ok = run(command, good);
  if (ok.status !== 0) fail(`${name}: good code does not type-check\n${ok.output}`);
  const result = {name, good: ok.status === 0 ? 'passes' : 'FAILS'};
  if (bad) {
    const wrong = run(command, bad);
    const named = /tiles/.test(wrong.output);
    if (wrong.status === 0 || !named) fail(`${name}: variant="tiles" is not reported\n${wrong.output}`);
    const errors = wrong.output.match(/error/gi)?.length ?? 0;
    result.bad = wrong.status !== 0 && named ? `reported (${errors} error lines, "tiles" named)` : 'NOT reported';
  }
  results.push(result);
  lap(`${name}: type-checked`);
}

// 2b. Plain TypeScript with no framework installed and `skipLibCheck: false`:
//     the React, Vue and Svelte blocks of the package's types must add no error.
const bare = join(work, 'bare');
mkdirSync(join(bare, 'node_modules/@types'), {recursive: true});
const frameworks = new Set(['react', 'react-dom', 'vue', '@vue', 'svelte', '@sveltejs', '@angular', '@types', '.bin']);
for (const entry of readdirSync(join(root, 'node_modules')).filter((name) => !frameworks.has(name))) {
  symlinkSync(join(root, 'node_modules', entry), join(bare, 'node_modules', entry));
}
symlinkSync(join(root, 'node_modules/@types/trusted-types'), join(bare, 'node_modules/@types/trusted-types'));
symlinkSync(installed, join(bare, 'node_modules/people-move-widgets'));
for (const file of ['main.ts', 'tsconfig.json']) writeFileSync(join(bare, file), readFileSync(join(here, 'plain', file)));
const bareCheck = spawnSync(bin('tsc'), ['-p', bare], {encoding: 'utf8'});
if (bareCheck.status !== 0) fail(`plain TypeScript without React, Vue or Svelte does not type-check\n${bareCheck.stdout}`);
results.find((r) => r.name === 'plain').good += bareCheck.status === 0 ? ' (also with no framework installed)' : ' (FAILS with no framework installed)';
lap('plain, no framework installed: type-checked');

// 3. Build each app with Vite, once as is and once with the package replaced by
//    an empty module: the difference is what the library adds to the bundle.
const empty = join(work, 'empty.js');
writeFileSync(empty, 'export {};\n');
async function bundle(name, outDir, alias) {
  await build({
    root: join(here, name),
    configFile: readdirSync(join(here, name)).includes('vite.config.ts') ? join(here, name, 'vite.config.ts') : false,
    logLevel: 'error',
    resolve: alias ? {alias: {'people-move-widgets': empty}} : undefined,
    build: {outDir, emptyOutDir: true},
  });
  // What the page loads first: the entry and its preloaded chunks (languages load later, on demand).
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  const gzip = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), {level: 9}).length, 0);
  return {initial: gzip(initial), all: gzip(readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`))};
}

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, {'content-type': types[extname(path || '.html')] ?? 'text/html'}).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const browser = await puppeteer.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
try {
  for (const name of ['plain', 'react', 'vue', 'svelte']) {
    const result = results.find((r) => r.name === name);
    const outDir = join(work, name);
    const withLibrary = await bundle(name, outDir, false);
    const without = await bundle(name, join(work, `${name}-baseline`), true);
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    result.added = `${kb(withLibrary.initial - without.initial)} gzip on first load (app ${kb(without.initial)} → ${kb(withLibrary.initial)}), ${kb(withLibrary.all - without.all)} with every lazy language chunk`;

    // 4. Render in Chromium and receive the event from a click on "Copy link".
    const server = await serve(outDir);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const rendered = await page
      .waitForFunction(() => document.querySelector('pm-manifesto')?.shadowRoot?.textContent?.includes('People Move'), {timeout: 10000})
      .then(() => true, () => false);
    result.render = rendered ? 'renders' : 'EMPTY';
    if (!rendered) fail(`${name}: <pm-manifesto> did not render`);
    const copy = await page.waitForSelector('pm-share >>> [part~="copy"]', {timeout: 10000}).catch(() => null);
    if (copy) await copy.click();
    const network = await page
      .waitForFunction(() => document.querySelector('#shared')?.textContent || document.body.dataset.shared, {timeout: 5000})
      .then((handle) => handle.jsonValue(), () => undefined);
    result.event = network === 'copy' ? 'pm-share received, detail.network "copy"' : 'NOT received';
    if (network !== 'copy') fail(`${name}: the app did not receive pm-share (got ${network})`);
    if (errors.length) fail(`${name}: page errors: ${errors.join('; ')}`);
    await page.close();
    server.close();
    lap(`${name}: built twice, rendered`);
  }
} finally {
  await browser.close();
  rmSync(work, {recursive: true, force: true});
}

for (const r of results) {
  console.log(`${r.name}: good code ${r.good}; bad code ${r.bad ?? '(not checked: Angular templates are checked by the Angular compiler)'}; ${r.render ?? 'type-check only'}; ${r.event ?? ''}${r.added ? `; library adds ${r.added}` : ''}`);
}
if (failures.length) {
  console.error(`${failures.length} consumer check(s) failed`);
  process.exit(1);
}
console.log('consumers: every framework type-checks, reports the wrong value, builds, renders and receives pm-share');
