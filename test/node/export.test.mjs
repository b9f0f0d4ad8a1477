// Issue 16: the three outputs of src/export (script snippet, HTML without
// JavaScript, email HTML) in every shipped language and both directions, the
// email checked by doiuse-email against caniemail's client-support data, and
// the `people-move-widgets export` command's output and bad options.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {promisify} from 'node:util';
import {doIUseEmail} from 'doiuse-email';
import {ROOT} from '../hostile/support/server.mjs';

const run = promisify(execFile);
const {checkOptions, exportEmbed, embedFor} = await import(join(ROOT, 'dist/export/index.js'));
const {SHIPPED_LOCALES, directionOf} = await import(join(ROOT, 'dist/i18n/languages.js'));
const {localeLoaders} = await import(join(ROOT, 'dist/generated/locale-loaders.js'));
const {contrast} = await import(join(ROOT, 'dist/export/palette.js'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const INTEGRITY = JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'))['people-move.js'];
const CLI = join(ROOT, pkg.bin['people-move-widgets']);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A message as the translators wrote it in `locale`'s module (English: the source, from the content module's default). */
async function message(locale, id) {
  if (locale === 'en') {
    const {manifestoContent} = await import(join(ROOT, 'dist/elements/pm-manifesto/pm-manifesto.content.js'));
    return {'manifesto.vision.text': manifestoContent.vision, 'manifesto.call.link': manifestoContent.manifestoLink}[id]();
  }
  return (await localeLoaders[locale]()).templates[id];
}

function cli(...args) {
  return run(process.execPath, [CLI, ...args], {cwd: ROOT}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}),
  );
}

/**
 * What the email uses though some of these clients ignore it, each degrading
 * to something readable: corners stay square (Outlook for Windows), and the
 * layout tables' `role` and the share links' longer accessible names are
 * dropped (Windows Mail, Yahoo, Thunderbird; the visible name stays).
 */
const EMAIL_ACCEPTED = ['border-radius', 'role attribute', 'aria-label attribute'];
const EMAIL_CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*', 'samsung-email.*', 'thunderbird.*'];

describe('export: every shipped language and both directions in every output', () => {
  for (const locale of SHIPPED_LOCALES) {
    it(`${locale}: the snippet, the HTML and the email carry its words, lang and dir`, async () => {
      const options = checkOptions({element: 'campaign', lang: locale});
      const dir = directionOf(locale);
      const vision = escape(await message(locale, 'manifesto.vision.text'));
      const link = escape(await message(locale, 'manifesto.call.link'));
      const snippet = await exportEmbed('snippet', options, {integrity: INTEGRITY});
      const page = await exportEmbed('html', options);
      const email = await exportEmbed('email', options);
      for (const [name, output] of Object.entries({snippet, page, email})) {
        assert.ok(output.includes(vision), `${name} in ${locale} holds the translated vision`);
        assert.ok(output.includes(link), `${name} in ${locale} holds the translated manifesto link`);
        assert.ok(output.includes(`lang="${locale}"`), `${name} in ${locale} names its language`);
      }
      assert.match(snippet, new RegExp(`<pm-campaign lang="${locale}">`));
      assert.match(snippet, new RegExp(`class="pm-fallback" lang="${locale}" dir="${dir}"`));
      assert.match(page, new RegExp(`<div class="pmx-root pmx-campaign" lang="${locale}" dir="${dir}">`));
      assert.match(email, new RegExp(`dir="${dir}" lang="${locale}"`));
      const align = dir === 'rtl' ? 'right' : 'left';
      assert.ok(email.includes(`text-align:${align};`), `email text aligned ${align}`);
      assert.ok(!email.includes(`text-align:${dir === 'rtl' ? 'left' : 'right'};`), 'no text aligned against the direction');
    });
  }
});

describe('export: the email HTML', () => {
  for (const locale of ['en', 'ar']) {
    it(`${locale}: tables no wider than 600 px, every style inline, no script, SVG, image or web font`, async () => {
      const email = await exportEmbed('email', checkOptions({element: 'campaign', lang: locale, theme: 'dark'}));
      assert.doesNotMatch(email, /<(script|svg|style|img|link|div)\b/i);
      assert.doesNotMatch(email, /\bclass=|@font-face|@import|fonts\.googleapis/i);
      assert.doesNotMatch(email, /display:\s*(flex|grid)/i);
      const widths = [...email.matchAll(/\bwidth="([^"]+)"/g)].map((match) => match[1]);
      assert.ok(widths.length > 0 && widths.every((width) => width === '100%' || Number(width) <= 600), widths.join(' '));
      const hrefs = [...email.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
      assert.ok(hrefs.length >= 8, 'manifesto, t-shirt and share links');
      for (const href of hrefs) assert.match(href, /^(https:\/\/|mailto:\?)/, href);
    });

    it(`${locale}: doiuse-email finds nothing but accepted fallbacks in Gmail, Outlook, Apple Mail, Yahoo, Samsung and Thunderbird`, async () => {
      const email = await exportEmbed('email', checkOptions({element: 'campaign', lang: locale}));
      const result = doIUseEmail(email, {emailClients: EMAIL_CLIENTS});
      const features = [...new Set(result.errors.map((error) => /^`([^`]+)`/.exec(error)?.[1] ?? error))];
      console.log(`doiuse-email, campaign ${locale}: ${result.errors.length} findings on ${features.join(', ')}`);
      assert.deepEqual(features.filter((feature) => !EMAIL_ACCEPTED.includes(feature)), []);
      // The check can fail: a <style> and flex layout are reported.
      const bad = doIUseEmail('<style>p{display:flex}</style><p>x</p>', {emailClients: EMAIL_CLIENTS});
      assert.ok(bad.errors.some((error) => error.includes('display:flex') || error.includes('<style>')), bad.errors.join('\n'));
    });
  }
});

describe('export: email colours (readable in light, dark and a mail app’s dark mode)', () => {
  for (const [theme, accent] of [['light', undefined], ['dark', undefined], ['light', '#ffff00'], ['dark', '#0b5d4b']]) {
    it(`${theme}${accent ? ` with accent ${accent}` : ''}: every text colour set, on a set background, at AA contrast`, async () => {
      const email = await exportEmbed('email', checkOptions({element: 'campaign', lang: 'en', theme, accent}));
      const styles = [...email.matchAll(/<(h\d|p|a)\b[^>]*style="([^"]+)"/g)].map((match) => match[2]);
      assert.ok(styles.length > 10);
      for (const style of styles) {
        const color = /(?:^|;)color:(#[0-9a-f]{6})/.exec(style)?.[1];
        const background = /background-color:(#[0-9a-f]{6})/.exec(style)?.[1] ?? /<td[^>]*bgcolor="(#[0-9a-f]{6})"/.exec(email)[1];
        assert.ok(color, `a colour in ${style}`);
        assert.ok(contrast(color, background) >= 4.5, `${color} on ${background}: ${contrast(color, background).toFixed(2)}`);
      }
    });
  }
});

describe('export: HTML without JavaScript', () => {
  it('scopes every style rule under its class prefix', async () => {
    const page = await exportEmbed('html', checkOptions({element: 'campaign', lang: 'cy', theme: 'auto', accent: '#0b5d4b'}));
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)[1];
    const selectors = css
      .replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0].trim())
      .filter(Boolean);
    assert.ok(selectors.length > 10);
    for (const selector of selectors) assert.match(selector, /^\.pmx-root\b/, selector);
    assert.deepEqual([...page.matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1].split(' ')).filter((name) => !name.startsWith('pmx-')), []);
  });
});

describe('export: embedFor (element, attributes and fallback for a plugin)', () => {
  it('gives the tag, its attributes and the fallback in the language', async () => {
    const embed = await embedFor({element: 'share', lang: 'ur', theme: 'dark', networks: 'whatsapp email'});
    assert.equal(embed.tag, 'pm-share');
    assert.deepEqual(embed.attributes, {lang: 'ur', theme: 'dark', networks: 'whatsapp email'});
    assert.match(embed.fallback, /^<div class="pm-fallback" lang="ur" dir="rtl">/);
    assert.match(embed.fallback, /href="https:\/\/wa\.me\/\?text=/);
  });
});

describe('export: the command line', () => {
  it('writes each format to stdout', async () => {
    const html = await cli('export', '--element', 'campaign', '--lang', 'cy', '--format', 'html');
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<style>/);
    assert.ok(html.stdout.includes(escape(await message('cy', 'manifesto.vision.text'))));
    const snippet = await cli('export', '--element', 'share', '--lang', 'ar', '--format', 'snippet', '--networks', 'email,x', '--theme', 'dark', '--url', 'https://partner.example/page');
    assert.equal(snippet.code, 0, snippet.stderr);
    assert.ok(snippet.stdout.includes(`integrity="${INTEGRITY}"`));
    assert.match(snippet.stdout, /<pm-share lang="ar" theme="dark" networks="email x" url="https:\/\/partner\.example\/page">/);
    const email = await cli('export', '--element', 'manifesto', '--lang', 'fa', '--format', 'email', '--manifesto-href', 'https://partner.example/m', '--shop-href', 'none');
    assert.equal(email.code, 0, email.stderr);
    assert.ok(email.stdout.includes('href="https://partner.example/m"'));
    assert.ok(!email.stdout.includes(escape(await message('fa', 'manifesto.shirt.link'))), 'no t-shirt link');
  });

  const BAD = [
    [['export', '--element', 'banner'], /--element "banner" is not one of: campaign, manifesto, values, share/],
    [['export', '--lang', 'xx'], /--lang "xx" is not one of: en, ar/],
    [['export', '--format', 'pdf'], /--format "pdf" is not one of: snippet, html, email/],
    [['export', '--theme', 'purple'], /--theme "purple" is not one of: inherit, light, dark, auto/],
    [['export', '--networks', 'facebook myspace'], /--networks "myspace" is not one of/],
    [['export', '--url', 'javascript:alert(1)'], /--url "javascript:alert\(1\)" is not an absolute http or https address/],
    [['export', '--manifesto-href', '/relative'], /--manifesto-href "\/relative" is not an absolute/],
    [['export', '--heading-level', '9'], /--heading-level "9" is not one of: 1, 2, 3, 4, 5, 6/],
    [['export', '--element', 'values', '--variant', 'summary'], /--variant "summary" is not one of: grid, list, inline/],
    [['export', '--colour', 'red'], /Unknown option '--colour'/],
    [['render'], /expected the command "export"/],
    [['export', '--element', 'x'.repeat(5000)], /is not one of/],
  ];
  for (const [args, expected] of BAD) {
    it(`refuses ${args.join(' ').slice(0, 60)} with a clear message and status 2`, async () => {
      const result = await cli(...args);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, expected);
      assert.match(result.stderr, /Usage: people-move-widgets export/);
      assert.ok(result.stderr.length < 1500, 'a long value is quoted short');
    });
  }
});
