import {warnValue} from '../warn.js';

/** The longest address used: longer ones are refused before parsing, so a 2 MB value costs nothing downstream. */
export const MAX_URL_LENGTH = 4000;

/**
 * `value` as a normalised `http:`/`https:` address of at most
 * `MAX_URL_LENGTH` characters, or undefined for anything
 * else (`javascript:`, `data:`, `mailto:`, a typo). An address must be
 * absolute or a path on this site starting with `/`, resolved against the page;
 * with `anyRelative`, any relative address is (`manifesto.html`, `../shop/`).
 * On a server (no document) only absolute addresses are known.
 */
export function httpUrl(value: string | null | undefined, anyRelative = false): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return undefined;
  try {
    const url = new URL(trimmed, anyRelative || trimmed.startsWith('/') ? globalThis.document?.baseURI : undefined);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.href.length <= MAX_URL_LENGTH ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link to render for an `…-href` attribute: `value` when it is a web
 * address (http or https, absolute or relative to the page), else `fallback`
 * with one warning. Anything else (`javascript:`, `data:`, a typo) never
 * reaches an `href`.
 */
export function safeHref(value: string | undefined, fallback: string, attribute: string, tag: string): string {
  if (value === undefined || value === null) return fallback;
  const href = httpUrl(value, true);
  if (href !== undefined) return href;
  warnValue(tag, attribute, value, `is not an http(s) address (of at most ${MAX_URL_LENGTH} characters); linking to ${fallback} instead`);
  return fallback;
}
