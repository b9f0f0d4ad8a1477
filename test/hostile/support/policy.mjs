/** Issue 7's Content Security Policy with the CDN's origin, and the widgets' Trusted Types policy (issue 12). */
export function strictPolicy(cdnOrigin) {
  return `default-src 'self'; script-src 'self' ${cdnOrigin}; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html people-move`;
}
