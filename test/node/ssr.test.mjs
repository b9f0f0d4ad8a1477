// Issue 7, group 6: server-side rendering. `people-move-widgets/ssr` renders
// any element in Node, in a chosen language, as declarative shadow DOM. The
// HTML shows that language with JavaScript off, and a client takes it over
// without a visible change: the CDN bundle alone, or the npm build with Lit's
// hydrate support. Compared before and after: the text, a screenshot, pixel by
// pixel (a change under 24 of 255 in every channel is anti-aliasing, not a
// visible change), and the layout shift. WebKitGTK anti-aliases curved edges
// (rounded corners, icons) differently from one paint to the next, even on a
// page without our code and with nothing changed but the window's size: there
// each pixel is compared as the average of the 5 × 5 around it, which smooths
// that out (at most 15 of 255 seen) and still shows a line, a glyph, a colour
// or a one-pixel move.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {html} from 'lit';
import {ENGINE, launchChrome, watchConsole} from '../hostile/support/chrome.mjs';
import {readElements} from '../hostile/support/manifest.mjs';
import {ROOT, startServer} from '../hostile/support/server.mjs';
import {settleWidgets} from '../hostile/support/use-controls.mjs';

const ssr = await import(join(ROOT, 'dist/ssr/index.js'));
const {SHIPPED_LOCALES, directionOf} = await import(join(ROOT, 'dist/i18n/languages.js'));

const others = SHIPPED_LOCALES.filter((code) => code !== 'en');
/** Welsh where it ships, and a right-to-left language where one ships. */
const LANGUAGES = [...new Set([others.includes('cy') ? 'cy' : others[0], others.find((code) => directionOf(code) === 'rtl')])].filter(Boolean);
const TAGS = readElements().map(({tag}) => tag);
/** The address of the generated page: the server renders share links to it, the browser reads it from the canonical link. */
const PAGE_URL = 'https://partner.example/we-stand-with-people-move/';

/** The plain-string messages of a shipped locale, as they appear in HTML. */
async function translations(locale) {
  const {localeLoaders} = await import(join(ROOT, 'dist/generated/locale-loaders.js'));
  const {templates} = await localeLoaders[locale]();
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return Object.values(templates).filter((value) => typeof value === 'string').map(escape);
}

const IMPORT_MAP = readFileSync(join(ROOT, 'test/hostile/pages/import-map.json'), 'utf8');

function page(body, {importMap = false} = {}) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>A static site built with the SSR entry</title>
    <link rel="icon" href="data:,">
    <link rel="canonical" href="${PAGE_URL}">
    <script src="/test/hostile/pages/probe.js"></script>
    <link rel="stylesheet" href="/test/hostile/pages/partner.css">
    ${importMap ? `<script type="importmap">${IMPORT_MAP}</script>` : ''}
  </head>
  <body>
    <main>
      <h1>We stand with People Move</h1>
      ${body}
      <p>Text after the widgets, which must not move.</p>
    </main>
  </body>
</html>`;
}

/** The visible text of every widget, nested ones included, from each inner root's innerText. */
function renderedText() {
  return window.pmControls
    .widgets()
    .map((widget) =>
      [widget, ...window.pmControls.deepElements(widget.shadowRoot ?? widget)]
        .map((each) => each.shadowRoot?.querySelector('[part~="base"]'))
        .filter(Boolean)
        .map((base) => `${base.getAttribute('lang')}: ${base.innerText.replace(/\s+/g, ' ').trim()}`)
        .join(' | '),
    );
}

/** A channel difference below this is anti-aliasing at the edge of a box, not a visible change. */
const VISIBLE_DIFFERENCE = 24;

/** Pixels around each one averaged, a square of (2 × this + 1) on a side: 5 × 5 in WebKitGTK, none elsewhere. */
const AVERAGED = ENGINE === 'webkit' ? 2 : 0;

/** Compares two PNG screenshots, decoded by the browser: pixels that changed visibly, and all that changed at all. */
async function comparePixels(tab, first, second) {
  return tab.evaluate(
    async (a, b, threshold, radius) => {
      const decode = async (base64) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const [one, two] = await Promise.all([decode(a), decode(b)]);
      if (one.width !== two.width || one.height !== two.height) return {visible: Infinity, any: Infinity, where: 'the sizes differ'};
      const pixels = (bitmap) => {
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        if (!radius) return data;
        // Each channel's box average, from a summed-area table.
        const {width, height} = bitmap;
        const averaged = new Float32Array(data.length);
        const sums = new Float64Array((width + 1) * (height + 1));
        for (let channel = 0; channel < 3; channel++) {
          for (let y = 0; y < height; y++) {
            let row = 0;
            for (let x = 0; x < width; x++) {
              row += data[(y * width + x) * 4 + channel];
              sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
            }
          }
          for (let y = 0; y < height; y++) {
            const [top, bottom] = [Math.max(0, y - radius), Math.min(height, y + radius + 1)];
            for (let x = 0; x < width; x++) {
              const [left, right] = [Math.max(0, x - radius), Math.min(width, x + radius + 1)];
              const sum = sums[bottom * (width + 1) + right] - sums[top * (width + 1) + right] - sums[bottom * (width + 1) + left] + sums[top * (width + 1) + left];
              averaged[(y * width + x) * 4 + channel] = sum / ((right - left) * (bottom - top));
            }
          }
        }
        return averaged;
      };
      const [p, q] = [pixels(one), pixels(two)];
      let visible = 0;
      let any = 0;
      const box = {left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity};
      for (let index = 0; index < p.length; index += 4) {
        const delta = Math.max(Math.abs(p[index] - q[index]), Math.abs(p[index + 1] - q[index + 1]), Math.abs(p[index + 2] - q[index + 2]));
        if (delta === 0) continue;
        any++;
        if (delta < threshold) continue;
        visible++;
        const x = (index / 4) % one.width;
        const y = Math.floor(index / 4 / one.width);
        Object.assign(box, {left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y)});
      }
      return {visible, any, where: visible ? `x ${box.left}–${box.right}, y ${box.top}–${box.bottom}` : ''};
    },
    first,
    second,
    VISIBLE_DIFFERENCE,
    AVERAGED,
  );
}

describe('hostile pages: server-side rendering (group 6)', () => {
  let site;
  let browser;
  const rendered = {};

  before(async () => {
    for (const lang of LANGUAGES) {
      // The first element also shows its language menu, whose choice must survive the take-over too.
      const attributes = (index) => (index === 0 ? {'language-picker': true} : {});
      rendered[lang] = (await Promise.all(TAGS.map((tag, index) => ssr.renderElement(tag, {lang, pageUrl: PAGE_URL, attributes: attributes(index)})))).join('\n');
    }
    const pages = {};
    for (const lang of LANGUAGES) {
      pages[`/${lang}.html`] = () => page(rendered[lang]);
      pages[`/${lang}-hydrate.html`] = () => page(rendered[lang], {importMap: true});
    }
    site = await startServer({pages});
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it(`renders every element to declarative shadow DOM in ${LANGUAGES.join(' and ')}`, async () => {
    assert.ok(LANGUAGES.length > 0, 'a language other than English ships');
    for (const lang of LANGUAGES) {
      const words = await translations(lang);
      const english = await Promise.all(TAGS.map((tag) => ssr.renderElement(tag)));
      for (const [index, tag] of TAGS.entries()) {
        const html = await ssr.renderElement(tag, {lang});
        assert.match(html, new RegExp(`^<${tag}[^>]* lang="${lang}"[^>]*><template shadowroot="open" shadowrootmode="open">`), `<${tag}> opens with its shadow root`);
        assert.match(html, new RegExp(`part="base" class="base" lang="${lang}" dir="${directionOf(lang)}"`), `<${tag}> renders in ${lang}`);
        const shown = words.filter((word) => word.length > 3 && html.includes(word));
        assert.ok(shown.length > 0, `<${tag}> shows ${lang} messages`);
        assert.notEqual(html, english[index], `<${tag}> in ${lang} differs from English`);
      }
    }
  });

  it('renders a Lit template with elements in two languages, loading each on demand', async () => {
    const [first, second = 'en'] = LANGUAGES;
    const template = html`<section><pm-values lang=${first}></pm-values><pm-values lang=${second}></pm-values><pm-values></pm-values></section>`;
    const out = await ssr.renderTemplate(template);
    assert.deepEqual([...out.matchAll(/class="base" lang="([^"]+)"/g)].map((match) => match[1]), [first, second, 'en']);
  });

  it('refuses what is not a People Move element or a plain attribute name, and escapes values', async () => {
    await assert.rejects(ssr.renderElement('div'), TypeError);
    await assert.rejects(ssr.renderElement('my-widget'), TypeError);
    await assert.rejects(ssr.renderElement(TAGS[0], {attributes: {onclick: 'alert(1)'}}), TypeError);
    await assert.rejects(ssr.renderElement(TAGS[0], {attributes: {'a"b': 'x'}}), TypeError);
    const html = await ssr.renderElement(TAGS[0], {attributes: {title: '"><script>alert(1)</script>'}});
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /title="&quot;&gt;&lt;script&gt;/);
    assert.equal(await ssr.preloadLocale('pt-BR'), SHIPPED_LOCALES.includes('pt') ? 'pt' : 'en');
  });

  const NO_SCRIPT_SWITCH = ENGINE === 'firefox' ? 'WebDriver BiDi in Firefox 153 cannot turn scripts off' : undefined;
  it(`shows the chosen language with JavaScript disabled${NO_SCRIPT_SWITCH ? ` (not in firefox: ${NO_SCRIPT_SWITCH})` : ''}`, {skip: NO_SCRIPT_SWITCH}, async () => {
    for (const lang of LANGUAGES) {
      const tab = await browser.newPage();
      await tab.setJavaScriptEnabled(false);
      await tab.goto(`${site.origin}/${lang}.html`, {waitUntil: 'load'});
      const shown = await tab.evaluate(() => {
        // Each inner root's rendered text, down through nested elements' shadow roots.
        const deepText = (root) =>
          [...root.querySelectorAll('*')]
            .flatMap((node) => [node.matches('[part~="base"]') ? node.innerText : '', node.shadowRoot ? deepText(node.shadowRoot) : ''])
            .join(' ');
        return [...document.querySelectorAll('main > *')]
          .filter((element) => element.localName.startsWith('pm-'))
          .map((element) => {
            const base = element.shadowRoot?.querySelector('[part~="base"]');
            return {
              tag: element.localName,
              defined: element.matches(':defined'),
              lang: base?.getAttribute('lang'),
              text: element.shadowRoot ? deepText(element.shadowRoot).replace(/\s+/g, ' ').trim() : '',
              height: base?.getBoundingClientRect().height ?? 0,
            };
          });
      });
      await tab.close();
      const words = await translations(lang);
      console.log(`[hostile] SSR without JavaScript, ${lang}: ${shown.filter((each) => each.text && each.height).length} of ${shown.length} elements show their shadow DOM`);
      assert.equal(shown.length, TAGS.length);
      for (const each of shown) {
        assert.equal(each.defined, false, `<${each.tag}> is not upgraded`);
        assert.equal(each.lang, lang, `<${each.tag}> is in ${lang}`);
        assert.ok(each.height > 0 && each.text.length > 0, `<${each.tag}> shows its content`);
        assert.ok(words.some((word) => each.text.includes(word.replace(/&amp;/g, '&'))), `<${each.tag}> shows ${lang} words`);
      }
    }
  });

  const CLIENTS = {
    'the CDN bundle': {path: (lang) => `/${lang}.html`, script: '/dist/cdn/people-move.js', keepsNodes: false},
    "the npm build with Lit's hydrate support": {path: (lang) => `/${lang}-hydrate.html`, script: '/test/hostile/pages/hydrate-client.js', keepsNodes: true},
  };

  for (const [client, {path, script, keepsNodes}] of Object.entries(CLIENTS)) {
    // The Layout Instability API is Chromium's alone: elsewhere the pixels and the text show the change.
    const noShift = ENGINE === 'chromium' ? '' : ' (layout-shift entries are Chromium-only: pixels and text compared)';
    const averaged = AVERAGED ? ', as 5 × 5 pixel averages (WebKitGTK anti-aliases curved edges differently at each paint)' : '';
    it(`${client} takes the server-rendered elements over without a visible change${noShift}${averaged}`, async () => {
      for (const lang of LANGUAGES) {
        const tab = await browser.newPage();
        const seen = watchConsole(tab);
        await tab.setViewport({width: 1000, height: 2400});
        await tab.goto(`${site.origin}${path(lang)}`, {waitUntil: 'load'});
        await tab.addScriptTag({type: 'module', url: '/test/hostile/pages/expose-controls.js'});
        await tab.waitForFunction(() => window.pmControls !== undefined);
        const textBefore = await tab.evaluate(renderedText);
        await tab.evaluate(() => {
          window.pmServerNode = document.querySelector('main > [lang]')?.shadowRoot?.querySelector('[part~="base"]');
        });
        const shotBefore = await tab.screenshot({encoding: 'base64'});
        await tab.addScriptTag({type: 'module', url: script});
        await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), {}, TAGS);
        await settleWidgets(tab);
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const textAfter = await tab.evaluate(renderedText);
        const shotAfter = await tab.screenshot({encoding: 'base64'});
        const pixels = await comparePixels(tab, shotBefore, shotAfter);
        const after = await tab.evaluate(() => ({
          cls: window.pmProbe.cls,
          live: window.pmControls.widgets().every((widget) => widget.hasUpdated === true),
          bases: window.pmControls.widgets().map((widget) => widget.shadowRoot.querySelectorAll('[part~="base"]').length),
          sameNodes: window.pmServerNode?.isConnected ?? false,
        }));
        await tab.close();
        console.log(
          `[hostile] SSR take-over by ${client}, ${lang}: ${pixels.visible} pixels changed visibly (${pixels.any} by any amount), ` +
            `layout shift ${noShift ? 'not measured' : after.cls.toFixed(4)}, ` +
            `text ${textBefore.join('').length} characters before and ${textAfter.join('').length} after, server nodes kept: ${after.sameNodes}`,
        );
        assert.deepEqual(seen.errors, [], 'errors');
        assert.ok(after.live, 'the client updated every element');
        assert.deepEqual(after.bases, TAGS.map(() => 1), 'each element shows its content once');
        assert.deepEqual(textAfter, textBefore, 'the text is the same');
        assert.equal(pixels.visible, 0, `no pixel changed visibly (${pixels.where})`);
        if (!noShift) assert.equal(after.cls, 0, 'no layout shift');
        if (keepsNodes) assert.ok(after.sameNodes, 'hydration kept the server-rendered nodes');
      }
    });
  }
});
