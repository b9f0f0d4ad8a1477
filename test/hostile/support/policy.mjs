/** Issue 7's Content Security Policy, word for word, with the CDN's origin. */
export function strictPolicy(cdnOrigin) {
  return `default-src 'self'; script-src 'self' ${cdnOrigin}; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html`;
}
