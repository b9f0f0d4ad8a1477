// Written by scripts/icons.mjs from the icon packages (`npm run icons`). Do not edit by hand.
import type {Icon} from './icon.js';

/**
 * The icons <pm-share> draws, one export each, so a bundle carries only those it
 * imports. Sources (see NOTICE): simple-icons 16.37.0 (CC0-1.0) and bootstrap-icons
 * 1.13.2 (MIT), each rounded onto its own grid by scripts/icons.mjs. Brand
 * logos are never mirrored; `mirror` marks the one glyph that points along the reading direction.
 */

/** Facebook: simple-icons/icons/facebook.svg. */
export const facebookIcon: Icon = {size: 96, d: 'M36 95V63H27V48h9V42c0-16 8-24 24-24 1 0 4 0 6 0l4 1V32H68 65q-4 0-7 2a7 7 0 00-3 2q-1 3-1 7v5H70l-2 9-1 6H54V96A48 48 0 1036 95'};

/** X: simple-icons/icons/x.svg. */
export const xIcon: Icon = {size: 96, d: 'M57 41 92 0H84L53 35 29 0H1L38 53 1 96H9L41 59 67 96H95zM46 54l-4-5L12 6H25L49 40l4 6L84 90H71z'};

/** WhatsApp: simple-icons/icons/whatsapp.svg. */
export const whatsappIcon: Icon = {size: 128, d: 'M93 77 82 72c-1-1-2-1-3 0-1 2-4 6-5 7s-2 1-4 0c-1-1-6-2-12-8A48 48 0 0149 60c-1-1 0-2 1-3l2-3q1-1 1-2 1-2 0-3L48 37c-1-3-2-3-3-3H42c-1 0-3 1-4 2-2 2-6 5-6 13s6 16 7 17c0 1 11 17 27 24q5 2 9 3a22 22 0 0010 0c3 0 9-3 10-7 2-4 2-7 1-8t-3-1M64 116a53 53 0 01-27-7l-2-1-19 5 5-19-1-2A53 53 0 0112 64a53 53 0 0190-38 52 52 0 0115 38c0 29-24 52-53 52m45-97A63 63 0 0064 0 64 64 0 009 95L0 128l34-9a63 63 0 0030 8c35 0 64-29 64-63A63 63 0 00109 19'};

/** Telegram: simple-icons/icons/telegram.svg. */
export const telegramIcon: Icon = {size: 32, d: 'M16 0A16 16 0 000 16 16 16 0 0016 32 16 16 0 0032 16 16 16 0 0016 0m7 10v1c0 2-1 9-1 11q-1 2-1 2c-1 0-2-1-3-1l-4-3c-1-1 0-1 1-2 0 0 4-4 4-4V13t-7 5a3 3 0 01-2 0q-1 0-2 0-2-1-2-1 0-1 1-1l10-4c4-2 5-2 6-2'};

/** Bluesky: simple-icons/icons/bluesky.svg. */
export const blueskyIcon: Icon = {size: 32, d: 'M7 4c4 3 8 8 9 11 1-3 5-8 9-11 3-2 7-4 7 1 0 1-1 8-1 10-1 4-5 5-9 4 7 1 8 5 5 9-7 6-10-2-11-4V23c-1 3-4 11-11 4-3-3-2-7 5-8-4 1-8 0-9-4C1 13 0 6 0 5 0 0 4 2 7 4'};

/** Threads: simple-icons/icons/threads.svg. */
export const threadsIcon: Icon = {size: 96, d: 'M73 44c0-14-8-22-20-22-9 0-16 4-20 10l8 6c3-4 5-6 11-6q9 0 10 9a60 60 0 00-9 0c-16 0-24 7-24 17s8 16 19 16c13 0 20-8 23-19 3 2 6 5 6 10 0 13-16 21-29 21-20 0-33-13-33-34 0-25 17-42 40-42 15 0 23 7 28 16l8-6C86 8 73 0 55 0 25 0 5 21 5 52A42 42 0 0048 96c20 0 39-11 39-31 0-10-6-17-14-21M48 64c-5 0-8-2-8-6 0-6 7-8 14-8q4 0 8 1c-2 8-7 13-14 13'};

/** Mastodon: simple-icons/icons/mastodon.svg. */
export const mastodonIcon: Icon = {size: 64, d: 'M62 14C61 7 55 2 48 1c-1 0-6-1-16-1C21 0 19 1 17 1 10 2 4 7 2 14A44 44 0 002 24q0 8 1 15A69 69 0 004 49c2 6 7 11 13 13a36 36 0 0022 1c1-1 3-1 4-2V55A54 54 0 0131 57c-7 0-9-4-10-5a15 15 0 01-1-4 1 1 0 010 0q6 2 13 2h3q6-1 12-2h1c6-1 12-5 13-15V29c0-1 0-10 0-15M52 39H45V22q0-5-4-5-5 0-5 6v9H29V23q0-6-5-6-4 0-4 5V39H13V22q0-6 3-9 2-3 7-3t8 4l2 3 1-3q3-4 8-4t7 3q3 3 3 9z'};

/** Reddit: simple-icons/icons/reddit.svg. */
export const redditIcon: Icon = {size: 128, d: 'M64 0A64 64 0 0019 109L7 121a4 4 0 002 7H64A64 64 0 0064 0M87 17A11 11 0 1177 30c-6 1-11 6-11 13q15 1 25 7a15 15 0 0124 12 15 15 0 01-8 13c-1 18-20 32-43 32S22 93 21 75A15 15 0 1137 50a51 51 0 0125-7c0-9 6-16 15-17 1-5 5-9 10-9M44 62c-4 0-7 4-8 9 0 6 4 8 8 8s7-2 7-7c1-6-3-10-7-10m40 0c-4 0-8 4-7 10 0 5 3 7 7 7s8-2 8-8c0-5-4-9-8-9M64 83q-8 0-15 1s-1 1-1 1a17 17 0 0032 0s0-1-1-1A148 148 0 0064 83'};

/** Instagram: simple-icons/icons/instagram.svg. */
export const instagramIcon: Icon = {size: 128, d: 'M38 0C31 1 26 2 22 3A31 31 0 0011 11 31 31 0 003 22 47 47 0 000 38c0 7 0 9 0 26C0 82 0 84 0 91c1 6 2 11 3 15a33 33 0 0019 19 47 47 0 0016 3c7 0 9 0 26 0s20 0 27 0c6-1 11-2 15-3q6-3 11-8t8-11c1-4 2-9 3-16 0-7 0-9 0-26a455 455 0 000-27 47 47 0 00-3-15 31 31 0 00-8-11A31 31 0 00106 3c-4-1-9-2-16-3-7 0-9 0-26 0C46 0 44 0 37 0m1 116c-6 0-9-1-12-2a20 20 0 01-7-5 20 20 0 01-5-7c-1-2-2-6-2-12 0-7 0-9-1-26 0-17 0-19 1-26 0-6 1-9 2-12A21 21 0 0126 14c2-1 6-2 12-2 7 0 9 0 26 0s19 0 26 0c6 0 9 1 12 2q4 2 7 5c2 2 4 4 5 7 1 2 2 6 2 12 0 7 0 9 0 26s0 19 0 26c0 6-1 9-2 12a21 21 0 01-5 7 20 20 0 01-7 5c-2 1-6 2-12 2-7 0-9 0-26 0-17 1-19 0-26 0M90 30a8 8 0 108-8 8 8 0 00-8 8M31 64a33 33 0 1066 0A33 33 0 0031 64m12 0A21 21 0 1164 85 21 21 0 0143 64'};

/** LinkedIn (simple-icons dropped LinkedIn in v14 at Microsoft’s request): bootstrap-icons/icons/linkedin.svg. */
export const linkedinIcon: Icon = {size: 32, d: 'M0 2Q0 0 2 0H30c1 0 2 1 2 2V30q0 2-2 2H2q-2 0-2-2zM10 27V12H5V27zM8 10q2 0 2-2T7 5C5 5 5 6 5 8q0 2 2 2M17 27V19q0-1 1-2s1-1 2-1q3 0 2 3v8h5V18c0-4-2-6-5-6a5 5 0 00-5 2V12H13V27z'};

/** The device’s own share menu: bootstrap-icons/icons/share.svg. */
export const shareIcon: Icon = {size: 128, d: 'M108 8a12 12 0 100 24 12 12 0 000-24M88 20a20 20 0 115 13L39 58a20 20 0 010 12L93 95a20 20 0 11-4 7L35 77a20 20 0 110-26L89 26a20 20 0 01-1-6M20 52a12 12 0 100 24 12 12 0 000-24m88 44a12 12 0 100 24 12 12 0 000-24', mirror: true};

/** Copy link: bootstrap-icons/icons/link-45deg.svg. */
export const linkIcon: Icon = {size: 128, d: 'M38 52 27 63A24 24 0 1061 97L75 83A24 24 0 0069 44l-5 5-1 1a16 16 0 017 27L55 92A16 16 0 1132 69l7-6A32 32 0 0138 52M53 37a24 24 0 006 39l7-6A16 16 0 0158 43L73 28A16 16 0 1196 51l-7 6q2 5 1 11l11-11A24 24 0 1067 23z'};

/** Email: bootstrap-icons/icons/envelope.svg. */
export const emailIcon: Icon = {size: 64, d: 'M0 16A8 8 0 018 8H56a8 8 0 018 8V48a8 8 0 01-8 8H8A8 8 0 010 48zm8-4A4 4 0 004 16v1L32 34 60 17V16a4 4 0 00-4-4zM60 22 41 33 60 44zm0 27L37 35l-5 3-5-3L4 49a4 4 0 004 3H56a4 4 0 004-3M4 44 23 33 4 22z'};
