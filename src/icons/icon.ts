import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

/** One icon: a single path filled with `currentColor`, drawn on a square grid. */
export interface Icon {
  /** Side of the square the path is drawn on (its viewBox). */
  readonly size: number;
  readonly d: string;
  /** Flipped horizontally in right-to-left text. */
  readonly mirror?: true;
}

/** An icon as inline SVG: decoration, hidden from assistive technology. */
export function renderIcon({size, d}: Icon, className?: string, part?: string): TemplateResult {
  return html`<svg class=${ifDefined(className)} part=${ifDefined(part)} viewBox="0 0 ${size} ${size}" fill="currentColor" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;
}
