/**
 * Shared by the test/pm-share-*.test.ts files: reading the rendered controls
 * the way a person or assistive technology meets them, decoding share links,
 * and collecting warnings.
 */
import {fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/pm-share/define.js';
import type {PeopleMoveShare, ShareEventDetail} from '../../src/elements/pm-share/pm-share.js';

export type {PeopleMoveShare, ShareEventDetail};

/** Every control in display (DOM) order. */
export function controls(el: PeopleMoveShare): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.control')];
}

/** The control of one network, or undefined when it is not shown. */
export function control(el: PeopleMoveShare, network: string): HTMLElement | undefined {
  return el.shadowRoot!.querySelector<HTMLElement>(`.control[data-network="${network}"]`) ?? undefined;
}

export function networksShown(el: PeopleMoveShare): string[] {
  return controls(el).map((each) => each.dataset.network ?? '');
}

/** The status line's text, as a screen reader hears it from the live region. */
export function statusText(el: PeopleMoveShare): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

export {warningsDuring} from './element-checks.js';

/** Renders `template` and waits until the element (in whatever language) has rendered. */
export async function render(template: TemplateResult): Promise<PeopleMoveShare> {
  const el = await fixture<PeopleMoveShare>(template);
  await el.updateComplete;
  return el;
}

/**
 * The query of `href` decoded strictly with `decodeURIComponent` (so a space
 * written as `+` would come back as `+`, not a space), checked against what
 * `URLSearchParams` reads, as the networks' servers do.
 */
export function queryOf(href: string): Record<string, string> {
  const search = href.slice(href.indexOf('?') + 1);
  const strict: Record<string, string> = {};
  for (const pair of search.split('&')) {
    const at = pair.indexOf('=');
    strict[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
  }
  const lenient = Object.fromEntries(new URLSearchParams(search));
  if (JSON.stringify(strict) !== JSON.stringify(lenient)) {
    throw new Error(`${href} decodes differently as percent-encoding and as a form: ${JSON.stringify({strict, lenient})}`);
  }
  return strict;
}

/** `combined` is "TEXT URL" (or just "URL"): the text part, or throws when the URL is not whole at its end. */
function textBefore(combined: string, url: string): string {
  if (combined === url) return '';
  if (!combined.endsWith(` ${url}`)) throw new Error(`"${combined}" does not end with " ${url}"`);
  return combined.slice(0, -url.length - 1);
}

/** What a share link carries, decoded back: the url and the text (null where the network takes no text). */
export function decodeShareLink(network: string, href: string, url: string): {url: string; text: string | null} {
  const query = queryOf(href);
  switch (network) {
    case 'facebook':
      return {url: query.u!, text: null};
    case 'linkedin':
      return {url: query.url!, text: null};
    case 'x':
    case 'telegram':
    case 'threads':
      return {url: query.url!, text: query.text!};
    case 'reddit':
      return {url: query.url!, text: query.title!};
    case 'whatsapp':
    case 'bluesky':
    case 'mastodon':
      return {url, text: textBefore(query.text!, url)};
    case 'email': {
      const body = query.body!;
      const bodyText = body === url ? '' : body.slice(0, -url.length - 2);
      if (body !== url && body !== `${bodyText}\n\n${url}`) throw new Error(`mail body "${body}" does not end with the link`);
      if (bodyText !== query.subject) throw new Error(`subject "${query.subject}" differs from body text "${bodyText}"`);
      return {url: body.slice(-url.length), text: query.subject!};
    }
    default:
      throw new Error(`${network} is not a link network`);
  }
}

/** The share page each link network's href must start with. */
export const SHARE_PAGES: Record<string, string> = {
  facebook: 'https://www.facebook.com/sharer/sharer.php?',
  x: 'https://x.com/intent/tweet?',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?',
  whatsapp: 'https://wa.me/?',
  telegram: 'https://t.me/share/url?',
  bluesky: 'https://bsky.app/intent/compose?',
  threads: 'https://www.threads.com/intent/post?',
  mastodon: 'https://share.joinmastodon.org/?',
  reddit: 'https://www.reddit.com/submit?',
  email: 'mailto:?',
};

export const LINK_NETWORKS = Object.keys(SHARE_PAGES);

export const ALL_NETWORKS = 'native copy facebook x linkedin whatsapp telegram bluesky threads mastodon reddit email instagram';

/** Grapheme clusters of `text`. */
export function graphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(text), (part) => part.segment);
}

/** Cancels every `pm-share` event, so a clicked link is not followed, and records the details. */
export function cancelShares(el: HTMLElement): ShareEventDetail[] {
  const seen: ShareEventDetail[] = [];
  el.addEventListener('pm-share', (event) => {
    seen.push((event as CustomEvent<ShareEventDetail>).detail);
    event.preventDefault();
  });
  return seen;
}

/** Replaces a navigator member for one test (the platform APIs that cannot run headless); returns the undo. */
export function stubNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, {value, configurable: true, writable: true});
  return () => {
    delete (navigator as unknown as Record<string, unknown>)[name];
  };
}
