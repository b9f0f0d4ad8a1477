// Attribute values a partner's CMS, a copy-paste accident or an attacker can
// put on an element: markup, script URLs in every disguise, huge and empty
// strings, any Unicode. Each payload that could run calls `pmCanary()`.
import fc from 'fast-check';

/** The global a payload calls if it ever runs. */
export const CANARY = 'pmCanary';

const call = `${CANARY}()`;

export const PAYLOADS: readonly string[] = [
  `<img src=x onerror="${call}">`,
  `"><img src=x onerror=${call}>`,
  `'><svg onload=${call}>`,
  `<script>${call}</script>`,
  `</template><script>${call}</script>`,
  `<iframe srcdoc="<script>parent.${call}</script>"></iframe>`,
  `<a href="javascript:${call}">link</a>`,
  `javascript:${call}`,
  ` JaVaScRiPt:${call}`,
  `java\tscript:${call}`,
  `java\nscript:${call}`,
  `\u0000javascript:${call}`,
  `\u00a0javascript:${call}`,
  `javascript&colon;${call}`,
  `&#106;avascript:${call}`,
  `%6Aavascript:${call}`,
  `data:text/html,<script>${call}</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call}"/>`,
  `vbscript:${call}`,
  `blob:https://example.org/0f0f`,
  `file:///etc/passwd`,
  `ftp://example.org/file`,
  `//example.org/protocol-relative`,
  `/relative?q=<script>${call}</script>`,
  `https://example.org/"><script>${call}</script>`,
  `https://user:secret@example.org:8443/path?q=1&r=<b>#frag`,
  `http://[::1]:80/`,
  `https://xn--80ak6aa92e.com/`,
  `mailto:someone@example.org?subject=<b>hi</b>&body=${call}`,
  `tel:+442071234567`,
  `{{constructor.constructor('${call}')()}}`,
  `\${${call}}`,
  `<style>*{display:none!important}</style>`,
  `<!--`,
  `-->`,
  `]]>`,
  `\u202e\u2066reversed`,
  `&amp;&lt;&gt;&quot;`,
  `none`,
  `0`,
  `-1`,
  `7`,
  `NaN`,
  `1e309`,
  `true`,
  `null`,
  `undefined`,
  `[object Object]`,
  `__proto__`,
  `constructor`,
  '   ',
  '',
];

/** Values far beyond anything an attribute should carry (30 000 characters). */
const huge = fc.constantFrom(
  'a'.repeat(30_000),
  `https://example.org/${'a'.repeat(30_000)}`,
  '<b>'.repeat(10_000),
  ' '.repeat(30_000),
  'javascript:'.repeat(2_700) + call,
);

/** Arbitrary values for one attribute; `known` are the values its documentation names, mixed in so valid paths run too. */
export function hostileValue(known: readonly string[]): fc.Arbitrary<string> {
  const payload = fc.constantFrom(...PAYLOADS);
  const word = known.length ? fc.constantFrom(...known) : payload;
  return fc.oneof(
    {weight: 4, arbitrary: payload},
    {weight: 2, arbitrary: word},
    {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 300})},
    {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 100})},
    {weight: 1, arbitrary: fc.webUrl({withQueryParameters: true, withFragments: true})},
    {weight: 1, arbitrary: fc.emailAddress().map((address) => `mailto:${address}`)},
    {weight: 2, arbitrary: fc.array(fc.oneof(payload, word, fc.string()), {maxLength: 8}).map((parts) => parts.join(' '))},
    {weight: 1, arbitrary: fc.integer().map(String)},
    {weight: 1, arbitrary: huge},
  );
}
