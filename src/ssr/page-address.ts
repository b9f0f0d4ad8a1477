/**
 * Addresses on the server, where there is no page to resolve a relative
 * address against but the `pageUrl` given to the renderer. A relative
 * address either resolves against it, or the render fails with a message
 * that says what to pass: it runs on a build server, where failing loudly
 * is the safe answer.
 */

/** A value quoted in a message: at most 100 characters. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `pageUrl` when it is an absolute http(s) address; throws a TypeError otherwise. */
export function checkedPageUrl(pageUrl: string | undefined): string | undefined {
  if (pageUrl === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(String(pageUrl));
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(
      `[people-move] pageUrl ${quoted(String(pageUrl))} is not an absolute http(s) address: ` +
        'give the full address of the page the HTML goes on, such as "https://partner.example/campaign/".',
    );
  }
  return url.href;
}

/** Whether an attribute holds an address: `url` and every `…-href`. */
const isAddress = (name: string) => name === 'url' || name.endsWith('-href');

/**
 * The element's address attributes that are relative (`manifesto.html`,
 * `/shop/`), each with its value resolved against `pageUrl`. Throws a
 * TypeError when one is relative and there is no `pageUrl`.
 */
export function resolvedAddresses(element: Element, pageUrl: string | undefined): Array<[name: string, href: string]> {
  const resolved: Array<[string, string]> = [];
  for (const {name, value} of Array.from(element.attributes)) {
    const trimmed = value.trim();
    if (!isAddress(name) || trimmed === '' || trimmed.toLowerCase() === 'none' || SCHEME.test(trimmed)) continue;
    if (pageUrl === undefined) {
      throw new TypeError(
        `[people-move] ${name}=${quoted(value)} on <${element.localName}> is a relative address: ` +
          'pass pageUrl (the full address of the page the HTML goes on) so that it resolves, or give an absolute address.',
      );
    }
    resolved.push([name, new URL(trimmed, pageUrl).href]);
  }
  return resolved;
}
