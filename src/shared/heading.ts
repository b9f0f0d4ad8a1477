import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {warnValue} from '../warn.js';
import {type PropertyConverter, readText} from './read-value.js';

/** The heading level an element uses when `heading-level` is not set. */
export const DEFAULT_HEADING_LEVEL = 2;

function levelFromText(value: string | null | undefined): number {
  return value === null || value === undefined ? DEFAULT_HEADING_LEVEL : value.trim() === '' ? Number.NaN : Number(value);
}

/**
 * Reads `heading-level`: a number, or NaN for text that is not one (an empty
 * attribute included); removing the attribute restores the default. Set as a
 * property, a number stays as it is, text (`'3'`) is read as the attribute is,
 * and `null` restores the default.
 */
export const headingLevelConverter: PropertyConverter & {fromAttribute: typeof levelFromText; toAttribute: (value: number) => string} = {
  fromAttribute: levelFromText,
  toAttribute: (value: number): string => String(value),
  fromProperty: (value, name, tag) => (typeof value === 'number' ? value : levelFromText(readText(value, name, tag))),
};

/**
 * The heading level (1–6) to render for `value`. Anything else prints one
 * warning per element and value and falls back safely: a number out of range
 * is clamped, a fraction rounded, and something that is not a number gives
 * the default. `written` is the attribute's text, for the warning.
 */
export function resolveHeadingLevel(value: number, tag: string, written: string | null = null): number {
  const shown = Number.isNaN(value) && written !== null ? written : String(value);
  if (!Number.isFinite(value)) {
    warnValue(tag, 'heading-level', shown, `is not a number from 1 to 6; using ${DEFAULT_HEADING_LEVEL}`);
    return DEFAULT_HEADING_LEVEL;
  }
  const level = Math.min(6, Math.max(1, Math.round(value)));
  if (level !== value) {
    warnValue(tag, 'heading-level', shown, `is not a whole number from 1 to 6; using ${level}`);
  }
  return level;
}

/** The level below `level`, for sub-headings; HTML has no h7, so 6 stays 6. */
export function subLevel(level: number): number {
  return Math.min(6, level + 1);
}

/**
 * An `<h1>`…`<h6>` of `level` (already resolved) with the given id, part and
 * class. One template per level: Lit binds no tag names, and a real heading
 * element is what every reader and outline tool understands.
 */
export function heading(
  level: number,
  content: unknown,
  {id, part, className}: {id?: string; part: string; className: string},
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part=${part} class=${className}>${content}</h1>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${part} class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} part=${part} class=${className}>${content}</h6>`;
    default:
      return html`<h2 id=${ifDefined(id)} part=${part} class=${className}>${content}</h2>`;
  }
}
