// `npm run icons`: writes src/icons/networks.ts and src/icons/values.ts from the icon packages
// installed as devDependencies (simple-icons, CC0; bootstrap-icons, MIT; see NOTICE).
//
// Each icon's paths are joined into one, scaled onto a square grid of `grid` units and
// rounded to whole units, so its path data is short. svgo first rewrites the scaled path
// at 0.1 unit (shorthand curves, arcs, lines for straight curves); the rounding to whole
// units is done here, on absolute points, so errors never add up along the path (svgo
// rounds relative steps). The grid of each icon is the coarsest at which it renders, at
// 20, 40 and 160 px, within about 5 % of the original's ink (`--check` prints that
// difference, drawing both in Chromium); at the sizes shown the change is below a pixel.
//
//   node scripts/icons.mjs           write the two modules
//   node scripts/icons.mjs --check   also compare each icon with its original, in Chromium
import {readFileSync, writeFileSync} from 'node:fs';
import {optimize} from 'svgo';

// Run from the repository's root, as `npm run icons` does.
const packageDir = (name) => `node_modules/${name}/`;
const versionOf = (name) => JSON.parse(readFileSync(`${packageDir(name)}package.json`, 'utf8')).version;

const SIMPLE = 'simple-icons';
const BOOTSTRAP = 'bootstrap-icons';

/**
 * What <pm-share> draws: export name, source package and icon, the grid it is rounded
 * onto, the line of documentation, and `mirror` for the one glyph that points along the
 * reading direction (brand logos are never mirrored).
 */
const NETWORK_ICONS = [
  {name: 'facebookIcon', from: SIMPLE, icon: 'facebook', grid: 96, doc: 'Facebook'},
  {name: 'xIcon', from: SIMPLE, icon: 'x', grid: 96, doc: 'X'},
  {name: 'whatsappIcon', from: SIMPLE, icon: 'whatsapp', grid: 128, doc: 'WhatsApp'},
  {name: 'telegramIcon', from: SIMPLE, icon: 'telegram', grid: 32, doc: 'Telegram'},
  {name: 'blueskyIcon', from: SIMPLE, icon: 'bluesky', grid: 32, doc: 'Bluesky'},
  {name: 'threadsIcon', from: SIMPLE, icon: 'threads', grid: 96, doc: 'Threads'},
  {name: 'mastodonIcon', from: SIMPLE, icon: 'mastodon', grid: 64, doc: 'Mastodon'},
  {name: 'redditIcon', from: SIMPLE, icon: 'reddit', grid: 128, doc: 'Reddit'},
  {name: 'instagramIcon', from: SIMPLE, icon: 'instagram', grid: 128, doc: 'Instagram'},
  {
    name: 'linkedinIcon',
    from: BOOTSTRAP,
    icon: 'linkedin',
    grid: 32,
    doc: 'LinkedIn (simple-icons dropped LinkedIn in v14 at Microsoft’s request)',
  },
  {name: 'shareIcon', from: BOOTSTRAP, icon: 'share', grid: 128, doc: 'The device’s own share menu', mirror: true},
  {name: 'linkIcon', from: BOOTSTRAP, icon: 'link-45deg', grid: 128, doc: 'Copy link'},
  {name: 'emailIcon', from: BOOTSTRAP, icon: 'envelope', grid: 64, doc: 'Email'},
];

/** What <pm-values> draws, one per value, by value id. */
const VALUE_ICONS = [
  {name: 'justice', from: BOOTSTRAP, icon: 'bank2', grid: 128, doc: 'a columned building, for a court of law'},
  {name: 'equality', from: BOOTSTRAP, icon: 'people-fill', grid: 32, doc: 'two people side by side'},
  // One contour that never crosses itself: the non-zero rule paints it as its own even-odd rule does.
  {name: 'humanity', from: BOOTSTRAP, icon: 'heart-fill', grid: 48, doc: 'a heart', evenOddIsNonZero: true},
  {name: 'solidarity', from: BOOTSTRAP, icon: 'link', grid: 64, doc: 'two links of a chain, bound together'},
  {name: 'creativity', from: BOOTSTRAP, icon: 'lightbulb-fill', grid: 32, doc: 'a light bulb'},
  {name: 'accountability', from: BOOTSTRAP, icon: 'clipboard-check-fill', grid: 32, doc: 'a checked list, for answering for what was done'},
];

/** The path data of an installed icon, its paths joined, and the side of its square. */
function source({from, icon, evenOddIsNonZero}) {
  const file = `${packageDir(from)}icons/${icon}.svg`;
  const svg = readFileSync(file, 'utf8');
  const size = Number(svg.match(/viewBox="0 0 (\d+) \1"/)?.[1]);
  const paths = [...svg.matchAll(/<path([^>]*)\/>/g)].map(([, attributes]) => attributes);
  if (!size || paths.length === 0) throw new Error(`${file}: expected a square viewBox and <path> elements`);
  const d = paths.map((attributes) => {
    const rest = attributes.replace(/\s*d="[^"]*"/, '').replace(evenOddIsNonZero ? /\s*fill-rule="evenodd"/ : /^$/, '');
    // The widgets draw one path with the default (non-zero) fill: any other attribute would be lost.
    if (rest.trim()) throw new Error(`${file}: a path has attributes the widgets do not draw (${rest.trim()})`);
    return attributes.match(/\sd="([^"]*)"/)[1];
  });
  return {size, d: d.join(''), file: `${from}/icons/${icon}.svg`};
}

// ---- path data: parse, make absolute, round onto the grid, write the shortest form ----

const ARGUMENTS = {m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0};

/** Path data as [command, ...numbers] in the order written (arc flags may be glued: `a5 5 0 013 4`). */
function parse(d) {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d*\.\d+|\d+\.?)(?:e[-+]?\d+)?/g) ?? [];
  const commands = [];
  let command;
  for (let i = 0; i < tokens.length; ) {
    if (/^[a-zA-Z]$/.test(tokens[i])) command = tokens[i++];
    const count = ARGUMENTS[command.toLowerCase()];
    const args = [];
    while (args.length < count) {
      const token = tokens[i++];
      if (token === undefined) throw new Error(`path data ends inside a ${command} command`);
      if (command.toLowerCase() === 'a' && (args.length === 3 || args.length === 4)) {
        args.push(Number(token[0]));
        if (token.length > 1) tokens.splice(i, 0, token.slice(1));
      } else {
        args.push(Number(token));
      }
    }
    commands.push([command, ...args]);
    if (command === 'm') command = 'l';
    if (command === 'M') command = 'L';
  }
  return commands;
}

/** The commands as absolute M, L, C, Q, A and Z segments (H, V, S and T spelled out). */
function absolute(commands) {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let previous = null;
  const segments = [];
  for (const [command, ...a] of commands) {
    const relative = command === command.toLowerCase();
    const dx = relative ? x : 0;
    const dy = relative ? y : 0;
    let segment;
    switch (command.toUpperCase()) {
      case 'M':
        segment = ['M', a[0] + dx, a[1] + dy];
        [startX, startY] = [segment[1], segment[2]];
        break;
      case 'L':
        segment = ['L', a[0] + dx, a[1] + dy];
        break;
      case 'H':
        segment = ['L', a[0] + dx, y];
        break;
      case 'V':
        segment = ['L', x, a[0] + dy];
        break;
      case 'C':
        segment = ['C', a[0] + dx, a[1] + dy, a[2] + dx, a[3] + dy, a[4] + dx, a[5] + dy];
        break;
      case 'S': {
        const [cx, cy] = previous?.[0] === 'C' ? [2 * x - previous[3], 2 * y - previous[4]] : [x, y];
        segment = ['C', cx, cy, a[0] + dx, a[1] + dy, a[2] + dx, a[3] + dy];
        break;
      }
      case 'Q':
        segment = ['Q', a[0] + dx, a[1] + dy, a[2] + dx, a[3] + dy];
        break;
      case 'T': {
        const [cx, cy] = previous?.[0] === 'Q' ? [2 * x - previous[1], 2 * y - previous[2]] : [x, y];
        segment = ['Q', cx, cy, a[0] + dx, a[1] + dy];
        break;
      }
      case 'A':
        segment = ['A', a[0], a[1], a[2], a[3], a[4], a[5] + dx, a[6] + dy];
        break;
      case 'Z':
        segment = ['Z'];
        break;
    }
    if (segment[0] === 'Z') [x, y] = [startX, startY];
    else [x, y] = segment.slice(-2);
    previous = segment;
    segments.push(segment);
  }
  return segments;
}

/** The segments with every point rounded to a whole unit (arc radii at least 1). */
function rounded(segments) {
  return segments.map(([command, ...a]) => {
    if (command !== 'A') return [command, ...a.map(Math.round)];
    const [rx, ry, rotation, large, sweep, x, y] = a;
    return ['A', Math.max(1, Math.round(rx)), Math.max(1, Math.round(ry)), Math.round(rotation), large, sweep, Math.round(x), Math.round(y)];
  });
}

/** Tokens (command letters, numbers, arc flags as {flag}) written with the fewest separators after `previous`. */
function written(tokens, previous) {
  let text = '';
  for (const token of tokens) {
    const afterLetter = previous === null || /^[a-zA-Z]$/.test(previous);
    if (typeof token === 'object') {
      text += (afterLetter || typeof previous === 'object' ? '' : ' ') + token.flag;
    } else if (/^[a-zA-Z]$/.test(token) || afterLetter || typeof previous === 'object' || token.startsWith('-')) {
      text += token;
    } else {
      text += ` ${token}`;
    }
    previous = token;
  }
  return text;
}

/** The shortest path data for rounded absolute segments: relative or absolute, shorthands, implicit commands. */
function encode(segments) {
  // Drop what rounding made empty: lines and curves that go nowhere, and a line back to the start before Z.
  const kept = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  segments.forEach((segment, index) => {
    const [command, ...a] = segment;
    const [endX, endY] = command === 'Z' ? [startX, startY] : a.slice(-2);
    const still = command !== 'M' && command !== 'Z' && a.every((value, i) => value === (i % 2 ? y : x));
    const closing = command === 'L' && segments[index + 1]?.[0] === 'Z' && endX === startX && endY === startY;
    if (command === 'M') [startX, startY] = [endX, endY];
    [x, y] = [endX, endY];
    if (!still && !closing) kept.push(segment);
  });

  let text = '';
  let lastCommand = '';
  let lastToken = null;
  let previous = null;
  x = y = startX = startY = 0;
  for (const [command, ...a] of kept) {
    const relativeTo = (values) => values.map((value, i) => value - (i % 2 ? y : x));
    let options;
    switch (command) {
      case 'M':
        options = [['M', a], ['m', relativeTo(a)]];
        break;
      case 'L':
        if (a[1] === y) options = [['H', [a[0]]], ['h', [a[0] - x]]];
        else if (a[0] === x) options = [['V', [a[1]]], ['v', [a[1] - y]]];
        else options = [['L', a], ['l', relativeTo(a)]];
        break;
      case 'C':
      case 'Q': {
        const smooth = command === 'C' ? 'S' : 'T';
        const reflected = previous?.[0] === command ? [2 * x - previous.at(-4), 2 * y - previous.at(-3)] : [x, y];
        options =
          a[0] === reflected[0] && a[1] === reflected[1]
            ? [[smooth, a.slice(2)], [smooth.toLowerCase(), relativeTo(a.slice(2))]]
            : [[command, a], [command.toLowerCase(), relativeTo(a)]];
        break;
      }
      case 'A':
        options = [['A', a], ['a', [...a.slice(0, 5), a[5] - x, a[6] - y]]];
        break;
      case 'Z':
        options = [['z', []]];
        break;
    }
    const candidates = options.map(([letter, values]) => {
      const tokens = values.map((value, i) => (letter.toLowerCase() === 'a' && (i === 3 || i === 4) ? {flag: String(value)} : String(value)));
      const implicit = letter !== 'z' && (letter === lastCommand || (letter === 'l' && lastCommand === 'm') || (letter === 'L' && lastCommand === 'M'));
      return {letter, implicit, tokens, text: written(implicit ? tokens : [letter, ...tokens], lastToken)};
    });
    const best = candidates.reduce((a, b) => (b.text.length < a.text.length ? b : a));
    text += best.text;
    if (!best.implicit) lastCommand = best.letter;
    lastToken = best.tokens.at(-1) ?? best.letter;
    previous = command === 'C' ? ['C', ...a] : command === 'Q' ? ['Q', ...a] : null;
    if (command === 'M') [startX, startY] = a;
    [x, y] = command === 'Z' ? [startX, startY] : a.slice(-2);
  }
  return text;
}

/** An icon's path data on its grid, in whole units. */
function iconPath(entry) {
  const {size, d} = source(entry);
  const scaled = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${entry.grid} ${entry.grid}"><path transform="scale(${entry.grid / size})" d="${d}"/></svg>`;
  const {data} = optimize(scaled, {multipass: true, floatPrecision: 1, plugins: ['preset-default']});
  const paths = [...data.matchAll(/\sd="([^"]*)"/g)].map(([, path]) => path);
  if (paths.length !== 1 || /transform=/.test(data)) throw new Error(`${entry.icon}: svgo left ${data}`);
  return encode(rounded(absolute(parse(paths[0]))));
}

// ---- the modules ----

const HEADER = '// Written by scripts/icons.mjs from the icon packages (`npm run icons`). Do not edit by hand.';
const quote = (text) => `'${text}'`;

function networksModule() {
  const icons = NETWORK_ICONS.map((entry) => {
    const mirror = entry.mirror ? ', mirror: true' : '';
    return `/** ${entry.doc}: ${source(entry).file}. */\nexport const ${entry.name}: Icon = {size: ${entry.grid}, d: ${quote(iconPath(entry))}${mirror}};\n`;
  });
  return `${HEADER}
import type {Icon} from './icon.js';

/**
 * The icons <pm-share> draws, one export each, so a bundle carries only those it
 * imports. Sources (see NOTICE): ${SIMPLE} ${versionOf(SIMPLE)} (CC0-1.0) and ${BOOTSTRAP}
 * ${versionOf(BOOTSTRAP)} (MIT), each rounded onto its own grid by scripts/icons.mjs. Brand
 * logos are never mirrored; \`mirror\` marks the one glyph that points along the reading direction.
 */

${icons.join('\n')}`;
}

function valuesModule() {
  const icons = VALUE_ICONS.map(
    (entry) => `  /** ${entry.doc}: ${source(entry).file}. */\n  ${entry.name}: {size: ${entry.grid}, d: ${quote(iconPath(entry))}},`,
  );
  return `${HEADER}
import type {ValueId} from '../elements/pm-values/pm-values.content.js';
import type {Icon} from './icon.js';

/**
 * One icon per campaign value, from ${BOOTSTRAP} ${versionOf(BOOTSTRAP)} (MIT; see NOTICE),
 * rounded onto its own grid by scripts/icons.mjs. They are decoration: the value's name beside
 * each icon is what a reader and a screen reader get.
 */
export const valueIcons: Record<ValueId, Icon> = {
${icons.join('\n')}
};
`;
}

writeFileSync('src/icons/networks.ts', networksModule());
writeFileSync('src/icons/values.ts', valuesModule());
console.log('icons: wrote src/icons/networks.ts and src/icons/values.ts');

if (process.argv.includes('--check')) await check();

/** Draws every icon and its original in Chromium at 20, 40 and 160 px and prints how much ink differs. */
async function check() {
  const {default: puppeteer} = await import('puppeteer-core');
  const {CHROME_ARGS, findChrome} = await import('./browser.mjs');
  const icons = [...NETWORK_ICONS, ...VALUE_ICONS].map((entry) => {
    const {size, d} = source(entry);
    return {icon: entry.icon, original: {size, d}, ours: {size: entry.grid, d: iconPath(entry)}};
  });
  const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: CHROME_ARGS});
  try {
    const page = await browser.newPage();
    const results = await page.evaluate(async (icons) => {
      const alpha = async ({size, d}, px) => {
        const image = new Image();
        image.src = `data:image/svg+xml,${encodeURIComponent(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}"><path d="${d}"/></svg>`,
        )}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = px;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, px, px).data;
      };
      const out = [];
      for (const {icon, original, ours} of icons) {
        const row = {icon};
        for (const px of [20, 40, 160]) {
          const [a, b] = [await alpha(original, px), await alpha(ours, px)];
          let diff = 0;
          let ink = 0;
          for (let i = 3; i < a.length; i += 4) {
            diff += Math.abs(a[i] - b[i]);
            ink += a[i];
          }
          row[px] = (100 * diff) / ink;
        }
        out.push(row);
      }
      return out;
    }, icons);
    console.log('ink that differs from the original, in % of its ink:');
    for (const row of results) {
      console.log(`  ${row.icon.padEnd(22)} ${[20, 40, 160].map((px) => `${px} px ${row[px].toFixed(1).padStart(4)} %`).join('   ')}`);
    }
  } finally {
    await browser.close();
  }
}
