// Written by scripts/icons.mjs from the icon packages (`npm run icons`). Do not edit by hand.
import type {Icon} from './icon.js';

/**
 * The icons of the networks <pm-share> shows only when named (they load with them), one export each.
 * Sources (see NOTICE): simple-icons 16.37.0 (CC0-1.0) and bootstrap-icons
 * 1.13.2 (MIT), each rounded onto its own grid by scripts/icons.mjs. Brand
 * logos are never mirrored; `mirror` marks the one glyph that points along the reading direction.
 */

/** Telegram: simple-icons/icons/telegram.svg. */
export const telegramIcon: Icon = {size: 32, d: 'M16 0A16 16 0 0 0 0 16a16 16 0 0 0 16 16 16 16 0 0 0 16-16A16 16 0 0 0 16 0m7 10v1l-1 11-1 2-3-1-4-3q-1-1 1-2l4-4v-1l-7 5H8l-2-1 1-1 10-4z'};

/** Threads: simple-icons/icons/threads.svg. */
export const threadsIcon: Icon = {size: 96, d: 'M73 44q-1-21-20-22-14 1-20 10l8 6q3-6 11-6 9 0 10 9h-9q-24 1-24 17c0 16 8 16 19 16 13 0 20-9 23-19q5 2 6 10c0 13-16 21-29 21q-31-1-33-34c0-25 17-42 40-42q22 1 28 16l8-6Q83 1 55 0C25 0 5 21 5 52c0 28 19 44 43 44 20 0 39-11 39-31q-1-15-14-21M48 64q-8 0-8-6 2-8 14-8l8 1q-3 13-14 13'};

/** Reddit: simple-icons/icons/reddit.svg. */
export const redditIcon: Icon = {size: 128, d: 'M64 0C29 0 0 29 0 64q1 28 19 45L7 121q-3 6 2 7h55c35 0 64-29 64-64S99 0 64 0m23 17q10 1 11 11-1 10-11 10-8 0-10-8-10 2-11 13 15 1 25 7l9-3q14 2 15 15 0 10-8 13c-1 18-20 32-43 32S22 93 21 75q-8-3-8-13 1-13 15-15l9 3q10-6 25-7 1-15 15-17 2-8 10-9M44 62q-6 1-8 9 1 9 8 8 7 0 7-7 0-9-7-10m40 0q-7 1-7 10 1 7 7 7 7 1 8-8-1-8-8-9M64 83l-15 1-1 1a17 17 0 0 0 32 0l-1-1z'};

/** Instagram: simple-icons/icons/instagram.svg. */
export const instagramIcon: Icon = {size: 128, d: 'M37 0 22 3q-6 3-11 8T3 22L0 38v53l3 15q3 6 8 11 5 6 11 8l16 3h53l15-3q6-2 11-8 6-5 8-11l3-16V37l-3-15q-2-6-8-11-5-5-11-8L90 0zm1 116-12-2-7-5-5-7-2-12V38l2-12 5-7 7-5 12-2h52l12 2 7 5 5 7 2 12v52l-2 12-5 7-7 5-12 2zm52-86a8 8 0 1 0 8-8 8 8 0 0 0-8 8M31 64c0 18 15 33 33 33s33-15 33-33-15-33-33-33-33 15-33 33m12 0a21 21 0 1 1 21 21 21 21 0 0 1-21-21'};

/** LinkedIn (simple-icons dropped LinkedIn in v14 at Microsoft’s request): bootstrap-icons/icons/linkedin.svg. */
export const linkedinIcon: Icon = {size: 32, d: 'm0 2 2-2h28l2 2v28l-2 2H2l-2-2zm10 25V12H5v15zM7 10q3 0 3-2 0-3-2-3-3 0-3 3zm10 17v-9l3-2q3 0 2 3v8h5v-8q0-7-5-7-4 0-5 2v-2h-4v15z'};
