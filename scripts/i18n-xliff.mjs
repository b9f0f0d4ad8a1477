// Reads and writes one XLIFF 1.2 file as lit-localize writes it, for the i18n scripts,
// and says what is wrong with a broken one: file, line, unit id and what to do.
import {readFileSync, writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {DOMParser, XMLSerializer} from '@xmldom/xmldom';

/**
 * `<note from="previous-source">` holds the English a translation was made
 * from, written by `npm run i18n:extract` when the English changes under an
 * existing translation. While it is there, the unit counts as stale.
 */
export const PREVIOUS_SOURCE_NOTE = 'previous-source';

/** The direct children `<tag>` of an element (lit-localize never nests them). */
export function children(element, tag) {
  return Array.from(element.childNodes).filter((node) => node.nodeType === 1 && node.nodeName === tag);
}
const child = (element, tag) => children(element, tag)[0];
const notesFrom = (element, from) => children(element, 'note').filter((note) => note.getAttribute('from') === from);

/**
 * A <source>/<target> as text, with each placeholder written `{equiv-text}`;
 * its placeholders (XLIFF id and equiv-text); and any element that is not a
 * placeholder (lit-localize cannot build those).
 */
export function flatten(node) {
  let text = '';
  const placeholders = [];
  const unexpected = [];
  for (const each of Array.from(node.childNodes)) {
    if (each.nodeType === 1 && (each.nodeName === 'x' || each.nodeName === 'ph')) {
      const equiv = each.nodeName === 'x' ? each.getAttribute('equiv-text') : each.textContent;
      placeholders.push({id: each.getAttribute('id'), text: equiv});
      text += `{${equiv}}`;
    } else if (each.nodeType === 3 || each.nodeType === 4) {
      text += each.nodeValue;
    } else if (each.nodeType === 1) {
      unexpected.push(`<${each.nodeName}>`);
    }
  }
  return {text, placeholders, unexpected};
}

// What to do about each kind of XML error, in a translator's words.
const XML_ADVICE = [
  [/entity|&/i, 'write a plain "&" as &amp; (XLIFF knows only &amp; &lt; &gt; &quot; &apos;)'],
  [/tagName|element parse|attribute|unclosed|end tag|not match|closed/i,
    'a "<" that does not start a tag, or a tag left open: write a plain "<" as &lt; and check each <target> ends with </target>'],
];

/** `path:line: unit "id": what. what to do` — one line per problem, as every i18n script prints it. */
export function describeProblem(path, {line, id, what, fix}) {
  const where = `${relative('.', path).startsWith('..') ? path : relative('.', path)}${line ? `:${line}` : ''}`;
  return `${where}: ${id ? `unit "${id}": ` : ''}${what}${fix ? `. ${fix.charAt(0).toUpperCase()}${fix.slice(1)}` : ''}`;
}

/**
 * @typedef {object} Unit
 * @property {string} id
 * @property {number} line            where its <trans-unit> starts in the file
 * @property {string} source          the English in the file, placeholders as `{equiv-text}`
 * @property {string | undefined} target   undefined when there is no <target> or it is empty (markup alone is not empty)
 * @property {Array<{id: string, text: string}>} targetPlaceholders
 * @property {string[]} targetUnexpected  elements in the target that are not placeholders
 * @property {string | undefined} state   the target's `state` attribute
 * @property {boolean} approved           `approved="yes"` on the trans-unit
 * @property {string | undefined} previousSource   the English the translation was made from, when it has changed since
 * @property {string[]} reviewerNotes     the text of each `<note from="reviewer">`
 * @property {string | undefined} note    the translator's note (lit-localize's, from the code's `desc`)
 * @property {string[]} glossaryNotes     the text of each `<note from="glossary">`
 * @property {Element} element           the <trans-unit>
 * @property {Element | undefined} targetElement   its <target>
 */

/**
 * Reads one XLIFF file.
 * @returns {{language: string | null, units: Unit[], document: Document, errors: string[]}}
 *   `errors`: one line per thing that makes the file unreadable or ambiguous (bad XML, no <file>,
 *   a duplicate id), each with the file, line, unit id and what to do (see describeProblem).
 */
export function readCatalogue(path) {
  const xml = readFileSync(path, 'utf8');
  const lines = xml.split('\n');
  // The id of the last <trans-unit> opened at or before a line, to name the unit an XML error is in.
  const unitAt = (line) => {
    for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
      const found = /<trans-unit\b[^>]*\bid="([^"]*)"/.exec(lines[index]);
      if (found) return found[1];
      if (/<\/trans-unit>/.test(lines[index]) && index < line - 1) return undefined;
    }
    return undefined;
  };
  const errors = [];
  const onError = (level, message, context) => {
    if (level === 'warning') return;
    const line = context?.locator?.lineNumber;
    const fix = XML_ADVICE.find(([pattern]) => pattern.test(message))?.[1] ?? 'check the tags around this line open and close in pairs';
    errors.push(describeProblem(path, {line, id: line && unitAt(line), what: `broken XML (${String(message).split('\n')[0]})`, fix}));
  };
  // xmldom takes a lone "&" ("A & B") as text; XML, and so Weblate and translate-toolkit, refuse it.
  lines.forEach((text, index) => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(text)) onError('error', 'a lone "&"', {locator: {lineNumber: index + 1}});
  });
  let document;
  try {
    document = new DOMParser({onError}).parseFromString(xml, 'text/xml');
  } catch {
    // A fatal error was already reported through onError.
  }
  const file = document?.getElementsByTagName('file')[0];
  if (!file) {
    if (errors.length === 0) errors.push(describeProblem(path, {what: 'no <file> element', fix: 'start again from locales/template/new-language.xlf'}));
    return {language: null, units: [], document, errors};
  }
  const firstLine = new Map();
  const units = Array.from(document.getElementsByTagName('trans-unit')).map((element) => {
    const id = element.getAttribute('id');
    const line = element.lineNumber;
    if (firstLine.has(id)) {
      errors.push(describeProblem(path, {line, id, what: `a second unit with this id (the first is at line ${firstLine.get(id)})`, fix: 'keep one of the two (the reviewed one, if either is) and delete the other whole <trans-unit>'}));
    } else firstLine.set(id, line);
    const source = flatten(child(element, 'source') ?? document.createElement('source'));
    const targetElement = child(element, 'target');
    const target = targetElement ? flatten(targetElement) : undefined;
    return {
      id,
      line,
      source: source.text,
      target: target && (target.text.trim() !== '' || target.unexpected.length > 0) ? target.text : undefined,
      targetPlaceholders: target?.placeholders ?? [],
      targetUnexpected: target?.unexpected ?? [],
      state: targetElement?.getAttribute('state') || undefined,
      approved: element.getAttribute('approved') === 'yes',
      previousSource: notesFrom(element, PREVIOUS_SOURCE_NOTE)[0]?.textContent ?? undefined,
      reviewerNotes: notesFrom(element, 'reviewer').map((note) => note.textContent.trim()),
      note: notesFrom(element, 'lit-localize')[0]?.textContent ?? undefined,
      glossaryNotes: notesFrom(element, 'glossary').map((note) => note.textContent),
      element,
      targetElement,
    };
  });
  return {language: file.getAttribute('target-language'), units, document, errors};
}

/** Writes a document read by `readCatalogue` back, byte for byte as lit-localize would (it ends with a newline). */
export function writeCatalogue(path, document) {
  const xml = new XMLSerializer().serializeToString(document);
  writeFileSync(path, xml.endsWith('\n') ? xml : `${xml}\n`, 'utf8');
}

/** Adds `<note from="FROM">text</note>` at the end of a trans-unit, indented like lit-localize's own children. */
export function addNote(unit, from, text, attributes = {}) {
  const {element} = unit;
  const document = element.ownerDocument;
  const note = document.createElement('note');
  note.setAttribute('from', from);
  for (const [name, value] of Object.entries(attributes)) note.setAttribute(name, value);
  note.appendChild(document.createTextNode(text));
  const closingIndent = element.lastChild?.nodeType === 3 ? element.lastChild : null;
  element.insertBefore(document.createTextNode('\n  '), closingIndent);
  element.insertBefore(note, closingIndent);
}

/** Removes every `<note from="FROM">` of a trans-unit and the indent before each. */
export function removeNotes(unit, from) {
  for (const note of notesFrom(unit.element, from)) {
    if (note.previousSibling?.nodeType === 3) unit.element.removeChild(note.previousSibling);
    unit.element.removeChild(note);
  }
}
