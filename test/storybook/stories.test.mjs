// Every story of the built Storybook, rendered in headless Chromium and checked with axe:
//
//   npm run build-storybook && node --test test/storybook/
//
// The stories come from storybook-static/index.json, so a new story is a new test with no extra code. Each
// story is rendered under each pass's toolbar globals (the defaults; then dark theme, Arabic, dark page) and
// fails when it throws, logs an error or a `[people-move]` warning, requests anything from another origin,
// leaves a <pm-*> element unrendered, overflows its 320 px column, turns the a11y panel's errors off, or has
// a serious or critical axe violation (minor and moderate ones are printed as diagnostics). Docs pages (the Embed page and each
// element's) must render without an error.
//
// Speed: a few tabs load Storybook once each and switch stories the way Storybook's own manager does
// (`setCurrentStory`), about 0.3 s a story instead of 3 s for a fresh page. The cost: a warning that an
// element prints once per page (warnOnce) is caught in the first story of a tab that triggers it.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import process from 'node:process';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, findChrome} from '../../scripts/browser.mjs';
import {startServer} from '../hostile/support/server.mjs';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const INDEX = join(STATIC, 'index.json');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TABS_PER_PASS = Number(process.env.STORY_TABS) || 2;
const TIMEOUT = 20_000;

/**
 * Toolbar globals (.storybook/preview.ts) each story is rendered under. The a11y panel's own run is switched
 * off (`a11y.manual`): this test runs axe itself, once the story's elements have finished rendering.
 */
const PASSES = [
  {name: 'default toolbar', globals: 'a11y.manual:!true'},
  {name: 'dark theme, Arabic, dark page', globals: 'a11y.manual:!true;theme:dark;language:ar;host:dark'},
];

if (!existsSync(INDEX)) throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
const entries = Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');

/**
 * A page with Storybook's preview loaded under `globals`, collecting into `tab.problems` what goes wrong:
 * uncaught errors, console errors, `[people-move]` warnings, failed loads, and requests to any origin but
 * ours (refused).
 */
async function openTab(browser, origin, globals) {
  const page = await browser.newPage();
  const tab = {page, problems: [], busy: false};
  page.on('pageerror', (error) => tab.problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) tab.problems.push(`console.error: ${text}`);
    else if (message.type() === 'warn' && text.startsWith('[people-move]')) tab.problems.push(`console.warn: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      tab.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      void request.continue();
    } else {
      tab.problems.push(`request to another origin: ${url}`);
      void request.abort();
    }
  });
  await page.setViewport({width: 1024, height: 768});
  await page.goto(`${origin}/iframe.html?globals=${encodeURIComponent(globals)}`, {waitUntil: 'load'});
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue !== undefined, {timeout: TIMEOUT});
  await page.addScriptTag({content: AXE});
  return tab;
}

/** Asks Storybook to show a story or docs page, as its manager does; resolves to how that ended. */
function show(page, id, viewMode) {
  return page.evaluate(
    (id, viewMode, timeout) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const endings = viewMode === 'docs' ? ['docsRendered'] : ['storyFinished'];
        const failures = ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
        const listeners = [];
        const finish = (outcome) => {
          for (const [event, listener] of listeners) channel.off(event, listener);
          clearTimeout(timer);
          resolve(outcome);
        };
        for (const event of endings) {
          listeners.push([event, (detail) => (detail?.storyId ?? detail) === id && finish({ok: true, status: detail?.status})]);
        }
        for (const event of failures) {
          listeners.push([event, (detail) => finish({ok: false, event, detail: JSON.stringify(detail ?? null).slice(0, 500)})]);
        }
        for (const [event, listener] of listeners) channel.on(event, listener);
        const timer = setTimeout(() => finish({ok: false, event: 'timeout', detail: `no ${endings[0]} in ${timeout} ms`}), timeout);
        channel.emit('setCurrentStory', {storyId: id, viewMode});
      }),
    id,
    viewMode,
    TIMEOUT,
  );
}

/**
 * Every <pm-*> element in the story (inside other elements' shadow roots too), once each has finished
 * updating: its tag, and whether it rendered its inner root with text or with elements of its own.
 */
function renderedElements(page) {
  return page.evaluate(async () => {
    const found = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('pm-')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    // An update can add nested elements (<pm-campaign> renders three): settle until no new one appears.
    for (let seen = -1; seen !== found.length; ) {
      seen = found.length;
      found.length = 0;
      walk(document.querySelector('#storybook-root'));
      await Promise.all(found.map((element) => element.updateComplete));
    }
    return found.map((element) => {
      const base = element.shadowRoot?.querySelector('[part~="base"]');
      return {
        tag: element.localName,
        defined: customElements.get(element.localName) !== undefined,
        rendered: Boolean(base && (base.textContent?.trim() || base.querySelector('[part]'))),
      };
    });
  });
}

/** Widths of 320 px columns whose content is wider than they are. */
function overflowingColumns(page) {
  return page.$$eval('.column-320', (columns) =>
    columns.filter((column) => column.scrollWidth > column.clientWidth + 1).map((column) => column.scrollWidth),
  );
}

/** axe on the story (not Storybook's frame), with the a11y panel's rules: every rule but `region`. */
function axeViolations(page) {
  return page.evaluate(async () => {
    const results = await window.axe.run(
      {include: [['#storybook-root']]},
      {rules: {region: {enabled: false}}, resultTypes: ['violations']},
    );
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  });
}

describe('Storybook', {concurrency: TABS_PER_PASS * PASSES.length}, () => {
  let server;
  let browser;
  let origin;
  const tabs = PASSES.map(() => []);
  const waiting = PASSES.map(() => []);

  before(async () => {
    const executablePath = findChrome();
    assert.ok(executablePath, 'no Chromium found: install Debian chromium or set CHROME_PATH (see `node scripts/browser.mjs`)');
    server = await startServer({root: STATIC});
    origin = server.origin;
    browser = await puppeteer.launch({executablePath, headless: true, args: CHROME_ARGS});
    for (const [index, pass] of PASSES.entries()) {
      for (let n = 0; n < TABS_PER_PASS; n++) tabs[index].push(await openTab(browser, origin, pass.globals));
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Runs `check` on a free tab of pass `index`, with that tab's problems cleared first. */
  async function inTab(index, check) {
    let tab = tabs[index].find((each) => !each.busy);
    while (!tab) {
      await new Promise((resolve) => waiting[index].push(resolve));
      tab = tabs[index].find((each) => !each.busy);
    }
    tab.busy = true;
    tab.problems.length = 0;
    try {
      return await check(tab);
    } finally {
      tab.busy = false;
      waiting[index].shift()?.();
    }
  }

  it('has stories for every element and an Embed page', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const tag of ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign']) {
      assert.ok(titles.has(`Elements/${tag}`), `no stories for <${tag}>`);
    }
    assert.ok(docs.some((entry) => entry.title === 'Embed'), 'no Embed page');
  });

  for (const story of stories) {
    for (const [index, pass] of PASSES.entries()) {
      it(`${story.title} › ${story.name} (${pass.name})`, {timeout: 3 * TIMEOUT}, async (t) => {
        const problems = await inTab(index, async ({page, problems}) => {
          const outcome = await show(page, story.id, 'story');
          if (!outcome.ok) problems.push(`${outcome.event}: ${outcome.detail}`);
          const a11y = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender?.story?.parameters?.a11y ?? null);
          if (a11y?.test !== 'error' || a11y.disable) problems.push(`the a11y panel must report violations as errors: a11y is ${JSON.stringify(a11y)}`);
          const elements = await renderedElements(page);
          if (elements.length === 0) problems.push('no <pm-*> element in the story');
          for (const element of elements) {
            if (!element.defined) problems.push(`<${element.tag}> is not defined`);
            else if (!element.rendered) problems.push(`<${element.tag}> rendered nothing`);
          }
          for (const width of await overflowingColumns(page)) problems.push(`content ${width} px wide overflows its 320 px column`);
          for (const violation of await axeViolations(page)) {
            const line = `axe ${violation.impact} ${violation.id}: ${violation.help} at ${violation.targets.join(', ')}`;
            if (violation.impact === 'serious' || violation.impact === 'critical') problems.push(line);
            else t.diagnostic(line);
          }
          return [...problems];
        });
        assert.deepEqual(problems, []);
      });
    }
  }

  for (const entry of docs) {
    it(`docs page: ${entry.title} › ${entry.name}`, {timeout: 3 * TIMEOUT}, async () => {
      const problems = await inTab(0, async ({page, problems}) => {
        const outcome = await show(page, entry.id, 'docs');
        if (!outcome.ok) problems.push(`${outcome.event}: ${outcome.detail}`);
        const text = await page.$eval('#storybook-docs', (root) => root.textContent?.trim().length ?? 0);
        if (text === 0) problems.push('the docs page is empty');
        return [...problems];
      });
      assert.deepEqual(problems, []);
    });
  }
});
