import type {PropertyDeclaration} from 'lit';
import {warnOnce, warnValue} from '../warn.js';

/**
 * The one way every element reads what it is given. HTML gives attributes
 * as text; React 19 and Vue set properties, with whatever the app holds: a
 * `URL`, an array, a number, `null`, now and then a function or a symbol.
 * Every declared property of every element (state aside) passes through
 * `readProperties` when it is set, so an element only ever holds
 * well-formed text, a boolean or a number, and never throws at the host.
 * Reading the text (trim, case, separators) is then `readWords`,
 * `resolveOption`, `httpUrl` and `headingLevelConverter`, each warning as
 * `name="value" on <tag> …` with the value quoted by `quote()`.
 */

/**
 * The longest text any property keeps: more than any address (4,000) or shared
 * text (4,000) needs, so those still say their value was too long, while a
 * 2 MB label never reaches the page's layout.
 */
const LONGEST_TEXT = 10_000;

/** Reads a value set on the property `name` of a `<tag>`. */
export type PropertyReader = (value: unknown, name: string, tag: string) => unknown;

/**
 * `text` with every lone surrogate (an emoji a CMS cut in half) replaced by
 * U+FFFD, so `encodeURIComponent` and `URLSearchParams` cannot throw on it.
 * (With the `u` flag a whole surrogate pair is one code point, never `\p{Cs}`.)
 */
export function wellFormed(text: string): string {
  return (text as {toWellFormed?: () => string}).toWellFormed?.() ?? text.replace(/\p{Cs}/gu, '\uFFFD');
}

/** Text, a number, a boolean, a URL or a Location as text; undefined for anything else. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > LONGEST_TEXT ? value : wellFormed(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  // By tag, not `instanceof`: a URL from another frame, or a page where `URL` was removed, still reads.
  const href = /^\[object (URL|Location)\]$/.test(Object.prototype.toString.call(value)) && (value as {href?: unknown}).href;
  return typeof href === 'string' ? wellFormed(href) : undefined;
}

/**
 * `value` as text: text as it is (made well-formed), a number or boolean as
 * written, a URL as its address, an array of those as its items separated by
 * spaces (`networks = ['x', 'email']`); `null` and `undefined` unset it.
 * Anything else (a symbol, a function, another object, nested arrays) is
 * refused with one warning, and the property falls back to its default.
 */
export function readText(value: unknown, name: string, tag: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string | undefined;
  try {
    const items = Array.isArray(value) ? value.map((item) => (Array.isArray(item) ? undefined : scalarText(item))) : [scalarText(value)];
    if (!items.includes(undefined)) text = items.join(' ');
  } catch {
    // A getter or proxy that throws (a cross-origin Location, a hostile object): refused like any other object.
  }
  if (text === undefined) warnOnce(`property:${tag}:${name}:${typeof value}`, `${name} on <${tag}> is not text (${typeof value}); using its default.`);
  if (text !== undefined && text.length > LONGEST_TEXT) {
    // Cut before anything else reads it (the cut may halve an emoji). The warning's cause is the cut
    // value's, so the element's own check of that value (not an address, say) does not warn twice.
    const cut = wellFormed(text.slice(0, LONGEST_TEXT));
    warnValue(tag, name, cut, `is ${text.length} characters, over ${LONGEST_TEXT}; using its start`);
    return cut;
  }
  return text;
}

/** The words of a list attribute (`networks`, `values`): lower case, separated by spaces or commas. */
export function readWords(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(/[\s,]+/u).filter(Boolean);
}

/** A converter that also reads property values: `fromProperty` turns whatever a framework sets into the property's type. */
export interface PropertyConverter {
  fromProperty: PropertyReader;
}

const readingSetters = new WeakSet<object>();

/**
 * Gives each property `element` declares (Lit's accessors on its prototype) a
 * setter that reads each value first, so a bad value is coerced or refused
 * where a framework sets it, before anything renders or reflects it: with the
 * converter's `fromProperty`, as a boolean for a boolean attribute, else as
 * text. Internal state is left as it is. Done after Lit's own finalisation
 * (overriding `getPropertyDescriptor` is deprecated); once per accessor.
 */
export function readProperties(element: {prototype: object; elementProperties: ReadonlyMap<PropertyKey, PropertyDeclaration>}): void {
  for (const [name, options] of element.elementProperties) {
    const descriptor = Object.getOwnPropertyDescriptor(element.prototype, name);
    const set = descriptor?.set;
    if (!set || readingSetters.has(set) || options.state || options.attribute === false) continue;
    const read: PropertyReader = (options.converter as Partial<PropertyConverter> | undefined)?.fromProperty ?? (options.type === Boolean ? Boolean : readText);
    // Warnings name the attribute, as every other warning does.
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    const reading = function (this: HTMLElement, value: unknown) {
      set.call(this, read(value, attribute, this.localName));
    };
    readingSetters.add(reading);
    Object.defineProperty(element.prototype, name, {...descriptor, set: reading});
  }
}
