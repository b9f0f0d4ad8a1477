import {warnOnce} from '../../warn.js';

/**
 * The link to render for an `…-href` attribute: `value` when it is a web
 * address (http or https, absolute or relative to the page), else `fallback`
 * with one warning. Anything else (`javascript:`, `data:`, a typo) never
 * reaches an `href`.
 */
export function safeHref(value: string | undefined, fallback: string, attribute: string, tag: string): string {
  if (value === undefined || value === null) return fallback;
  const trimmed = value.trim();
  if (trimmed !== '') {
    try {
      // Relative addresses resolve against the page; on a server (no document) only absolute ones are known.
      const url = new URL(trimmed, globalThis.document?.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not a URL at all: falls through to the warning.
    }
  }
  warnOnce(
    `href:${tag}:${attribute}:${value}`,
    `${attribute}="${value}" on <${tag}> is not an http(s) address; linking to ${fallback} instead.`,
  );
  return fallback;
}
