import type {Icon} from '../../icons/icon.js';
import type {TextLimit} from './fit-text.js';
import {shareContent as text} from './pm-share.content.js';

/** What a network of <pm-share> is (targets.ts, more-targets.ts), and the helpers their entries share. */

/** What is shared: an http(s) address and the words that go with it. */
export interface Shared {
  readonly url: string;
  readonly text: string;
}

export interface LinkOptions {
  /** A checked bare host name: Mastodon links go straight to its share page. */
  readonly mastodonServer?: string;
}

interface BaseTarget {
  /** The visible label, in the reader's language (call while rendering). */
  readonly label: () => string;
  /** The accessible name ("Share on Facebook"), also the tooltip of an icon-only control. */
  readonly name: () => string;
  readonly icon: Icon;
}

/** A network reached through a plain link to its share page. */
export interface LinkTarget extends BaseTarget {
  readonly kind: 'link';
  /** The share page's address; `text` already fits `limit`. */
  readonly href: (shared: Shared, options: LinkOptions) => string;
  readonly limit?: TextLimit;
}

/** A control that acts in the page: the device's share menu, copying, or Instagram's copy-and-paste. */
export interface ActionTarget extends BaseTarget {
  readonly kind: 'native' | 'copy' | 'instagram';
}

export type ShareTarget = LinkTarget | ActionTarget;

/** A query string, each value through `encodeURIComponent` (spaces as %20, which mailto: needs too). */
export function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The text and the link in one box, as networks without a link field want them. */
export function withLink({text: words, url}: Shared): string {
  return words ? `${words} ${url}` : url;
}

/** Label and name of a network whose brand name is not translated. */
export function brand(name: string): Pick<BaseTarget, 'label' | 'name'> {
  return {label: () => name, name: () => text.shareOn(name)};
}

