import {css} from 'lit';

/**
 * <pm-share>: a wrapping row of controls, each at least 44 × 44 CSS px, laid
 * out with logical properties so right-to-left mirrors the order for free.
 * Icons take the text colour; in `variant="icons"` the name shows as a
 * tooltip on hover and keyboard focus (Escape hides it).
 */
export const shareStyles = css`
  .label {
    display: block;
    margin-block-end: 0.5em;
    font-weight: 600;
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .control {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    /* 2.75em is 44 px at 16 px text; the floor keeps 44 px where the host's text is smaller. */
    min-block-size: max(2.75em, 44px);
    min-inline-size: max(2.75em, 44px);
    margin: 0;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    font: inherit;
    line-height: 1.2;
    color: inherit;
    text-decoration: none;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .control:hover {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .icons .control {
    padding: 0;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .base[dir='rtl'] .mirror {
    transform: scaleX(-1);
  }

  .tip {
    position: absolute;
    z-index: 1;
    inset-block-end: calc(100% + 0.5em);
    inset-inline: -20em;
    margin-inline: auto;
    inline-size: max-content;
    max-inline-size: 14em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    font-size: 0.875em;
    line-height: 1.3;
    text-align: center;
    color: #ffffff;
    background: #1d1b20;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    /* Out of layout until shown, so a hidden tip never widens a narrow column. */
    display: none;
  }

  .control:hover .tip,
  .control:focus-visible .tip {
    display: block;
  }

  .tips-dismissed .tip {
    display: none !important;
  }

  .status {
    margin-block: 0.5em 0;
    margin-inline: 0;
    font-size: 0.875em;
  }

  .status:empty {
    margin: 0;
  }

  .manual {
    display: grid;
    gap: 0.25em;
    margin-block-start: 0.5em;
  }

  .manual input {
    inline-size: 100%;
    min-block-size: max(2.75em, 44px);
    padding-inline: 0.5em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }

  .profile {
    margin-block: 0.5em 0;
    margin-inline: 0;
  }

  .profile a {
    display: inline-flex;
    align-items: center;
    min-block-size: max(2.75em, 44px);
    color: inherit;
  }

  /* On a narrow column, labelled controls share each row evenly. */
  @container (inline-size < 28em) {
    .labels .item {
      flex: 1 1 8em;
    }
    .labels .control {
      inline-size: 100%;
      justify-content: flex-start;
    }
  }

  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
    .tip {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
