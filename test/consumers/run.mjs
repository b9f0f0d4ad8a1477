// Consumer fixtures: the packed package, used as React 19, Vue 3, Svelte 5,
// Angular and plain-TypeScript apps would use it. For each: the good code
// type-checks strictly, the bad code is reported (a wrong attribute value),
// Vite builds the app, headless Chromium renders it and the app receives a
// `pm-share` event. Prints the gzip size the library adds to each app's JS.
// Run after `npm run build`: `node test/consumers/run.mjs`. Exits non-zero on
// any failure.
//
// The fixtures' tools (react, vue, vue-tsc, svelte, svelte-check, the Vite
// plugins, the Angular compiler and builder) are devDependencies of the root
// package, so `npm ci` installs them once and the apps resolve them from there.
// The package itself is installed as a partner installs it: `npm install` of
// the `npm pack` tarball into test/consumers (its own package.json), which also
// installs its dependencies (lit, @lit/localize) from the npm cache.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {stripVTControlCharacters} from 'node:util';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {build} from 'vite';
import {CHROME_ARGS, findChrome} from '../../scripts/browser.mjs';
import {watchConsole} from '../hostile/support/chrome.mjs';

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

// 1. Pack the package as npm publishes it and install the tarball with npm.
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {cwd: root, encoding: 'utf8'}).trim().split('\n').pop();
const installed = join(here, 'node_modules/people-move-widgets');
rmSync(join(here, 'node_modules'), {recursive: true, force: true});
execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], {cwd: here, stdio: ['ignore', 'ignore', 'inherit']});
if (!existsSync(join(installed, 'package.json')) || !existsSync(join(here, 'node_modules/lit/package.json'))) fail('npm install of the tarball did not install people-move-widgets and lit');
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
  // ngc, with strictTemplates: it types (pm-share)'s $event from the package's
  // types, so a misspelt detail field is reported; CUSTOM_ELEMENTS_SCHEMA switches
  // off its checks of attributes and it does not check property bindings on
  // elements, so variant="tiles" must pass unreported (README says so).
  angular: [bin('ngc'), ['-p', 'angular/tsconfig.json', '--noEmit'], ['-p', 'angular/tsconfig.bad.json', '--noEmit'], /'netwerk' does not exist on type 'ShareEventDetail'/],
};
for (const [name, [command, good, bad, reported = /tiles/]] of Object.entries(checks)) {
  const ok = run(command, good);
  if (ok.status !== 0) fail(`${name}: good code does not type-check\n${ok.output}`);
  const result = {name, good: ok.status === 0 ? 'passes' : 'FAILS'};
  if (bad) {
    const wrong = run(command, bad);
    const named = reported.test(wrong.output);
    if (wrong.status === 0 || !named) fail(`${name}: the bad code is not reported as ${reported}\n${wrong.output}`);
    const errors = wrong.output.match(/error/gi)?.length ?? 0;
    result.bad = wrong.status !== 0 && named ? `reported (${errors} error lines, matching ${reported})` : 'NOT reported';
    if (name === 'angular') {
      const messages = stripVTControlCharacters(wrong.output).split('\n').filter((line) => /error TS\d+/.test(line));
      if (messages.length !== 1) fail(`angular: ngc reports ${messages.length} errors, not only the misspelt detail field: update the README and this check\n${messages.join('\n')}`);
      result.bad += '; variant="tiles" not reported (CUSTOM_ELEMENTS_SCHEMA)';
    }
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
  return sizes(outDir);
}

/** Gzip sizes of what the page loads first (the entry and its preloaded chunks; languages load later, on demand) and of every script. */
function sizes(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
  const every = readdirSync(outDir, {recursive: true}).filter((file) => file.endsWith('.js'));
  const gzip = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), {level: 9}).length, 0);
  return {initial: gzip(initial), all: gzip(every)};
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const added = (withLibrary, without) =>
  `${kb(withLibrary.initial - without.initial)} gzip on first load (app ${kb(without.initial)} → ${kb(withLibrary.initial)}), ${kb(withLibrary.all - without.all)} with every lazy language chunk`;

/** Angular: `ng build` (the application builder: the Angular compiler with strictTemplates, then esbuild). */
function ngBuild(outDir, tsConfig) {
  const args = ['build', '--output-path', outDir, ...(tsConfig ? ['--ts-config', tsConfig] : [])];
  const out = spawnSync(bin('ng'), args, {cwd: join(here, 'angular'), encoding: 'utf8', env: {...process.env, NG_CLI_ANALYTICS: 'false'}});
  if (out.status !== 0) throw new Error(`ng build failed\n${out.stdout}${out.stderr}`);
  return sizes(join(outDir, 'browser'));
}

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
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

/** 4. Opens the built app in Chromium: <pm-manifesto> renders, and a click on "Copy link" reaches the app as `pm-share`. */
async function exercise(name, outDir, result) {
  const server = await serve(outDir);
  const page = await browser.newPage();
  const seen = watchConsole(page);
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const rendered = await page
      .waitForFunction(() => document.querySelector('pm-manifesto')?.shadowRoot?.textContent?.includes('People Move'), {timeout: 10000})
      .then(() => true, () => false);
    result.render = rendered ? 'renders' : 'EMPTY';
    if (!rendered) fail(`${name}: <pm-manifesto> did not render`);
    const copy = await page.waitForSelector('pm-share >>> [part~="copy"]', {timeout: 10000}).catch(() => null);
    if (copy) await copy.click();
    const network = await page
      .waitForFunction(() => document.querySelector('#shared')?.textContent?.trim() || document.body.dataset.shared, {timeout: 5000})
      .then((handle) => handle.jsonValue(), () => undefined);
    result.event = network === 'copy' ? 'pm-share received, detail.network "copy"' : 'NOT received';
    if (network !== 'copy') fail(`${name}: the app did not receive pm-share (got ${network})`);
    return seen;
  } finally {
    await page.close();
    server.close();
  }
}

try {
  for (const name of ['plain', 'react', 'vue', 'svelte']) {
    const result = results.find((r) => r.name === name);
    const outDir = join(work, name);
    result.added = added(await bundle(name, outDir, false), await bundle(name, join(work, `${name}-baseline`), true));
    const seen = await exercise(name, outDir, result);
    if (seen.errors.length) fail(`${name}: page errors: ${seen.errors.join('; ')}`);
    lap(`${name}: built twice, rendered`);
  }

  // Angular: built by its own builder; the baseline maps the package to an empty module.
  {
    const result = results.find((r) => r.name === 'angular');
    const outDir = join(work, 'angular');
    // The baseline keeps the package's types (`export type *`) but none of its code. Angular reads
    // a tsconfig from inside the workspace only, hence test/consumers/node_modules/.baseline.
    const baseline = join(here, 'node_modules/.baseline');
    mkdirSync(baseline, {recursive: true});
    writeFileSync(join(baseline, 'empty.ts'), "export type * from '../people-move-widgets/dist/index.js';\n");
    writeFileSync(join(baseline, 'tsconfig.json'), JSON.stringify({extends: '../../angular/tsconfig.json', compilerOptions: {paths: {'people-move-widgets': ['./empty.ts']}}, files: ['../../angular/main.ts', './empty.ts']}));
    result.added = added(ngBuild(outDir), ngBuild(join(work, 'angular-baseline'), '../node_modules/.baseline/tsconfig.json'));
    const seen = await exercise('angular', join(outDir, 'browser'), result);
    if (seen.errors.length) fail(`angular: page errors: ${seen.errors.join('; ')}`);
    lap('angular: built twice (ng build), rendered');
  }

  // 5. React server rendering, the README's snippet: react/server.tsx renders the
  //    app in Node (built by Vite for SSR into test/consumers, so that its imports
  //    resolve from the installed package); react/ssr.html hydrates it with
  //    react/hydrate.tsx, built in React's development mode, which reports any
  //    hydration mismatch on the console.
  {
    const result = {name: 'react (server rendering)', good: 'type-checks with the React fixture', bad: 'n/a'};
    results.push(result);
    const react = join(here, 'react');
    const serverOut = join(here, 'node_modules/.ssr');
    await build({root: react, configFile: false, logLevel: 'error', build: {ssr: 'server.tsx', outDir: serverOut, emptyOutDir: true}});
    const {render} = await import(pathToFileURL(join(serverOut, 'server.js')).href);
    const clientOut = join(work, 'react-ssr');
    await build({
      root: react,
      configFile: false,
      logLevel: 'error',
      mode: 'development',
      define: {'process.env.NODE_ENV': '"development"'},
      build: {outDir: clientOut, emptyOutDir: true, minify: false, rollupOptions: {input: join(react, 'ssr.html')}},
    });
    const markup = render();
    if (!markup.includes('<pm-share')) fail(`react (server rendering): renderToString wrote no <pm-share>: ${markup.slice(0, 200)}`);
    writeFileSync(join(clientOut, 'index.html'), readFileSync(join(clientOut, 'ssr.html'), 'utf8').replace('<!--app-->', markup));
    const seen = await exercise(result.name, clientOut, result);
    const complaints = [...seen.errors, ...seen.warnings].filter((line) => !line.startsWith('Lit is in dev mode'));
    result.render += complaints.length ? `, ${complaints.length} console complaint(s)` : ', hydrated with no warning';
    if (complaints.length) fail(`react (server rendering): the console was not quiet:\n${seen.lines.join('\n')}`);
    lap('react: rendered on the server, hydrated');
  }
} finally {
  await browser.close();
  rmSync(work, {recursive: true, force: true});
}

for (const r of results) {
  console.log(`${r.name}: good code ${r.good}; bad code ${r.bad}; ${r.render}; ${r.event}${r.added ? `; library adds ${r.added}` : ''}`);
}
if (failures.length) {
  console.error(`${failures.length} consumer check(s) failed`);
  process.exit(1);
}
console.log('consumers: every framework type-checks, reports the wrong value, builds, renders and receives pm-share');
