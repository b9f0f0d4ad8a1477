// The WordPress plugin end to end, on WordPress 6.1 (Debian's package) and 6.5 (the
// npm package's build), on real PHP and MariaDB, driven in headless Chromium:
// an Author inserts each block in the real block editor, sets Welsh and dark in the
// block sidebar and publishes; a visitor sees the elements in Welsh with one script
// tag and no console error; the same again with DISALLOW_UNFILTERED_HTML for an Author
// and an Administrator; the shortcode in a classic post; the page without JavaScript;
// hostile shortcode attributes. Skips, saying why, when WordPress is not installed.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, before, describe, it} from 'node:test';
import {launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {missing, missingVersion, startDatabase, startSite, VERSIONS, workFolder} from './site.mjs';

const plugin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'wordpress');
const ELEMENTS = ['campaign', 'manifesto', 'values', 'share'];
/** A Welsh string each element renders in its shadow DOM, from the shipped cy translation. */
const WELSH = {campaign: 'Ein gwerthoedd', manifesto: 'Gweledigaeth', values: 'Ein gwerthoedd', share: 'Rhannwch hyn'};
const TITLES = {campaign: 'People Move campaign', manifesto: 'People Move manifesto', values: 'People Move values', share: 'People Move share buttons'};
const USERS = {author: 'author-password', admin: 'admin-password'};

function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'build' ? [] : phpFiles(path)) : path.endsWith('.php') ? [path] : [];
  });
}

describe('WordPress plugin: php -l', () => {
  const php = statSync('/usr/bin/php', {throwIfNoEntry: false});
  it('every PHP file of the plugin parses', {skip: php ? false : 'php-cli is not installed'}, () => {
    const files = phpFiles(plugin);
    assert.ok(files.length >= 8, `found only ${files.length} PHP files`);
    for (const file of files) assert.match(execFileSync('php', ['-l', file], {encoding: 'utf8'}), /No syntax errors/, file);
  });
});

const why = missing();
if (why) console.log(`# WordPress end-to-end tests skipped: ${why}. In CI, .ci/run installs the packages and npm test builds the zip.`);

/** Text of a node and of every shadow root under it. */
const DEEP_TEXT = `(function deep(node) {
  let text = '';
  for (const child of node.childNodes) text += child.nodeType === 3 ? child.data : child.nodeType === 1 ? deep(child) : '';
  if (node.shadowRoot) text += deep(node.shadowRoot);
  return text;
})`;

const AXE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A and AA rules (2.2 included) on one part of the page: the violations, as "rule: targets". */
async function axe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (context) => {
    const {violations} = await window.axe.run(context, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

async function logIn(browser, site, user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  // wp-login.php focuses the user field on a 200 ms timer: typing before that loses the first letters.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', user);
  await page.type('#user_pass', USERS[user]);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  assert.match(page.url(), /wp-admin/, `${user} is logged in`);
  return {context, page};
}

/** The editor's canvas: its iframe's document where WordPress uses one, else the page. */
async function canvas(page) {
  const frame = page.frames().find((f) => f.name() === 'editor-canvas');
  return frame ?? page.mainFrame();
}

/**
 * In the block editor: insert the blocks through the inserter, set Language and
 * Theme through each block's sidebar controls, check the live preview, publish
 * (through the editor's data store: the publish panel differs between versions).
 * Returns the post's address.
 */
async function publishWithBlocks(page, site, elements, title) {
  // The editor is heavy on a shared two-core machine: give it time.
  page.setDefaultTimeout(60000);
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('people-move/share') && window.wp.data.select('core/editor').getCurrentPostId());
  for (const element of elements) {
    // The inserter, as a person uses it: open it, search the block's title, click it.
    const title = TITLES[element];
    // WordPress 6.5 closes the inserter after an insertion, 6.1 keeps it open: open it until its search shows.
    let search = null;
    for (let tries = 0; !search && tries < 5; tries++) {
      search = await page.$('.block-editor-inserter__search input');
      if (search && (await search.isVisible())) break;
      search = null;
      await page.locator('button[aria-label="Toggle block inserter"]').click();
      search = await page.waitForSelector('.block-editor-inserter__search input', {visible: true, timeout: 5000}).catch(() => null);
    }
    assert.ok(search, 'the block inserter opens');
    await search.evaluate((input) => input.select());
    await search.type(title);
    // The results re-order as the search settles (every block matches "People Move"), so a click
    // by position can hit a neighbour: click the button that carries the title itself.
    const option = `xpath///button[contains(@class,"block-editor-block-types-list__item")][normalize-space()="${title}"]`;
    for (let tries = 0; tries < 3; tries++) {
      const button = await page.waitForSelector(option);
      if (await button.evaluate((b) => (b.isConnected ? (b.click(), true) : false)).catch(() => false)) break;
    }
    await page.waitForFunction((name) => window.wp.data.select('core/block-editor').getSelectedBlock()?.name === name, {}, `people-move/${element}`);
    await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    for (const [label, value] of [['Language', 'cy'], ['Theme', 'dark']]) {
      const select = await page.waitForSelector(`xpath///div[contains(@class,"block-editor-block-inspector")]//label[normalize-space()="${label}"]/following::select[1]`);
      await select.select(value);
    }
    assert.deepEqual(await axe(page, '.block-editor-block-inspector'), [], `${element}: the block's settings pass axe's WCAG 2.2 AA rules`);
    const attributes = await page.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlock().attributes);
    assert.equal(attributes.lang, 'cy', `${element}: the Language control sets the block's language`);
    assert.equal(attributes.theme, 'dark', `${element}: the Theme control sets the block's theme`);
    // Live preview: the real element in the canvas, in Welsh.
    const frame = await canvas(page);
    await frame.waitForFunction(
      (tag, welsh, deep) => [...document.querySelectorAll(`${tag}[lang="cy"][theme="dark"]`)].some((el) => (0, eval)(deep)(el).includes(welsh)),
      {timeout: 15000},
      `pm-${element}`,
      WELSH[element],
      DEEP_TEXT,
    );
  }
  await page.evaluate((postTitle) => {
    window.wp.data.dispatch('core/editor').editPost({title: postTitle, status: 'publish'});
    return window.wp.data.dispatch('core/editor').savePost();
  }, title);
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return !editor.isSavingPost() && editor.getCurrentPost().status === 'publish';
  });
  return page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
}

/** As a visitor: the elements render in Welsh, one widget script, no console error. */
async function visit(browser, url, expected) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const seen = watchConsole(page);
    await page.goto(url, {waitUntil: 'load'});
    for (const [element, welsh] of expected) {
      await page.waitForFunction(
        (tag, text, deep) => {
          const el = document.querySelector(tag);
          return el && customElements.get(tag) && el.shadowRoot && (0, eval)(deep)(el.shadowRoot).includes(text);
        },
        {timeout: 15000},
        `pm-${element}`,
        welsh,
        DEEP_TEXT,
      );
    }
    const scripts = await page.$$eval('script[src*="people-move.js"]', (list) => list.map((s) => s.type));
    assert.deepEqual(scripts, ['module'], 'exactly one widget script, a module');
    assert.deepEqual(seen.errors, [], 'no console error');
    return page;
  } finally {
    await context.close();
  }
}

describe('WordPress plugin end to end', {skip: why ?? false}, () => {
  let work;
  let database;
  let browser;
  before(async () => {
    work = workFolder();
    database = await startDatabase(work);
    browser = await launchChrome();
  });
  after(async () => {
    await browser?.close();
    await database?.stop();
    if (work) rmSync(work, {recursive: true, force: true});
  });

  // PM_WORDPRESS=6.1 runs one version only, while working on the plugin.
  for (const version of VERSIONS.filter((v) => !process.env.PM_WORDPRESS || v.name === process.env.PM_WORDPRESS)) {
    const versionMissing = missingVersion(version);
    if (versionMissing) console.log(`# WordPress ${version.name} end-to-end tests skipped: ${versionMissing}.`);
    describe(`WordPress ${version.name}`, {skip: versionMissing ?? false}, () => {
      let site;
      before(async () => {
        site = await startSite(version, database, work);
      });
      after(() => site?.stop());

      it('an Author inserts each block, sets Welsh and dark, publishes; a visitor sees each in Welsh', async () => {
        const {context, page} = await logIn(browser, site, 'author');
        try {
          for (const element of ELEMENTS) {
            const link = await publishWithBlocks(page, site, [element], `Author ${element}`);
            await visit(browser, link, [[element, WELSH[element]]]);
            const html = await (await fetch(link)).text();
            assert.match(html, new RegExp(`<pm-${element} lang="cy" theme="dark"`), `${element}: the element and its attributes are on the page`);
          }
        } finally {
          await context.close();
        }
      });

      it('with DISALLOW_UNFILTERED_HTML, an Author and an Administrator each publish all four blocks on one page', async () => {
        site.disallowUnfilteredHtml(true);
        try {
          for (const user of ['author', 'admin']) {
            const {context, page} = await logIn(browser, site, user);
            try {
              const link = await publishWithBlocks(page, site, ELEMENTS, `Restricted ${user}`);
              await visit(browser, link, ELEMENTS.map((element) => [element, WELSH[element]]));
            } finally {
              await context.close();
            }
          }
        } finally {
          site.disallowUnfilteredHtml(false);
        }
      });

      it('the shortcode in a classic post renders in Welsh with the chosen networks, in order', async () => {
        await visit(browser, site.classic, [['share', 'Rhannwch hyn'], ['values', 'Ein gwerthoedd']]);
        const html = await (await fetch(site.classic)).text();
        assert.match(html, /<pm-share lang="cy" networks="whatsapp facebook email copy">/);
        assert.match(html, /<pm-values lang="cy" theme="dark">/);
      });

      it('without JavaScript the page shows the fallback text in Welsh, with the page as the shared link', async () => {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setJavaScriptEnabled(false);
          await page.goto(site.classic);
          const shown = await page.evaluate(() => document.body.innerText);
          for (const text of ['Rhannwch hyn', 'WhatsApp', 'Facebook', 'E-bost', 'Ein gwerthoedd', 'Cyfiawnder']) assert.ok(shown.includes(text), `"${text}" is shown`);
          const links = await page.$$eval('pm-share .pm-fallback a', (list) => list.map((a) => a.textContent));
          assert.deepEqual(links, ['WhatsApp', 'Facebook', 'E-bost'], 'the chosen networks in order; Copy link needs the script');
          const facebook = await page.$eval('pm-share .pm-fallback a[href*="facebook"]', (a) => a.href);
          assert.equal(new URL(facebook).searchParams.get('u'), site.classic, 'the fallback shares this page');
        } finally {
          await context.close();
        }
      });

      it('hostile shortcode attributes are dropped or escaped', async () => {
        const html = await (await fetch(site.hostile)).text();
        const content = html.slice(html.indexOf('<pm-'), html.lastIndexOf('</pm-') + 20);
        assert.ok(content.length > 20, 'the shortcodes rendered an element');
        assert.doesNotMatch(content, /<script|<img|onerror|onmouseover/i, 'no tag or handler from an attribute');
        assert.doesNotMatch(content, /javascript:/i, 'no javascript: address');
        assert.doesNotMatch(content, /url\(x\)|heading-level="9"/, 'unfit accent and heading level dropped');
        assert.match(content, /<pm-manifesto lang="cy"><div class="pm-fallback"/, 'the unfit manifesto attributes are dropped, the fit language kept');
        assert.match(content, /<pm-share><div class="pm-fallback" lang="en"/, 'every unfit share attribute is dropped: the element and its fallback use the defaults');
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          const seen = watchConsole(page);
          await page.goto(site.hostile, {waitUntil: 'load'});
          await page.waitForFunction(() => customElements.get('pm-manifesto') && document.querySelector('pm-manifesto')?.shadowRoot);
          const found = await page.evaluate(() => {
            const content = [...document.querySelectorAll('.wp-block-post-content *')];
            return {
              elements: content.filter((el) => el.localName.startsWith('pm-')).map((el) => el.localName),
              scripts: content.filter((el) => el.localName === 'script' || el.localName === 'img').length,
              handlers: content.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
              javascript: content.filter((el) => [...el.attributes].some((a) => /javascript:|<script|<img/i.test(a.value))).length,
            };
          });
          assert.deepEqual(found, {elements: ['pm-campaign', 'pm-manifesto', 'pm-share'], scripts: 0, handlers: 0, javascript: 0});
          assert.deepEqual(seen.errors, [], 'no console error');
        } finally {
          await context.close();
        }
      });

      it('the share buttons take their words and labels from the shortcode, as plain text', async () => {
        const html = await (await fetch(site.words)).text();
        assert.match(html, /<pm-share lang="cy" networks="email" text="Dewch i ddarllen" label="Rhannwch y dudalen" copy-label="Copïo"><div class="pm-fallback" lang="cy" dir="ltr"><p>Rhannwch y dudalen<\/p>/);
      });

      it('the settings page: only for those who manage options; its defaults and the CDN choice reach the page', async () => {
        const author = await logIn(browser, site, 'author');
        try {
          const response = await author.page.goto(`${site.url}/wp-admin/options-general.php?page=people-move`);
          assert.equal(response.status(), 403, 'an Author cannot open it');
        } finally {
          await author.context.close();
        }
        const {context, page} = await logIn(browser, site, 'admin');
        try {
          await page.goto(`${site.url}/wp-admin/options-general.php?page=people-move`);
          assert.ok(await page.$('input[name="_wpnonce"]'), 'the form carries a nonce');
          const labelled = await page.$$eval('select, input[type="text"]', (fields) => fields.filter((f) => !f.labels.length).map((f) => f.id));
          assert.deepEqual(labelled, [], 'every field has a label');
          assert.deepEqual(await axe(page, '#wpbody-content .wrap'), [], 'the settings page passes axe\'s WCAG 2.2 AA rules');
          await page.select('#people-move-lang', 'cy');
          await page.select('#people-move-theme', 'dark');
          // The field's pattern stops this in the browser; without it, the server must.
          await page.$eval('#people-move-accent', (f) => f.removeAttribute('pattern'));
          await page.type('#people-move-accent', '#0b5d4b;background:url(x)');
          await page.type('#people-move-networks', 'email javascript: whatsapp');
          await page.click('input[name="people_move_settings[source]"][value="cdn"]');
          await Promise.all([page.waitForNavigation(), page.click('#submit')]);
          assert.equal(await page.$eval('#people-move-networks', (f) => f.value), 'email whatsapp', 'unknown networks dropped');
          assert.equal(await page.$eval('#people-move-accent', (f) => f.value), '', 'an unfit colour is not stored');
          const html = await (await fetch(site.plain)).text();
          assert.match(html, /<pm-values lang="cy" theme="dark"><div class="pm-fallback" lang="cy"/, 'the site defaults apply to a shortcode that sets neither');
          const tag = html.match(/<script[^>]*id="people-move-js"[^>]*>/)?.[0] ?? '';
          assert.match(tag, /type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/people-move-widgets@1\.0\.0\/dist\/cdn\/people-move\.js" id="people-move-js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
          // Back to the defaults, as stored by a deleted-then-reinstalled plugin.
          await page.select('#people-move-lang', '');
          await page.select('#people-move-theme', '');
          await page.$eval('#people-move-networks', (f) => (f.value = ''));
          await page.click('input[name="people_move_settings[source]"][value="plugin"]');
          await Promise.all([page.waitForNavigation(), page.click('#submit')]);
          assert.match(await (await fetch(site.plain)).text(), /<pm-values><div class="pm-fallback" lang="en"/);
        } finally {
          await context.close();
        }
      });

      it('deleting the plugin removes its settings (uninstall.php)', () => {
        const output = site.php(`
          update_option('people_move_settings', ['lang' => 'cy']);
          echo json_encode(get_option('people_move_settings')), "\\n";
          uninstall_plugin('people-move/people-move.php');
          echo json_encode(get_option('people_move_settings', 'gone'));`);
        assert.deepEqual(output.trim().split('\n'), ['{"lang":"cy"}', '"gone"']);
      });

      it('the plugin logs no PHP notice, warning or error', () => {
        assert.deepEqual(site.pluginLog(), []);
      });
    });
  }
});
