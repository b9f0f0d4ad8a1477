/**
 * The few members of `document` that elements read while rendering (the
 * page's address, its `<link rel="canonical">`), for a page that exists only
 * as an address on the server. `@lit-labs/ssr`'s DOM shim gives elements no
 * `ownerDocument`; each rendered element gets this one instead.
 */
export function serverDocument(pageUrl: string | undefined): Document {
  const address = pageUrl ?? 'about:blank';
  const stand: Pick<Document, 'URL' | 'baseURI' | 'documentURI' | 'querySelector' | 'querySelectorAll'> = {
    URL: address,
    baseURI: address,
    documentURI: address,
    querySelector: () => null,
    querySelectorAll: () => [] as unknown as NodeListOf<Element>,
  };
  return stand as Document;
}
