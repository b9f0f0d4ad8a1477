// Written by scripts/icons.mjs from the icon packages (`npm run icons`). Do not edit by hand.
import type {Icon} from './icon.js';

/**
 * The icons of the networks <pm-share> shows by default, one export each.
 * Sources (see NOTICE): simple-icons 16.37.0 (CC0-1.0) and bootstrap-icons
 * 1.13.2 (MIT), each rounded onto its own grid by scripts/icons.mjs. Brand
 * logos are never mirrored; `mirror` marks the one glyph that points along the reading direction.
 */

/** Facebook: simple-icons/icons/facebook.svg. */
export const facebookIcon: Icon = {size: 96, d: 'M36 95V63h-9V48h9v-6q0-24 24-24h6l4 1v13h-5l-7 1-3 3-1 7v5h15l-1 9-1 6H54v33c24-3 42-23 42-48a48 48 0 0 0-96 0c0 23 15 42 36 47'};

/** X: simple-icons/icons/x.svg. */
export const xIcon: Icon = {size: 96, d: 'M57 41 92 0h-8L53 35 29 0H1l37 53L1 96h8l32-37 26 37h28zM46 54l-4-5L12 6h13l24 34 4 6 31 44H71z'};

/** WhatsApp: simple-icons/icons/whatsapp.svg. */
export const whatsappIcon: Icon = {size: 128, d: 'm93 77-11-5h-3l-5 7h-4l-12-8-9-11v-3l3-3 1-3v-2l-5-12q-1-4-3-3h-3l-4 2q-4 3-6 13c0 8 6 16 7 17 0 1 11 17 27 24l9 3 10 1c3-1 9-4 10-8q3-6 1-7 0-2-3-2m-29 39a53 53 0 0 1-27-7l-2-1-19 5 5-20-1-2a53 53 0 0 1-8-28c0-29 23-52 52-52q22 0 38 15a52 52 0 0 1 15 37c0 30-24 53-53 53m45-97A63 63 0 0 0 64 0C29 0 1 28 1 63q0 18 8 32l-9 33 34-9a63 63 0 0 0 30 8c35 0 64-29 64-64a63 63 0 0 0-19-44'};

/** Bluesky: simple-icons/icons/bluesky.svg. */
export const blueskyIcon: Icon = {size: 32, d: 'M7 4q7 6 9 11 2-5 9-11 6-5 7 1l-1 10q-2 6-9 4 10 3 5 8c-7 7-10-1-11-4-1 3-4 11-11 4q-5-5 5-8-7 2-9-4L0 5q1-6 7-1'};

/** Mastodon: simple-icons/icons/mastodon.svg. */
export const mastodonIcon: Icon = {size: 64, d: 'M62 14Q60 3 48 1L32 0h-1L17 1Q6 3 2 14v25l2 10q4 10 13 13 10 4 20 1h2l5-2v-6h-1l-12 2q-9-1-10-5l-1-4 13 2h3l12-2h1q10-1 13-15zM52 39h-7V22q0-5-4-5-5 0-5 6v9h-7v-9q0-6-5-6-4 0-4 5v17h-7V22q0-6 3-9 2-3 7-3 5 1 8 4l1 3 2-3q3-3 8-4 5 0 7 3 3 3 3 9z'};

/** The device’s own share menu: bootstrap-icons/icons/share.svg. */
export const shareIcon: Icon = {size: 128, d: 'M108 8a12 12 0 1 0 0 24 12 12 0 0 0 0-24M88 20a20 20 0 1 1 5 13L39 58v12l54 25a20 20 0 1 1-4 7L35 77a20 20 0 1 1 0-26l54-25zM20 52a12 12 0 1 0 0 24 12 12 0 0 0 0-24m88 44a12 12 0 1 0 0 24 12 12 0 0 0 0-24', mirror: true};

/** Copy link: bootstrap-icons/icons/link-45deg.svg. */
export const linkIcon: Icon = {size: 128, d: 'M38 52 27 63a24 24 0 1 0 34 34l14-14a24 24 0 0 0-6-39l-5 5-1 1a16 16 0 0 1 7 27L55 92a16 16 0 1 1-23-23l7-6zm15-15a24 24 0 0 0 6 39l7-6a16 16 0 0 1-8-27l15-15a16 16 0 1 1 23 23l-7 6 1 11 11-11a24 24 0 1 0-34-34z'};

/** Email: bootstrap-icons/icons/envelope.svg. */
export const emailIcon: Icon = {size: 64, d: 'M0 16a8 8 0 0 1 8-8h48a8 8 0 0 1 8 8v32a8 8 0 0 1-8 8H8a8 8 0 0 1-8-8zm8-4a4 4 0 0 0-4 4v1l28 17 28-17v-1a4 4 0 0 0-4-4zm52 10L41 33l19 11zm0 27L37 35l-5 3-5-3L4 49l4 3h48zM4 44l19-11L4 22z'};
