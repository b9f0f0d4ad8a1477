/**
 * The campaign where the script cannot go, and the snippet where it can: one
 * module that writes all three outputs, used by the builder page (in the
 * browser) and by `npx people-move-widgets export` (in Node). The words come
 * from the elements' own message modules and the share links from <pm-share>'s
 * own table, so no campaign text is copied here.
 */
import {loadWords, shareLinks, wordsIn} from './content.js';
import {emailExport} from './email.js';
import {htmlExport} from './html.js';
import {checkOptions, linkNetworks, linksOf, textLocale, type ExportFormat, type ExportOptions} from './options.js';
import {elementAttributes, fallbackHtml, snippetExport, type Reservation} from './snippet.js';

export {checkOptions, ExportOptionError, ELEMENTS, FORMATS, THEMES, variantsOf, type ExportOptions, type ExportFormat} from './options.js';
export {CDN_URL, DEFAULT_RESERVATIONS, emLength, type Reservation} from './snippet.js';
export {CLASS_PREFIX} from './html.js';

export interface ExportContext {
  /** The CDN file's `sha384-…` integrity (dist/cdn/integrity.json); the snippet needs it. */
  integrity?: string;
  /** The element's measured height (the builder); the README's figures otherwise. */
  reservation?: Reservation;
}

/** What every output is made from: the words in the language, the links, the share links. */
async function partsFor(options: ExportOptions) {
  const locale = await loadWords(textLocale(options.lang));
  const words = wordsIn(locale);
  const links = linksOf(options);
  const share = shareLinks(linkNetworks(options.networks), links.url, locale);
  return {words, links, share};
}

/** One output for `options` (checked with checkOptions). */
export async function exportEmbed(format: ExportFormat, options: ExportOptions, context: ExportContext = {}): Promise<string> {
  const {words, links, share} = await partsFor(options);
  switch (format) {
    case 'html':
      return htmlExport(words, options, links, share);
    case 'email':
      return emailExport(words, options, links, share);
    case 'snippet':
      if (!context.integrity) throw new TypeError('The snippet needs the CDN file’s integrity (dist/cdn/integrity.json).');
      // The element shares the page it is on unless a `url` is given; its fallback links share the same.
      return snippetExport(words, options, links, share, context.integrity, context.reservation);
  }
}

/** An element ready to print: its tag, its attributes and its fallback HTML in the chosen language. */
export interface Embed {
  tag: string;
  attributes: Record<string, string>;
  fallback: string;
}

/**
 * The element for `raw` choices (as `checkOptions` takes them: `{element: 'campaign', lang: 'cy'}`),
 * for a page builder or CMS plugin that writes the tag itself.
 */
export async function embedFor(raw: Parameters<typeof checkOptions>[0]): Promise<Embed> {
  const options = checkOptions(raw);
  const {words, links, share} = await partsFor(options);
  return {tag: `pm-${options.element}`, attributes: elementAttributes(options), fallback: fallbackHtml(words, options, links, share)};
}
