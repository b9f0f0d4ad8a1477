import {msg, str} from '../../i18n/localization.js';

/**
 * Every string <pm-share> shows or announces. Network names (Facebook,
 * WhatsApp, …) are brand names and stay as they are; what only Instagram needs
 * is in instagram.content.ts (it loads with Instagram); everything else is here.
 * Call while rendering, or inside the element's locale for announcements.
 */
export const shareContent = {
  heading: () =>
    msg('Share this', {id: 'share.heading', desc: 'Heading and accessible name of the group of share buttons.'}),
  shareOn: (network: string) =>
    msg(str`Share on ${network}`, {
      id: 'share.on',
      desc: 'Accessible name of a share button. The placeholder is a network’s brand name, such as Facebook or WhatsApp.',
    }),
  email: () => msg('Email', {id: 'share.email', desc: 'Visible label of the button that shares by email.'}),
  emailName: () =>
    msg('Share by email', {id: 'share.email.name', desc: 'Accessible name of the button that shares by email.'}),
  native: () =>
    msg('Share…', {id: 'share.native', desc: 'Visible label of the button that opens the device’s own share menu.'}),
  nativeName: () =>
    msg('Share with an app on this device', {
      id: 'share.native.name',
      desc: 'Accessible name of the button that opens the device’s own share menu (phone or computer).',
    }),
  copy: () => msg('Copy link', {id: 'share.copy', desc: 'Button that copies the link to the page.'}),
  copied: () =>
    msg('Link copied', {id: 'share.copied', desc: 'Announced after the link was copied to the clipboard.'}),
  copyFailed: () =>
    msg('The link could not be copied automatically. It is selected below: copy it by hand.', {
      id: 'share.copy.failed',
      desc: 'Shown when the browser refuses to copy. A text field below holds the link, already selected.',
    }),
  copyField: () =>
    msg('Link to share', {id: 'share.copy.field', desc: 'Label of the read-only text field that holds the link.'}),
  newTab: () =>
    msg('(opens in a new tab)', {
      id: 'share.new-tab',
      desc: 'Read by screen readers after the name of a link that opens in a new browser tab.',
    }),
};
