// Written by scripts/icons.mjs from the icon packages (`npm run icons`). Do not edit by hand.
import type {ValueId} from '../elements/pm-values/pm-values.content.js';
import type {Icon} from './icon.js';

/**
 * One icon per campaign value, from bootstrap-icons 1.13.2 (MIT; see NOTICE),
 * rounded onto its own grid by scripts/icons.mjs. They are decoration: the value's name beside
 * each icon is what a reader and a screen reader get.
 */
export const valueIcons: Record<ValueId, Icon> = {
  /** a columned building, for a court of law: bootstrap-icons/icons/bank2.svg. */
  justice: {size: 128, d: 'M66 1h-4L2 41a4 4 0 0 0 2 7h15v56h-7a4 4 0 0 0 0 8h104a4 4 0 1 0 0-8h-7V48h15a4 4 0 0 0 2-7zm33 47v56H89V48zm-20 0v56H69V48zm-20 0v56H49V48zm-20 0v56H29V48zm25-16a8 8 0 1 1 0-16 8 8 0 0 1 0 16M4 120a4 4 0 0 0 0 8h120a4 4 0 1 0 0-8z'},
  /** two people side by side: bootstrap-icons/icons/people-fill.svg. */
  equality: {size: 32, d: 'M14 28s-2 0-2-2 2-8 10-8 10 6 10 8-2 2-2 2zm8-12a6 6 0 1 0 0-12 6 6 0 0 0 0 12M10 28v-2q0-4 4-7l-4-1c-8 0-10 6-10 8s2 2 2 2zM9 16A5 5 0 1 0 9 6a5 5 0 0 0 0 10'},
  /** a heart: bootstrap-icons/icons/heart-fill.svg. */
  humanity: {size: 48, d: 'M24 4c13-14 47 10 0 41-47-31-13-55 0-41'},
  /** two links of a chain, bound together: bootstrap-icons/icons/link.svg. */
  solidarity: {size: 64, d: 'M25 22h-9a12 12 0 0 0 0 24h12a12 12 0 0 0 11-16h-4a8 8 0 0 1-7 12H16a8 8 0 1 1 0-16h6zm11 0a12 12 0 0 0-11 16h4a8 8 0 0 1 7-12h12a8 8 0 1 1 0 16h-6l-3 4h9a12 12 0 1 0 0-24z'},
  /** a light bulb: bootstrap-icons/icons/lightbulb-fill.svg. */
  creativity: {size: 32, d: 'M4 12a12 12 0 1 1 20 9l-1 1-1 3-1 1H11l-1-1-1-3-1-1a12 12 0 0 1-4-9m6 17 1-1h10a1 1 0 0 1 0 2v1l-2 1h-6l-2-1v-1z'},
  /** a checked list, for answering for what was done: bootstrap-icons/icons/clipboard-check-fill.svg. */
  accountability: {size: 32, d: 'm13 0-3 3v2l3 3h6l3-3V3l-3-3zm6 2 1 1v2l-1 1h-6l-1-1V3l1-1zM8 3H6a4 4 0 0 0-4 4v21a4 4 0 0 0 4 4h20a4 4 0 0 0 4-4V7a4 4 0 0 0-4-4h-2v2a5 5 0 0 1-5 5h-6a5 5 0 0 1-5-5zm14 15-6 6a1 1 0 0 1-2 0l-3-3a1 1 0 0 1 2-2l2 3 5-6a1 1 0 0 1 2 2'},
};
