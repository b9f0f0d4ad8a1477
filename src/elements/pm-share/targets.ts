import {blueskyIcon, emailIcon, facebookIcon, linkIcon, mastodonIcon, shareIcon, whatsappIcon, xIcon} from '../../icons/networks.js';
import {lazyModule} from '../../shared/lazy-module.js';
import {fitText} from './fit-text.js';
import {shareContent as text} from './pm-share.content.js';
import type {MoreNetworkId} from './more-targets.js';
import {brand, type LinkOptions, type LinkTarget, query, type Shared, type ShareTarget, withLink} from './share-target.js';

export type {LinkOptions, LinkTarget, Shared, ShareTarget} from './share-target.js';

/**
 * Every place <pm-share> can send a link: its label, accessible name, icon,
 * and for the web networks the address of their share page and their text
 * limit. The networks shown by default are here; the others are in
 * `more-targets.ts`, loaded only by an element whose `networks` names one.
 * Adding a network is one entry in either (and its icon).
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

export type DefaultNetworkId = Exclude<NetworkId, MoreNetworkId>;

/** The networks shown by default, in the order shown (`DEFAULT_NETWORKS`). */
export const DEFAULT_TARGETS: Readonly<Record<DefaultNetworkId, ShareTarget>> = {
  native: {kind: 'native', label: text.native, name: text.nativeName, icon: shareIcon},
  whatsapp: {
    kind: 'link',
    ...brand('WhatsApp'),
    icon: whatsappIcon,
    // wa.me, not whatsapp://, which does nothing on a computer without the app.
    href: (shared) => `https://wa.me/?${query({text: withLink(shared)})}`,
  },
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
  bluesky: {
    kind: 'link',
    ...brand('Bluesky'),
    icon: blueskyIcon,
    href: (shared) => `https://bsky.app/intent/compose?${query({text: withLink(shared)})}`,
    // 300 graphemes, the link counted in full.
    limit: {max: 300, measure: 'graphemes', link: 'counted'},
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
  email: {
    kind: 'link',
    label: text.email,
    name: text.emailName,
    icon: emailIcon,
    href: ({text: words, url}) => `mailto:?${query({subject: words, body: words ? `${words}\n\n${url}` : url})}`,
  },
  copy: {kind: 'copy', label: text.copy, name: text.copy, icon: linkIcon},
};

export const DEFAULT_NETWORKS = Object.keys(DEFAULT_TARGETS) as readonly NetworkId[];

/** The networks not shown by default (`more-targets.ts`), loaded only by an element whose `networks` names one. */
export const {load: loadMoreTargets, loaded: moreTargets} = lazyModule(
  () => import('./more-targets.js'),
  'networks not shown by default',
  'showing the others',
);

/** The network `id`, or undefined while (or because) the module of the other networks is not loaded. */
export function targetFor(id: NetworkId): ShareTarget | undefined {
  return id in DEFAULT_TARGETS ? DEFAULT_TARGETS[id as DefaultNetworkId] : moreTargets()?.MORE_TARGETS[id as MoreNetworkId];
}

/** The share page of `target` for `shared`, its text shortened to the network's limit in `locale`'s words. */
export function hrefFor(target: LinkTarget, shared: Shared, options: LinkOptions, locale: string): string {
  return target.href({url: shared.url, text: fitText(shared.text, shared.url, target.limit, locale)}, options);
}
