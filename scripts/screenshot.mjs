// Screenshots of the elements in headless Chromium, for a person to look at.
//
//   node scripts/screenshot.mjs [--out DIR] [--widths 320,1200] [--themes light,dark] [--lang en] [--only manifesto,values]
//
// Serves src/ through @web/dev-server (TypeScript by esbuild), opens one page per
// element, theme and width, and writes DIR/<element>-<theme>-<width>.png (default
// DIR: the system's temporary folder, never the repository). The page sets
// `html { font-size: 62.5% }` and a serif body font, like many partner sites, so a
// size that leaks `rem` or a font that fails to inherit shows at once. Prints one
// line per picture, with the page's horizontal overflow in px (0 is right).
import {mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, requireChrome} from './browser.mjs';

const {values: options} = parseArgs({
  options: {
    out: {type: 'string', default: join(tmpdir(), 'pm-screenshots')},
    widths: {type: 'string', default: '320,1200'},
    themes: {type: 'string', default: 'light,dark'},
    lang: {type: 'string', default: 'en'},
    only: {type: 'string'},
  },
});

/** What each picture shows: the markup placed in the page's body. */
const SCENES = {
  manifesto: (theme) => `<pm-manifesto theme="${theme}"></pm-manifesto>`,
  'manifesto-summary': (theme) => `<pm-manifesto theme="${theme}" variant="summary"></pm-manifesto>`,
  values: (theme) => `<pm-values theme="${theme}"></pm-values>`,
  'values-list': (theme) => `<pm-values theme="${theme}" layout="list"></pm-values>`,
  'values-inline': (theme) => `<pm-values theme="${theme}" layout="inline" no-heading></pm-values>`,
  campaign: (theme) => `<pm-campaign theme="${theme}" language-picker></pm-campaign>`,
  'campaign-rtl': (theme) => `<pm-campaign theme="${theme}" lang="ar"></pm-campaign>`,
  unthemed: () => `<pm-manifesto variant="summary"></pm-manifesto><pm-values layout="inline"></pm-values>`,
};

const PAGE_COLOURS = {light: ['#f4f1ec', '#222222'], dark: ['#111014', '#e8e8e8']};

function page(markup, theme, lang) {
  const [background, color] = PAGE_COLOURS[theme] ?? PAGE_COLOURS.light;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  html { font-size: 62.5%; }
  body { margin: 0; padding: 1.6rem; font: 1.6rem/1.5 Georgia, 'DejaVu Serif', serif; background: ${background}; color: ${color}; }
</style>
<script type="module" src="/src/elements/pm-campaign/define.ts"></script>
</head><body>${markup}</body></html>`;
}

const scenes = Object.entries(SCENES).filter(([name]) => !options.only || options.only.split(',').some((w) => name.startsWith(w)));
const widths = options.widths.split(',').map(Number);
const themes = options.themes.split(',');
mkdirSync(options.out, {recursive: true});

let current = '';
const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    port: 0,
    nodeResolve: true,
    plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
    middleware: [
      (context, next) => {
        if (context.path !== '/__screenshot.html') return next();
        context.type = 'html';
        context.body = current;
        return undefined;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const {port} = server.server.address();
const browser = await puppeteer.launch({executablePath: requireChrome(), args: CHROME_ARGS, headless: true});

try {
  const tab = await browser.newPage();
  for (const [name, scene] of scenes) {
    for (const theme of themes) {
      for (const width of widths) {
        current = page(scene(theme), theme, options.lang);
        await tab.setViewport({width, height: 800});
        await tab.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}]);
        await tab.goto(`http://localhost:${port}/__screenshot.html`, {waitUntil: 'networkidle0'});
        const overflow = await tab.evaluate(async () => {
          const settle = async (root) => {
            for (const element of root.querySelectorAll('*')) {
              if (element.updateComplete) await element.updateComplete;
              if (element.shadowRoot) await settle(element.shadowRoot);
            }
          };
          await customElements.whenDefined('pm-campaign');
          await settle(document);
          await document.fonts.ready;
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        });
        const file = join(options.out, `${name}-${theme}-${width}.png`);
        await tab.screenshot({path: file, fullPage: true});
        console.log(`${file}  overflow ${overflow}px`);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
