import {css} from 'lit';

/**
 * <pm-values>'s three layouts. The grid follows the element's width in whole
 * rows of six (1, 2, 3 or 6 columns); the list is one value a line; inline is
 * a wrapping line of words. Sizes in `em`, layout by container queries.
 */
export const valuesStyles = css`
  .values {
    display: grid;
    gap: var(--_gap);
    overflow-wrap: anywhere;
    /* Unthemed and with no --pm-accent, the icons lean towards the host's text colour, so they show on light and dark pages. */
    --_icon: var(--pm-icon-color, var(--pm-accent, var(--_theme-accent, color-mix(in srgb, var(--_accent) 65%, currentColor))));
    --_rule: color-mix(in srgb, var(--_border) 60%, transparent);
    --_tint: color-mix(in srgb, var(--_icon) 8%, transparent);
  }

  .heading {
    margin: 0;
    font-family: var(--pm-heading-font, inherit);
    font-size: clamp(1.3em, 1.15em + 1cqi, 1.625em);
    font-weight: 750;
    line-height: 1.2;
    text-wrap: balance;
  }

  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .value {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-inline-size: 0;
  }

  .icon {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 3em;
    block-size: 3em;
    border-radius: 50%;
    color: var(--_icon);
    background: color-mix(in srgb, var(--_icon) 12%, transparent);
  }

  .icon svg {
    inline-size: 1.5em;
    block-size: 1.5em;
  }

  .name {
    min-inline-size: 0;
    font-weight: 700;
    line-height: 1.25;
    hyphens: auto;
  }

  /* grid */

  .layout-grid .items {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  .layout-grid .value {
    padding: 0.625em 0.75em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_tint);
  }

  .layout-grid .icon {
    background: var(--_tint);
  }

  @container (min-width: 28em) {
    .layout-grid .items {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 44em) {
    .layout-grid .items {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @container (min-width: 68em) {
    .layout-grid .items {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }

    .layout-grid .value {
      flex-direction: column;
      align-items: flex-start;
      padding: 1em;
    }
  }

  /* list */

  .layout-list .value {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_rule);
  }

  .layout-list .value:last-child {
    border-block-end: 0;
  }

  /* inline */

  .layout-inline .items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }

  .layout-inline .value {
    gap: 0.4em;
  }

  .layout-inline .icon {
    inline-size: auto;
    block-size: auto;
    background: none;
  }

  .layout-inline .icon svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
      background: transparent;
    }

    .layout-grid .value,
    .layout-list .value {
      border-color: CanvasText;
    }
  }
`;
