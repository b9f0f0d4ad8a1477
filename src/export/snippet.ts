import {VERSION} from '../version.js';
import type {CampaignWords, ShareLink} from './content.js';
import {attributes, escapeHtml as e} from './markup.js';
import {DEFAULT_OPTIONS, hasManifesto, hasShare, variantsOf, type ExportOptions} from './options.js';

/**
 * The script snippet: the pinned CDN tag with its integrity, a small style that
 * reserves the element's room until it renders (so the page does not shift),
 * and the element with its attributes around fallback content in the chosen
 * language, which shows while the script loads and when it cannot run.
 */

/** The CDN file of this release (the README's snippet names the same). */
export const CDN_URL = `https://cdn.jsdelivr.net/npm/people-move-widgets@${VERSION}/dist/cdn/people-move.js`;

/** Height to keep for the element before it renders (CSS lengths), at phone width and wider. */
export interface Reservation {
  phone: string;
  desktop: string;
}

/**
 * Heights for when none was measured (the command line): the README's figures
 * for a full-width phone and a column about 40em wide. The builder measures
 * the element in the chosen language instead.
 */
export const DEFAULT_RESERVATIONS: Record<ExportOptions['element'], Reservation> = {
  campaign: {phone: '100vh', desktop: '100vh'},
  manifesto: {phone: '100vh', desktop: '100vh'},
  values: {phone: '34em', desktop: '18em'},
  share: {phone: '14.5em', desktop: '8em'},
};

/** A measured height in px as em of the element's font size, rounded up to a tenth. */
export function emLength(pixels: number, fontSize: number): string {
  return `${Math.ceil((pixels / fontSize) * 10) / 10}em`;
}

/** Width under which the phone height applies (the README's `40em`). */
export const PHONE_BREAKPOINT_EM = 40;

/** The element's attributes for `options`: only those that differ from the element's defaults. */
export function elementAttributes(options: ExportOptions): Record<string, string> {
  const out: Record<string, string> = {};
  if (options.lang !== 'page') out.lang = options.lang;
  if (options.theme !== 'inherit') out.theme = options.theme;
  // The first variant is each element's default.
  if (options.variant && options.variant !== variantsOf(options.element)[0]) {
    out[options.element === 'values' ? 'layout' : 'variant'] = options.variant;
  }
  if (options.headingLevel !== DEFAULT_OPTIONS.headingLevel && options.element !== 'share') {
    out['heading-level'] = String(options.headingLevel);
  }
  if (hasShare(options.element)) {
    if (options.networks.join(' ') !== DEFAULT_OPTIONS.networks.join(' ')) out.networks = options.networks.join(' ');
    if (options.url) out.url = options.url;
  }
  if (hasManifesto(options.element)) {
    if (options.manifestoHref) out['manifesto-href'] = options.manifestoHref;
    if (options.shopHref) out['shop-href'] = options.shopHref;
  }
  return out;
}

/**
 * Fallback content in the chosen language: short, so it never outgrows the
 * element it stands in for. The manifesto's title, vision and link; the values'
 * names; the share links.
 */
export function fallbackHtml(words: CampaignWords, options: ExportOptions, links: {manifesto: string}, share: readonly ShareLink[]): string {
  const m = words.manifesto;
  const parts: string[] = [];
  if (hasManifesto(options.element)) {
    parts.push(`<p><strong>${e(m.title)}</strong></p>`, `<p>${e(m.vision)}</p>`, `<p><a href="${e(links.manifesto)}">${e(m.manifestoLink)}</a></p>`);
  }
  if (options.element === 'values' || options.element === 'campaign') {
    parts.push(`<p>${e(words.valuesHeading)}: ${words.values.map((value) => e(value.name)).join(', ')}</p>`);
  }
  if (options.element === 'share' && share.length > 0) {
    const items = share.map((link) => `<a${attributes({href: link.href, 'aria-label': link.name})}>${e(link.label)}</a>`).join(' · ');
    parts.push(`<p>${e(words.shareHeading)}: ${items}</p>`);
  }
  // The wrapper carries the text's language, so a reader's screen reader pronounces it right before the element renders.
  return `<div class="pm-fallback"${attributes({lang: words.locale, dir: words.dir})}>${parts.join('')}</div>`;
}

/** The whole snippet. `integrity` is the CDN file's `sha384-…` (dist/cdn/integrity.json). */
export function snippetExport(
  words: CampaignWords,
  options: ExportOptions,
  links: {manifesto: string},
  share: readonly ShareLink[],
  integrity: string,
  reservation: Reservation = DEFAULT_RESERVATIONS[options.element],
): string {
  const tag = `pm-${options.element}`;
  const accent = options.accent ? `\n  ${tag} { --pm-accent: ${options.accent}; }` : '';
  return [
    `<script type="module" crossorigin="anonymous"`,
    `  src="${CDN_URL}"`,
    `  integrity="${e(integrity)}"></script>`,
    `<style>`,
    `  ${tag}:not(:defined) { display: block; }`,
    `  ${tag} > .pm-fallback { min-block-size: ${reservation.desktop}; }`,
    `  @media (max-width: ${PHONE_BREAKPOINT_EM}em) { ${tag} > .pm-fallback { min-block-size: ${reservation.phone}; } }${accent}`,
    `</style>`,
    `<${tag}${attributes(elementAttributes(options))}>`,
    `  ${fallbackHtml(words, options, links, share)}`,
    `</${tag}>`,
    '',
  ].join('\n');
}
