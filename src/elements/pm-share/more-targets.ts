import {instagramIcon, linkedinIcon, redditIcon, telegramIcon, threadsIcon} from '../../icons/more-networks.js';
import {brand, query, type ShareTarget} from './share-target.js';

export {instagramContent} from './instagram.content.js';

/** The networks <pm-share> shows only when its `networks` names them: loaded then, and only then (`loadMoreTargets()`). */
export type MoreNetworkId = 'linkedin' | 'telegram' | 'threads' | 'reddit' | 'instagram';

export const MORE_TARGETS: Readonly<Record<MoreNetworkId, ShareTarget>> = {
  linkedin: {
    kind: 'link',
    ...brand('LinkedIn'),
    icon: linkedinIcon,
    // LinkedIn ignores any text: it reads the title and summary from the page.
    href: ({url}) => `https://www.linkedin.com/sharing/share-offsite/?${query({url})}`,
  },
  telegram: {
    kind: 'link',
    ...brand('Telegram'),
    icon: telegramIcon,
    href: ({text: words, url}) => `https://t.me/share/url?${query({url, text: words})}`,
  },
  threads: {
    kind: 'link',
    ...brand('Threads'),
    icon: threadsIcon,
    href: ({text: words, url}) => `https://www.threads.com/intent/post?${query({text: words, url})}`,
    // 500 characters; the link joins the post, so it is counted in full.
    limit: {max: 500, measure: 'code-points', link: 'counted'},
  },
  reddit: {
    kind: 'link',
    ...brand('Reddit'),
    icon: redditIcon,
    href: ({text: words, url}) => `https://www.reddit.com/submit?${query({url, title: words})}`,
    // The text is the post's title: 300 characters; the link has a field of its own.
    limit: {max: 300, measure: 'code-points', link: 'apart'},
  },
  instagram: {kind: 'instagram', ...brand('Instagram'), icon: instagramIcon},
};
