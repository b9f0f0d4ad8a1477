import {css} from 'lit';

/**
 * <pm-manifesto>'s layout and type. Every size is in `em` (the host's text
 * size carries through) or in container units; the layout follows the width
 * of the element, not of the window: one column when narrow, the vision and
 * mission side by side from 34em, and from 60em the statements beside the
 * story.
 */
export const manifestoStyles = css`
  /* The two tokens only the manifesto uses, beside the shared ones (base.styles.ts), with their themed palette. */
  :host {
    --_on-accent: var(--pm-on-accent, var(--_theme-on-accent, #ffffff));
    --_muted: var(--pm-muted, var(--_theme-muted, currentColor));
  }

  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    --_theme-on-accent: light-dark(#ffffff, #3b0025);
    --_theme-muted: light-dark(#4a4458, #cac4d0);
  }

  .manifesto {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 1.75);
    overflow-wrap: anywhere;
    hyphens: auto;
    /* The bars' colour. Unthemed and with no --pm-accent, it leans towards the host's text colour, so it shows on light and dark pages. */
    --_mark: var(--pm-accent, var(--_theme-accent, color-mix(in srgb, var(--_accent) 65%, currentColor)));
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }

  .title,
  .story-heading {
    font-family: var(--pm-heading-font, inherit);
    text-wrap: balance;
  }

  .title {
    font-size: clamp(1.75em, 1.3em + 2.5cqi, 2.75em);
    font-weight: 800;
    line-height: 1.1;
    letter-spacing: -0.01em;
  }

  .title::after {
    content: '';
    display: block;
    inline-size: 2.5em;
    margin-block-start: 0.3em;
    border-block-start: 0.12em solid var(--_mark);
    border-radius: 0.06em;
  }

  .statements {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    gap: calc(var(--_gap) * 1.25) calc(var(--_gap) * 2);
  }

  .statement {
    padding-inline-start: var(--_gap);
    border-inline-start: 0.25em solid var(--_mark);
  }

  .label {
    margin-block-end: 0.35em;
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .base[dir='rtl'] .label {
    letter-spacing: normal;
  }

  .statement-text {
    font-size: 1.125em;
    line-height: 1.45;
    text-wrap: pretty;
  }

  .story {
    display: grid;
    gap: 1em;
  }

  .story-heading {
    font-size: clamp(1.3em, 1.15em + 1cqi, 1.625em);
    font-weight: 750;
    line-height: 1.2;
  }

  .story p {
    max-inline-size: var(--pm-measure, 38em);
    text-wrap: pretty;
  }

  .story .call {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
  }

  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    max-inline-size: 100%;
    min-block-size: max(2.75em, 44px);
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 0.125em solid transparent;
    border-radius: var(--_radius);
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
    text-decoration: none;
  }

  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }

  .secondary {
    justify-content: flex-start;
    padding-inline: 0;
    border-inline-width: 0;
    color: inherit;
    text-align: start;
    text-wrap: balance;
  }

  /* Longhands, not \`text-decoration: underline\`: the CDN build's CSS minifier would merge that and the
     thickness into \`text-decoration: underline 0.08em\`, a shorthand WebKit (Safari) refuses whole, so
     these links lost their underline there. The line's style and colour come from .link's \`none\`. */
  .link:hover,
  .secondary {
    text-decoration-line: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
  }

  .secondary:hover {
    text-decoration-thickness: 0.15em;
  }

  @container (min-width: 34em) {
    .statements {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .statement-text {
      font-size: 1.1875em;
    }
  }

  @container (min-width: 60em) {
    .manifesto.full {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_gap) * 3.5);
      align-items: start;
    }

    .manifesto.full .title {
      grid-column: 1 / -1;
    }

    .manifesto.full .statements {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_gap) * 1.75);
    }

    .manifesto.full .story,
    .manifesto.full .actions {
      grid-column: 2;
    }

    .manifesto.full .story {
      grid-row: 2;
    }
  }

  @media (forced-colors: active) {
    .label {
      color: CanvasText;
    }

    .title::after,
    .statement {
      border-color: CanvasText;
    }

    .link {
      color: LinkText;
      background: Canvas;
    }

    .primary {
      border-color: LinkText;
    }
  }
`;
