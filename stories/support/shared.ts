import type {Decorator} from '@storybook/web-components-vite';
import {html} from 'lit';

/**
 * A partner's brand made only of the documented custom properties: no
 * `::part()`, no other CSS. Contrast on the surface: text 13.0:1, accent 6.9:1,
 * muted 7.3:1, border 5.0:1; white on the accent 7.8:1.
 */
export const partnerBrand: Decorator = (story) =>
  html`<style>
      .partner-brand {
        --pm-accent: #0b5d4b;
        --pm-on-accent: #ffffff;
        --pm-text: #1f2a30;
        --pm-surface: #f4f1ea;
        --pm-muted: #43524c;
        --pm-border: #5c6b66;
        --pm-focus-color: #0b5d4b;
        --pm-radius: 1.25em;
        --pm-gap: 1.5em;
      }
    </style>
    <div class="partner-brand">${story()}</div>`;

/** A 320 px column, as in a sidebar or on a phone held upright (the column's CSS is in .storybook/preview.css). */
export const narrowColumn: Decorator = (story) => html`<div class="column-320">${story()}</div>`;


/** The control of `heading-level`, which every element but <pm-share> has. */
export const HEADING_LEVEL = {control: 'select', options: [1, 2, 3, 4, 5, 6]} as const;
