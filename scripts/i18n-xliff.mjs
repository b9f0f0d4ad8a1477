// Reads and writes one XLIFF 1.2 file as lit-localize writes it, for the i18n scripts.
import {readFileSync, writeFileSync} from 'node:fs';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';

/**
 * `<note from="previous-source">` holds the English a translation was made
 * from, written by `npm run i18n:extract` when the English changes under an
 * existing translation. While it is there, the unit counts as stale.
 */
export const PREVIOUS_SOURCE_NOTE = 'previous-source';

/** Children of the direct child `<tag>` of a trans-unit (lit-localize never nests them). */
function child(element, tag) {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && node.nodeName === tag) return node;
  }
  return undefined;
}

function children(element, tag) {
  const found = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && node.nodeName === tag) found.push(node);
  }
  return found;
}

/**
 * A <source>/<target> as text, with each placeholder written `{equiv-text}`;
 * its placeholders (XLIFF id and equiv-text); the text between them; and any
 * element that is not a placeholder (lit-localize cannot build those).
 */
export function flatten(node) {
  let text = '';
  const placeholders = [];
  const segments = [''];
  const unexpected = [];
  for (let each = node.firstChild; each; each = each.nextSibling) {
    if (each.nodeType === 1 && (each.nodeName === 'x' || each.nodeName === 'ph')) {
      const equiv = each.nodeName === 'x' ? each.getAttribute('equiv-text') : each.textContent;
      placeholders.push({id: each.getAttribute('id'), text: equiv});
      text += `{${equiv}}`;
      segments.push('');
    } else if (each.nodeType === 3 || each.nodeType === 4) {
      text += each.nodeValue;
      segments[segments.length - 1] += each.nodeValue;
    } else if (each.nodeType === 1) {
      unexpected.push(`<${each.nodeName}>`);
    }
  }
  return {text, placeholders, segments, unexpected};
}

/**
 * @typedef {object} Unit
 * @property {string} id
 * @property {string} source          the English in the file, placeholders as `{equiv-text}`
 * @property {Array<{id: string, text: string}>} sourcePlaceholders
 * @property {string | undefined} target   undefined when there is no <target> or it is empty (markup alone is not empty)
 * @property {Array<{id: string, text: string}>} targetPlaceholders
 * @property {string[]} targetUnexpected  elements in the target that are not placeholders
 * @property {string | undefined} state   the target's `state` attribute
 * @property {boolean} approved           `approved="yes"` on the trans-unit
 * @property {string | undefined} previousSource   the English the translation was made from, when it has changed since
 * @property {Element} element
 */

/**
 * Reads one XLIFF file.
 * @returns {{language: string | null, units: Unit[], document: Document, errors: string[]}}
 *   `errors` lists what makes the file unreadable to lit-localize (bad XML, no <file>).
 */
export function readCatalogue(path) {
  const errors = [];
  const report = (message) => errors.push(String(message).split('\n')[0]);
  const document = new DOMParser({errorHandler: {warning: () => {}, error: report, fatalError: report}}).parseFromString(
    readFileSync(path, 'utf8'),
    'text/xml',
  );
  const file = document.getElementsByTagName('file')[0];
  if (!file) return {language: null, units: [], document, errors: errors.length ? errors : ['no <file> element']};
  const units = Array.from(document.getElementsByTagName('trans-unit')).map((element) => {
    const source = flatten(child(element, 'source') ?? document.createElement('source'));
    const targetElement = child(element, 'target');
    const target = targetElement ? flatten(targetElement) : undefined;
    const previous = children(element, 'note').find((note) => note.getAttribute('from') === PREVIOUS_SOURCE_NOTE);
    return {
      id: element.getAttribute('id'),
      source: source.text,
      sourcePlaceholders: source.placeholders,
      target: target && (target.text.trim() !== '' || target.unexpected.length > 0) ? target.text : undefined,
      targetPlaceholders: target?.placeholders ?? [],
      targetUnexpected: target?.unexpected ?? [],
      state: targetElement?.getAttribute('state') || undefined,
      approved: element.getAttribute('approved') === 'yes',
      previousSource: previous?.textContent ?? undefined,
      element,
    };
  });
  return {language: file.getAttribute('target-language'), units, document, errors};
}

/** Writes a document read by `readCatalogue` back, byte for byte as lit-localize would (it ends with a newline). */
export function writeCatalogue(path, document) {
  const xml = new XMLSerializer().serializeToString(document);
  writeFileSync(path, xml.endsWith('\n') ? xml : `${xml}\n`, 'utf8');
}

/** Adds `<note from="previous-source">` to a trans-unit, indented like lit-localize's own children. */
export function addPreviousSourceNote(unit, text) {
  const {element} = unit;
  const document = element.ownerDocument;
  const note = document.createElement('note');
  note.setAttribute('from', PREVIOUS_SOURCE_NOTE);
  note.setAttribute('annotates', 'source');
  note.appendChild(document.createTextNode(text));
  const closingIndent = element.lastChild?.nodeType === 3 ? element.lastChild : null;
  element.insertBefore(document.createTextNode('\n  '), closingIndent);
  element.insertBefore(note, closingIndent);
}

/** Removes the `<note from="previous-source">` of a trans-unit and the indent before it. */
export function removePreviousSourceNote(unit) {
  const note = children(unit.element, 'note').find((each) => each.getAttribute('from') === PREVIOUS_SOURCE_NOTE);
  if (!note) return;
  if (note.previousSibling?.nodeType === 3) unit.element.removeChild(note.previousSibling);
  unit.element.removeChild(note);
}

/** The target element of a unit. */
export function targetElementOf(unit) {
  return child(unit.element, 'target');
}
