// Builds the WordPress plugin zip, wordpress/build/people-move.zip (`npm run build:wordpress`, after `npm run build`):
// copies the plugin source and the CDN build (dist/cdn, so no third-party CDN is
// needed), and writes one fallback file per shipped language: the text of every
// element, rendered by the server-rendering entry (dist/ssr) and taken apart into
// plain data, from which the plugin's PHP writes escaped fallback HTML.
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import {parseFragment} from 'parse5';
import {renderElement} from '../dist/ssr/index.js';
import {SHIPPED_LOCALES, directionOf} from '../dist/i18n/languages.js';
import {DEFAULT_NETWORKS, NETWORK_IDS} from '../dist/elements/pm-share/targets.js';
import {MANIFESTO_URL, SHOP_URL} from '../dist/campaign/urls.js';
import {nativeNames} from '../dist/generated/locale-names.js';
import {VALUE_IDS} from '../dist/elements/pm-values/pm-values.content.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'wordpress');
const out = join(source, 'build');
const plugin = join(out, 'people-move');
/** Stands for the address of the page; the plugin puts the post's permalink in its place. */
const PAGE_URL = 'https://people-move.invalid/page';
/** Networks that need JavaScript (a button, not a link): not in the fallback. */
const SCRIPT_ONLY = new Set(['native', 'copy', 'instagram']);

const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const parts = (node) => (attr(node, 'part') ?? '').split(/\s+/);
const kids = (node) => (node.nodeName === 'template' ? node.content : node).childNodes ?? [];

function* walk(node) {
  yield node;
  for (const child of kids(node)) yield* walk(child);
}
const all = (tree, test) => [...walk(tree)].filter(test);
const byPart = (tree, part) => all(tree, (n) => parts(n).includes(part));
const one = (tree, part) => byPart(tree, part)[0];
/** Visible text, with runs of white space collapsed; SVG and hidden parts left out. */
function text(node) {
  if (node.nodeName === '#text') return node.value;
  if (node.nodeName === 'svg' || node.nodeName === 'style' || attr(node, 'hidden') !== undefined) return '';
  return kids(node).map(text).join('');
}
const clean = (node) => text(node).replace(/\s+/g, ' ').trim();

async function render(tag, lang, attributes = {}) {
  return parseFragment(await renderElement(tag, {lang, attributes, pageUrl: PAGE_URL}));
}

async function manifesto(lang) {
  const tree = await render('pm-manifesto', lang);
  const story = one(tree, 'story');
  return {
    title: clean(one(tree, 'title')),
    statements: byPart(tree, 'statement').map((s) => ({heading: clean(one(s, 'heading')), text: clean(one(s, 'statement-text'))})),
    storyHeading: clean(one(story, 'heading')),
    story: all(story, (n) => n.nodeName === 'p').map(clean),
    manifestoLink: clean(one(tree, 'manifesto-link')),
    shopLink: clean(one(tree, 'shop-link')),
  };
}

async function values(lang) {
  const tree = await render('pm-values', lang);
  const items = {};
  for (const li of byPart(tree, 'value')) items[parts(li)[1]] = clean(one(li, 'name'));
  return {heading: clean(one(tree, 'heading')), items};
}

async function share(lang) {
  const networks = NETWORK_IDS.filter((id) => !SCRIPT_ONLY.has(id));
  const tree = await render('pm-share', lang, {networks: networks.join(' ')});
  const items = {};
  for (const a of all(tree, (n) => n.nodeName === 'a' && attr(n, 'data-network'))) {
    items[attr(a, 'data-network')] = {href: attr(a, 'href'), name: clean(one(a, 'name')), label: attr(a, 'aria-label'), newTab: attr(a, 'target') === '_blank'};
  }
  const newTab = all(tree, (n) => attr(n, 'id') === 'new-tab')[0];
  return {label: clean(one(tree, 'label')), newTab: newTab ? kids(newTab).map((k) => k.value ?? '').join('').trim() : '', items};
}

rmSync(out, {recursive: true, force: true});
mkdirSync(join(plugin, 'fallback'), {recursive: true});
for (const entry of ['people-move.php', 'uninstall.php', 'readme.txt', 'includes', 'blocks', 'editor']) {
  cpSync(join(source, entry), join(plugin, entry), {recursive: true});
}
cpSync(join(root, 'dist', 'cdn'), join(plugin, 'cdn'), {recursive: true, filter: (path) => !path.endsWith('.map')});
cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const integrity = JSON.parse(readFileSync(join(root, 'dist', 'cdn', 'integrity.json'), 'utf8'));
const build = {version: pkg.version, integrity: integrity['people-move.js'], pageUrl: PAGE_URL, manifestoUrl: MANIFESTO_URL, shopUrl: SHOP_URL, defaultNetworks: DEFAULT_NETWORKS.filter((id) => !SCRIPT_ONLY.has(id)),
  languages: Object.fromEntries(SHIPPED_LOCALES.map((code) => [code, nativeNames[code] ?? code])), networks: NETWORK_IDS, values: VALUE_IDS};
writeFileSync(join(plugin, 'fallback', 'build.json'), JSON.stringify(build));
for (const lang of SHIPPED_LOCALES) {
  const data = {lang, dir: directionOf(lang), manifesto: await manifesto(lang), values: await values(lang), share: await share(lang)};
  writeFileSync(join(plugin, 'fallback', `${lang}.json`), JSON.stringify(data));
}

/** The folder as nested objects of file contents, as fflate's zipSync takes them. */
function tree(dir) {
  return Object.fromEntries(readdirSync(dir, {withFileTypes: true}).map((entry) => {
    const path = join(dir, entry.name);
    return [entry.name, entry.isDirectory() ? tree(path) : readFileSync(path)];
  }));
}
const zip = join(out, 'people-move.zip');
writeFileSync(zip, zipSync({'people-move': tree(plugin)}, {level: 9}));
console.log(`${zip.slice(root.length + 1)}: ${(statSync(zip).size / 1024).toFixed(1)} KB, ${SHIPPED_LOCALES.length} languages of fallback text`);
