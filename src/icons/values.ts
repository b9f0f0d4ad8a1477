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
  justice: {size: 128, d: 'M66 1A4 4 0 0062 1L2 41a4 4 0 002 7H19v56H12a4 4 0 000 8H116a4 4 0 100-8h-7V48h15a4 4 0 002-7zM99 48v56H89V48zM79 48v56H69V48zM59 48v56H49V48zM39 48v56H29V48zM64 32a8 8 0 110-16 8 8 0 010 16M4 120a4 4 0 000 8H124a4 4 0 100-8z'},
  /** two people side by side: bootstrap-icons/icons/people-fill.svg. */
  equality: {size: 32, d: 'M14 28s-2 0-2-2 2-8 10-8 10 6 10 8-2 2-2 2zm8-12A6 6 0 1022 4a6 6 0 000 12M10 28a5 5 0 010-2c0-3 1-5 4-7a13 13 0 00-4-1C2 18 0 24 0 26s2 2 2 2zM9 16A5 5 0 109 6 5 5 0 009 16'},
  /** a heart: bootstrap-icons/icons/heart-fill.svg. */
  humanity: {size: 48, d: 'M24 4c13-14 47 10 0 41-47-31-13-55 0-41'},
  /** two links of a chain, bound together: bootstrap-icons/icons/link.svg. */
  solidarity: {size: 64, d: 'M25 22H16a12 12 0 000 24H28A12 12 0 0039 30H36 35A8 8 0 0128 42H16a8 8 0 110-16h6a16 16 0 013-4m11 0A12 12 0 0025 38h4a8 8 0 017-12H48a8 8 0 110 16H42a16 16 0 01-3 4h9a12 12 0 100-24z'},
  /** a light bulb: bootstrap-icons/icons/lightbulb-fill.svg. */
  creativity: {size: 32, d: 'M4 12a12 12 0 1120 9t-1 1l-1 3a1 1 0 01-1 1H11a1 1 0 01-1-1L9 22 8 21A12 12 0 014 12m6 17a1 1 0 011-1H21a1 1 0 010 2v1a2 2 0 01-2 1H13a2 2 0 01-2-1V30a1 1 0 01-1-1'},
  /** a checked list, for answering for what was done: bootstrap-icons/icons/clipboard-check-fill.svg. */
  accountability: {size: 32, d: 'M13 0A3 3 0 0010 3V5a3 3 0 003 3h6a3 3 0 003-3V3A3 3 0 0019 0zm6 2a1 1 0 011 1V5A1 1 0 0119 6H13A1 1 0 0112 5V3a1 1 0 011-1zM8 3H6A4 4 0 002 7V28a4 4 0 004 4H26a4 4 0 004-4V7A4 4 0 0026 3H24V5a5 5 0 01-5 5H13A5 5 0 018 5zM22 18l-6 6a1 1 0 01-2 0l-3-3a1 1 0 012-2l2 3 5-6a1 1 0 012 2'},
};
