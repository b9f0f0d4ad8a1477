import {httpUrl} from '../../shared/web-url.js';

/**
 * The URL-safety checks of <pm-share> (what may be shared is an `httpUrl`):
 * where the page's own address comes from, and which Mastodon servers may be
 * linked to.
 */

/**
 * The address of `doc`'s page: its `<link rel="canonical">`, else its own
 * address without the fragment; undefined when neither is a web address
 * (a page opened from a file) or there is no document (server rendering).
 */
export function pageUrl(doc: Document | undefined): string | undefined {
  // No document when rendered on a server: the caller falls back to the campaign's address.
  if (typeof doc?.querySelector !== 'function') return undefined;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const fromCanonical = httpUrl(canonical?.href);
  if (fromCanonical) return fromCanonical;
  const here = new URL(doc.URL);
  here.hash = '';
  return httpUrl(here.href);
}

/** One DNS label: letters, digits and inner hyphens, at most 63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * `value` as a bare host name (`mastodon.social`, or an internationalised name
 * in its ASCII form), or undefined when it carries anything else: a scheme,
 * path, port, credentials, query, an IP address or a single label.
 */
export function bareHostName(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(trimmed)) return undefined;
  let hostname: string;
  try {
    ({hostname} = new URL(`https://${trimmed}/`));
  } catch {
    return undefined;
  }
  const labels = hostname.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return undefined;
  return hostname;
}
