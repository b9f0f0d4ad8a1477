import type {CampaignWords, ShareLink} from './content.js';
import {attributes, below, escapeHtml as e} from './markup.js';
import type {ExportOptions} from './options.js';
import {paletteFor, type Palette} from './palette.js';

/**
 * The campaign as plain HTML for pages that strip scripts and unknown tags:
 * the same words, headings and share links as the elements, styled by one
 * `<style>` whose every rule sits under the `.pmx-root` class (no rule
 * reaches the rest of the page), and readable with no style at all.
 */

/** Every class the export uses starts with this, so it cannot meet a page's own classes. */
export const CLASS_PREFIX = 'pmx-';

const colours = (p: Palette): string =>
  `--pmx-text:${p.text};--pmx-surface:${p.surface};--pmx-accent:${p.accent};--pmx-on-accent:${p.onAccent};--pmx-muted:${p.muted};--pmx-border:${p.border};`;

/** The scoped style sheet: layout for every theme, colours only for a chosen one. */
function styleSheet(options: ExportOptions): string {
  const {theme, accent} = options;
  const inherit = theme === 'inherit';
  // Inheriting the page's colours, only a partner's accent is set (its text black or white, whichever reads).
  const themed = inherit
    ? accent
      ? `.pmx-root{--pmx-accent:${accent};--pmx-on-accent:${paletteFor('light', accent).onAccent};}`
      : ''
    : `.pmx-root{${colours(paletteFor(theme, accent))}color:var(--pmx-text);background:var(--pmx-surface);}` +
      (theme === 'auto'
        ? `@media (prefers-color-scheme:dark){.pmx-root{${colours(paletteFor(theme, accent, true))}}}`
        : '');
  return [
    '.pmx-root{box-sizing:border-box;padding:1em;border-radius:0.5em;line-height:1.5;overflow-wrap:break-word;}',
    '.pmx-root *{box-sizing:border-box;}',
    themed,
    '.pmx-root :is(h1,h2,h3,h4,h5,h6){margin:0 0 0.5em;line-height:1.25;}',
    '.pmx-root p{margin:0 0 1em;max-inline-size:38em;}',
    '.pmx-root .pmx-part+.pmx-part{margin-block-start:2em;}',
    '.pmx-root .pmx-title{font-size:1.6em;border-inline-start:0.25em solid var(--pmx-accent,#8a1c5a);padding-inline-start:0.5em;}',
    '.pmx-root .pmx-label{font-size:0.85em;text-transform:uppercase;letter-spacing:0.05em;}',
    '.pmx-root .pmx-story-heading{font-size:1.2em;}',
    '.pmx-root .pmx-actions{display:flex;flex-wrap:wrap;gap:0.75em;margin:1em 0 0;padding:0;list-style:none;}',
    '.pmx-root .pmx-list{display:flex;flex-wrap:wrap;gap:0.5em;margin:0;padding:0;list-style:none;}',
    '.pmx-root .pmx-list li{padding:0.25em 0.75em;border:1px solid var(--pmx-border,currentColor);border-radius:1em;}',
    '.pmx-root a{color:inherit;text-decoration:underline;}',
    '.pmx-root .pmx-button{display:inline-block;padding:0.5em 1em;border-radius:0.5em;border:2px solid var(--pmx-accent,currentColor);font-weight:bold;}',
    '.pmx-root .pmx-primary{background:var(--pmx-accent,#8a1c5a);color:var(--pmx-on-accent,#ffffff);}',
    '.pmx-root a:focus-visible{outline:3px solid currentColor;outline-offset:2px;}',
    '.pmx-root .pmx-share-label{font-weight:bold;margin-block-end:0.5em;}',
  ].join('');
}

/** The manifesto: title, vision, mission, the story (full variant), the links. */
export function manifestoHtml(words: CampaignWords, options: ExportOptions, links: {manifesto: string; shop?: string}): string {
  const m = words.manifesto;
  const level = options.headingLevel;
  const sub = below(level);
  const full = options.element !== 'manifesto' || options.variant !== 'summary';
  const statement = (title: string, body: string) => `<h${sub} class="pmx-label">${e(title)}</h${sub}><p>${e(body)}</p>`;
  const story = full
    ? `<h${sub} class="pmx-story-heading">${e(m.narrativeHeading)}</h${sub}><p>${e(m.narrative1)}</p><p>${e(m.narrative2)}</p>` +
      `<p>${e(m.narrative3)}</p><p>${e(m.manifestoCall)}</p>`
    : '';
  const shop = full && links.shop ? `<li><a class="pmx-button" href="${e(links.shop)}">${e(m.shirtLink)}</a></li>` : '';
  return (
    `<section class="pmx-part pmx-manifesto"><h${level} class="pmx-title">${e(m.title)}</h${level}>` +
    statement(m.visionHeading, m.vision) +
    statement(m.missionHeading, m.mission) +
    story +
    `<ul class="pmx-actions"><li><a class="pmx-button pmx-primary" href="${e(links.manifesto)}">${e(m.manifestoLink)}</a></li>${shop}</ul></section>`
  );
}

/** The six values under their heading. */
export function valuesHtml(words: CampaignWords, level: number): string {
  const items = words.values.map(({name}) => `<li>${e(name)}</li>`).join('');
  return `<section class="pmx-part pmx-values"><h${level}>${e(words.valuesHeading)}</h${level}><ul class="pmx-list">${items}</ul></section>`;
}

/** "Share this" and one plain link per network, named as <pm-share> names them. */
export function shareHtml(words: CampaignWords, links: readonly ShareLink[]): string {
  if (links.length === 0) return '';
  const items = links
    .map((link) => `<li><a class="pmx-button"${attributes({href: link.href, 'aria-label': link.name})}>${e(link.label)}</a></li>`)
    .join('');
  return (
    `<div class="pmx-part pmx-share" role="group" aria-label="${e(words.shareHeading)}">` +
    `<p class="pmx-share-label" aria-hidden="true">${e(words.shareHeading)}</p><ul class="pmx-actions">${items}</ul></div>`
  );
}

/** The inner parts an element shows, without wrapper or style. */
export function bodyHtml(
  words: CampaignWords,
  options: ExportOptions,
  links: {manifesto: string; shop?: string},
  share: readonly ShareLink[],
): string {
  switch (options.element) {
    case 'manifesto':
      return manifestoHtml(words, options, links);
    case 'values':
      return valuesHtml(words, options.headingLevel);
    case 'share':
      return shareHtml(words, share);
    case 'campaign':
      return manifestoHtml(words, options, links) + valuesHtml(words, below(options.headingLevel)) + shareHtml(words, share);
  }
}

/** The whole HTML export: the scoped `<style>` and the content in its language and direction. */
export function htmlExport(
  words: CampaignWords,
  options: ExportOptions,
  links: {manifesto: string; shop?: string},
  share: readonly ShareLink[],
): string {
  return (
    `<style>${styleSheet(options)}</style>\n` +
    `<div class="pmx-root pmx-${options.element}"${attributes({lang: words.locale, dir: words.dir})}>` +
    `${bodyHtml(words, options, links, share)}</div>\n`
  );
}
