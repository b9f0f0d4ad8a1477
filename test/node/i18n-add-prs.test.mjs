// Issue 18's own test: Dari (prs) added from a copy of the Persian file, with no other edit,
// renders right to left in a real browser. On a copy of the project in a temporary folder:
// `i18n:add prs --from fa`, then the elements bundled from that copy's source (esbuild) and
// opened in Chromium from a local server (in Firefox and WebKit too: hostile-in-firefox.test.mjs,
// hostile-in-webkit.test.mjs).
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {build} from 'esbuild';
import {launchChrome} from '../hostile/support/chrome.mjs';
import {runScript} from '../support/i18n-project-fixture.mjs';

const repo = resolve(import.meta.dirname, '..', '..');

describe('i18n:add prs --from fa, and nothing else', () => {
  let dir;
  let added;
  let server;
  let browser;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pm-add-prs-'));
    for (const each of ['src', 'locales', 'scripts', 'lit-localize.json', 'tsconfig.json', 'package.json']) cpSync(join(repo, each), join(dir, each), {recursive: true});
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    added = runScript('i18n-add.mjs', ['prs', '--from', 'fa'], dir);
    await build({entryPoints: [join(dir, 'src/index.ts')], bundle: true, format: 'esm', splitting: true, outdir: join(dir, 'out'), logLevel: 'error'});
    writeFileSync(join(dir, 'out', 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>prs</title>
      <pm-values lang="prs"></pm-values><pm-manifesto lang="prs"></pm-manifesto><script type="module" src="index.js"></script></html>`);
    server = createServer((request, response) => {
      try {
        const body = readFileSync(join(dir, 'out', new URL(request.url, 'http://x').pathname));
        response.writeHead(200, {'content-type': extname(request.url) === '.js' ? 'text/javascript' : 'text/html'}).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await launchChrome();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, {recursive: true, force: true});
  });

  test('i18n:add says it is right to left, from its code', () => {
    assert.equal(added.code, 0, added.stdout);
    assert.match(added.stdout, /Added prs: دری, written right to left \(script Arab\)/);
  });

  test('each element renders the Persian drafts with lang="prs" dir="rtl", laid out right to left', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const persianHeading = /<trans-unit id="values.heading">\s*<source>[^<]*<\/source>\s*<target[^>]*>([^<]+)<\/target>/.exec(readFileSync(join(repo, 'locales/fa.xlf'), 'utf8'))[1];
    for (const tag of ['pm-values', 'pm-manifesto']) {
      // Plain values, not element handles, so that every engine's driver can answer (test/hostile/support/webkit.mjs).
      await page.waitForFunction(
        (name) => document.querySelector(name)?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === 'prs',
        {timeout: 10000},
        tag,
      );
      const seen = await page.evaluate((name) => {
        const base = document.querySelector(name).shadowRoot.querySelector('[part~="base"]');
        return {dir: base.getAttribute('dir'), direction: getComputedStyle(base).direction, text: base.textContent};
      }, tag);
      assert.equal(seen.dir, 'rtl', tag);
      assert.equal(seen.direction, 'rtl', tag);
      if (tag === 'pm-values') assert.ok(seen.text.includes(persianHeading), `${tag} shows “${persianHeading}”: ${seen.text}`);
    }
    await page.close();
  });
});
