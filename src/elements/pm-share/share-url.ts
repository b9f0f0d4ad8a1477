import {httpUrl} from '../../shared/web-url.js';

/**
 * The URL-safety checks of <pm-share> (what may be shared is an `httpUrl`):
 * where the page's own address comes from, and which Mastodon servers may be
 * linked to.
 */

/**
 * The address of `doc`'s page, as it is shared when `url` is not set: the
 * `<link rel="canonical">` among the children of `<head>`, else the page's
 * origin and path, without the query or the fragment (they can carry the
 * reader's email, session or click id). A canonical link in the body (a
 * visitor's comment, say) is ignored. Undefined when neither is a web
 * address (a page opened from a file); on a server, `doc` stands in for the
 * page (see `serverDocument`).
 */
export function pageUrl(doc: Document | undefined): string | undefined {
  if (typeof doc?.querySelector !== 'function') return undefined;
  const canonical = doc.head?.querySelector<HTMLLinkElement>(':scope > link[rel~="canonical" i][href]');
  const fromCanonical = httpUrl(canonical?.href);
  if (fromCanonical) return fromCanonical;
  try {
    const {origin, pathname} = new URL(doc.URL);
    return httpUrl(origin + pathname);
  } catch {
    // No `URL` on this page: the caller shares the campaign's address.
    return undefined;
  }
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
