// `npm run icons`: writes src/icons/networks.ts, more-networks.ts and values.ts from the icon packages
// installed as devDependencies (simple-icons, CC0; bootstrap-icons, MIT; see NOTICE).
//
// Each icon's paths are joined into one and scaled onto a square grid of `grid` units;
// svgpath rounds it to whole units (carrying each rounding error into the next relative
// step, so errors never add up) and svgo writes the shortest path data. Each grid below was
// chosen as the coarsest at which the icon, drawn at 20, 40 and 160 px, kept within about 5 %
// of the original's ink; for a new icon, start at 128 and halve while it still looks the same
// in Storybook (Elements/pm-share, Elements/pm-values). CI checks that src/icons/ is fresh.
import {readFileSync, writeFileSync} from 'node:fs';
import svgpath from 'svgpath';
import {optimize} from 'svgo';

// Run from the repository's root, as `npm run icons` does.
const packageDir = (name) => `node_modules/${name}/`;
const versionOf = (name) => JSON.parse(readFileSync(`${packageDir(name)}package.json`, 'utf8')).version;

const SIMPLE = 'simple-icons';
const BOOTSTRAP = 'bootstrap-icons';

/**
 * What <pm-share> draws: export name, source package and icon, the grid it is rounded
 * onto, the line of documentation, `mirror` for the one glyph that points along the
 * reading direction (brand logos are never mirrored), and `more` for the networks not
 * shown by default (src/elements/pm-share/more-targets.ts), whose icons load with them.
 */
const NETWORK_ICONS = [
  {name: 'facebookIcon', from: SIMPLE, icon: 'facebook', grid: 96, doc: 'Facebook'},
  {name: 'xIcon', from: SIMPLE, icon: 'x', grid: 96, doc: 'X'},
  {name: 'whatsappIcon', from: SIMPLE, icon: 'whatsapp', grid: 128, doc: 'WhatsApp'},
  {name: 'telegramIcon', from: SIMPLE, icon: 'telegram', grid: 32, doc: 'Telegram', more: true},
  {name: 'blueskyIcon', from: SIMPLE, icon: 'bluesky', grid: 32, doc: 'Bluesky'},
  {name: 'threadsIcon', from: SIMPLE, icon: 'threads', grid: 96, doc: 'Threads', more: true},
  {name: 'mastodonIcon', from: SIMPLE, icon: 'mastodon', grid: 64, doc: 'Mastodon'},
  {name: 'redditIcon', from: SIMPLE, icon: 'reddit', grid: 128, doc: 'Reddit', more: true},
  {name: 'instagramIcon', from: SIMPLE, icon: 'instagram', grid: 128, doc: 'Instagram', more: true},
  {name: 'linkedinIcon', from: BOOTSTRAP, icon: 'linkedin', grid: 32, doc: 'LinkedIn (simple-icons dropped LinkedIn in v14 at Microsoft’s request)', more: true},
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

/** An icon's path data on its grid, in whole units. */
function iconPath(entry) {
  const {size, d} = source(entry);
  const whole = svgpath(d).scale(entry.grid / size).abs().round(0).rel().round(0).toString();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${entry.grid} ${entry.grid}"><path d="${whole}"/></svg>`;
  const paths = [...optimize(svg, {multipass: true, floatPrecision: 0}).data.matchAll(/\sd="([^"]*)"/g)];
  if (paths.length !== 1) throw new Error(`${entry.icon}: svgo did not leave one path`);
  return paths[0][1];
}

// ---- the modules ----

const HEADER = '// Written by scripts/icons.mjs from the icon packages (`npm run icons`). Do not edit by hand.';
const quote = (text) => `'${text}'`;

function networksModule(more) {
  const icons = NETWORK_ICONS.filter((entry) => Boolean(entry.more) === more).map((entry) => {
    const mirror = entry.mirror ? ', mirror: true' : '';
    return `/** ${entry.doc}: ${source(entry).file}. */\nexport const ${entry.name}: Icon = {size: ${entry.grid}, d: ${quote(iconPath(entry))}${mirror}};\n`;
  });
  return `${HEADER}
import type {Icon} from './icon.js';

/**
 * The icons of the networks <pm-share> shows ${more ? 'only when named (they load with them)' : 'by default'}, one export each.
 * Sources (see NOTICE): ${SIMPLE} ${versionOf(SIMPLE)} (CC0-1.0) and ${BOOTSTRAP}
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

writeFileSync('src/icons/networks.ts', networksModule(false));
writeFileSync('src/icons/more-networks.ts', networksModule(true));
writeFileSync('src/icons/values.ts', valuesModule());
console.log('icons: wrote src/icons/networks.ts, more-networks.ts and values.ts');
