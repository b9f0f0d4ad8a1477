import {
  blueskyIcon,
  emailIcon,
  facebookIcon,
  instagramIcon,
  linkedinIcon,
  linkIcon,
  mastodonIcon,
  redditIcon,
  shareIcon,
  telegramIcon,
  threadsIcon,
  whatsappIcon,
  xIcon,
} from '../../icons/networks.js';
import type {Icon} from '../../icons/icon.js';
import {fitText, type TextLimit} from './fit-text.js';
import {shareContent as text} from './pm-share.content.js';

/**
 * Every place <pm-share> can send a link: its label, accessible name, icon,
 * and for the web networks the address of their share page and their text
 * limit. Adding a network is one entry here (and its icon).
 */

export const NETWORK_IDS = [
  'native',
  'copy',
  'facebook',
  'x',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'threads',
  'mastodon',
  'reddit',
  'email',
  'instagram',
] as const;

export type NetworkId = (typeof NETWORK_IDS)[number];

export const DEFAULT_NETWORKS: readonly NetworkId[] = ['native', 'whatsapp', 'facebook', 'x', 'bluesky', 'mastodon', 'email', 'copy'];

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
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The text and the link in one box, as networks without a link field want them. */
function withLink({text: words, url}: Shared): string {
  return words ? `${words} ${url}` : url;
}

/** Label and name of a network whose brand name is not translated. */
function brand(name: string): Pick<BaseTarget, 'label' | 'name'> {
  return {label: () => name, name: () => text.shareOn(name)};
}

export const TARGETS: Readonly<Record<NetworkId, ShareTarget>> = {
  native: {kind: 'native', label: text.native, name: text.nativeName, icon: shareIcon},
  copy: {kind: 'copy', label: text.copy, name: text.copy, icon: linkIcon},
  facebook: {
    kind: 'link',
    ...brand('Facebook'),
    icon: facebookIcon,
    href: ({url}) => `https://www.facebook.com/sharer/sharer.php?${query({u: url})}`,
  },
  x: {
    kind: 'link',
    ...brand('X'),
    icon: xIcon,
    href: ({text: words, url}) => `https://x.com/intent/tweet?${query({text: words, url})}`,
    // 280 with the link; X counts every link as 23 characters (its t.co length), whatever its real length.
    limit: {max: 280, measure: 'x', link: 23},
  },
  linkedin: {
    kind: 'link',
    ...brand('LinkedIn'),
    icon: linkedinIcon,
    // LinkedIn ignores any text: it reads the title and summary from the page.
    href: ({url}) => `https://www.linkedin.com/sharing/share-offsite/?${query({url})}`,
  },
  whatsapp: {
    kind: 'link',
    ...brand('WhatsApp'),
    icon: whatsappIcon,
    // wa.me, not whatsapp://, which does nothing on a computer without the app.
    href: (shared) => `https://wa.me/?${query({text: withLink(shared)})}`,
  },
  telegram: {
    kind: 'link',
    ...brand('Telegram'),
    icon: telegramIcon,
    href: ({text: words, url}) => `https://t.me/share/url?${query({url, text: words})}`,
  },
  bluesky: {
    kind: 'link',
    ...brand('Bluesky'),
    icon: blueskyIcon,
    href: (shared) => `https://bsky.app/intent/compose?${query({text: withLink(shared)})}`,
    // 300 graphemes, the link counted in full.
    limit: {max: 300, measure: 'graphemes', link: 'counted'},
  },
  threads: {
    kind: 'link',
    ...brand('Threads'),
    icon: threadsIcon,
    href: ({text: words, url}) => `https://www.threads.com/intent/post?${query({text: words, url})}`,
    // 500 characters; the link joins the post, so it is counted in full.
    limit: {max: 500, measure: 'code-points', link: 'counted'},
  },
  mastodon: {
    kind: 'link',
    ...brand('Mastodon'),
    icon: mastodonIcon,
    // Mastodon's own share hub asks for the person's server and runs in their browser, without tracking.
    href: (shared, {mastodonServer}) =>
      mastodonServer
        ? `https://${mastodonServer}/share?${query({text: withLink(shared)})}`
        : `https://share.joinmastodon.org/?${query({text: withLink(shared)})}`,
    // 500 characters on a default server; Mastodon counts every link as 23 characters.
    limit: {max: 500, measure: 'code-points', link: 23},
  },
  reddit: {
    kind: 'link',
    ...brand('Reddit'),
    icon: redditIcon,
    href: ({text: words, url}) => `https://www.reddit.com/submit?${query({url, title: words})}`,
    // The text is the post's title: 300 characters; the link has a field of its own.
    limit: {max: 300, measure: 'code-points', link: 'apart'},
  },
  email: {
    kind: 'link',
    label: text.email,
    name: text.emailName,
    icon: emailIcon,
    href: ({text: words, url}) => `mailto:?${query({subject: words, body: words ? `${words}\n\n${url}` : url})}`,
  },
  instagram: {kind: 'instagram', ...brand('Instagram'), icon: instagramIcon},
};

/** The share page of `target` for `shared`, its text shortened to the network's limit in `locale`'s words. */
export function hrefFor(target: LinkTarget, shared: Shared, options: LinkOptions, locale: string): string {
  return target.href({url: shared.url, text: fitText(shared.text, shared.url, target.limit, locale)}, options);
}
