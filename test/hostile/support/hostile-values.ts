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

/** Objects that fight back when read: a getter, a `toString` or a proxy trap that throws. */
function hostileObjects(): unknown[] {
  const circular: unknown[] = [];
  circular.push(circular);
  const throwing = () => {
    throw new Error('read me not');
  };
  return [
    {toString: throwing, valueOf: throwing},
    Object.defineProperty({}, 'href', {get: throwing}),
    // Each trap lets fast-check look for its own clone method, and throws at anything else.
    new Proxy({}, {get: (_, key) => (key === fc.cloneMethod ? undefined : throwing()), has: (_, key) => key !== fc.cloneMethod && throwing(), getPrototypeOf: throwing, ownKeys: throwing}),
    new Proxy([], {get: (_, key) => (key === fc.cloneMethod ? undefined : throwing()), has: (_, key) => key !== fc.cloneMethod && throwing()}),
    circular,
    Object.create(null),
  ];
}

/**
 * Values a framework can set on a property (React 19 and Vue set properties,
 * not attributes): every JavaScript type, not only text. Text as above, text
 * ending in half an emoji, URL objects, arrays, numbers, big integers,
 * symbols, functions, `null`, dates, maps, promises, hostile objects, and a
 * 1 MB string.
 */
export function hostileProperty(known: readonly string[]): fc.Arbitrary<unknown> {
  const text = hostileValue(known);
  return fc.oneof(
    {weight: 3, arbitrary: text},
    {weight: 2, arbitrary: fc.tuple(text, fc.integer({min: 0xd800, max: 0xdfff})).map(([words, half]) => words + String.fromCharCode(half))},
    {weight: 2, arbitrary: fc.anything({withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true})},
    {weight: 2, arbitrary: fc.array(fc.oneof(text, fc.integer(), fc.constant(null)), {maxLength: 6})},
    {weight: 1, arbitrary: fc.webUrl({withQueryParameters: true, withFragments: true}).map((address) => new URL(address))},
    {weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt(), fc.boolean())},
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        Symbol('value'),
        Symbol.iterator,
        () => globalThis[CANARY as keyof typeof globalThis],
        function named() {},
        null,
        undefined,
        Number.NaN,
        -0,
        Infinity,
        new Date(Number.NaN),
        /javascript:/,
        Promise.resolve(call),
        new Error(call),
        ...hostileObjects(),
      ),
    },
    {weight: 1, arbitrary: fc.constant(`${'\u{1F30D} move '.repeat(100_000)}\ud83c`)},
  );
}
