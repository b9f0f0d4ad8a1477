import {css} from 'lit';

/**
 * The sheet every element starts from: the theme tokens, the inner root, the
 * language picker, focus, forced colours and reduced motion.
 *
 * Public tokens (`--pm-*`) are what partners set. Each has a fallback: with no
 * `theme`, text and background come from the host page (so the widget looks
 * at home); `theme="light|dark|auto"` supplies a complete, AA-contrast palette.
 * Sizes are in `em`, so the host's text size carries through and a host
 * `html { font-size: 62.5% }` changes nothing.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--pm-accent, var(--_theme-accent, #8a1c5a));
    --_border: var(--pm-border, var(--_theme-border, color-mix(in srgb, currentColor 35%, transparent)));
    --_radius: var(--pm-radius, 0.5em);
    --_gap: var(--pm-gap, 1em);
    --_focus: var(--pm-focus-color, var(--_theme-focus, currentColor));
  }

  :host([hidden]) {
    display: none !important;
  }

  /* One palette: light-dark() picks by the host's color-scheme, which the theme sets. */
  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    --_theme-text: light-dark(#1d1b20, #ece6f0);
    --_theme-surface: light-dark(#ffffff, #1d1b20);
    --_theme-accent: light-dark(#8a1c5a, #ffb0d5);
    --_theme-border: light-dark(#79747e, #938f99);
    --_theme-focus: light-dark(#8a1c5a, #ffb0d5);
  }

  .base {
    box-sizing: border-box;
    color: var(--pm-text, var(--_theme-text));
    background: var(--pm-surface, var(--_theme-surface));
    border-radius: var(--_radius);
    font: inherit;
    line-height: var(--pm-line-height, 1.5);
    overflow-wrap: break-word;
  }

  :host([theme]) .base {
    padding: var(--_gap);
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }

  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: var(--_gap);
    font-size: 0.875em;
  }

  .picker select {
    font: inherit;
    color: inherit;
    background: transparent;
    min-block-size: max(2.75em, 44px);
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }

  .picker select option {
    color: #1d1b20;
    background: #ffffff;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .base {
      color: CanvasText;
      background: Canvas;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
