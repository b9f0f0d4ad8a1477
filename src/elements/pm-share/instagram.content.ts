import {msg} from '../../i18n/localization.js';

/** What <pm-share> says only after its Instagram control was used: loaded with Instagram (more-targets.ts). */
export const instagramContent = {
  hint: () =>
    msg('Link copied. Paste it into an Instagram story or post.', {
      id: 'share.instagram.hint',
      desc: 'Announced after the Instagram button copied the link, because Instagram cannot be shared to from a web page.',
    }),
  profile: () =>
    msg('Visit the campaign on Instagram', {
      id: 'share.instagram.profile',
      desc: 'Link to the campaign’s own Instagram profile.',
    }),
};
