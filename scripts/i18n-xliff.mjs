// Reads one XLIFF 1.2 file as lit-localize writes it, for the i18n scripts.
import {readFileSync} from 'node:fs';
import {DOMParser} from '@xmldom/xmldom';

/** Text of a <source>/<target> with placeholders as `{equiv-text}`; the placeholders, and the text between them. */
function flatten(node) {
  let text = '';
  const placeholders = [];
  const segments = [''];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child.nodeName === 'x' || child.nodeName === 'ph')) {
      const equiv = child.getAttribute('equiv-text') || child.textContent;
      placeholders.push(equiv);
      text += `{${equiv}}`;
      segments.push('');
    } else if (child.nodeType === 3 || child.nodeType === 4) {
      text += child.nodeValue;
      segments[segments.length - 1] += child.nodeValue;
    }
  }
  return {text, placeholders, segments};
}

/**
 * @returns {{language: string, units: Array<{id: string, source: string, sourcePlaceholders: string[], sourceSegments: string[],
 *   target?: string, targetPlaceholders?: string[], state?: string, approved: boolean, element: Element}>, document: Document}}
 */
export function readCatalogue(path) {
  const document = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  const file = document.getElementsByTagName('file')[0];
  const units = Array.from(document.getElementsByTagName('trans-unit')).map((element) => {
    const source = flatten(element.getElementsByTagName('source')[0]);
    const targetElement = element.getElementsByTagName('target')[0];
    const target = targetElement ? flatten(targetElement) : undefined;
    return {
      id: element.getAttribute('id'),
      source: source.text,
      sourcePlaceholders: source.placeholders,
      sourceSegments: source.segments,
      target: target?.text,
      targetPlaceholders: target?.placeholders,
      state: targetElement?.getAttribute('state') || undefined,
      approved: element.getAttribute('approved') === 'yes',
      element,
    };
  });
  return {language: file.getAttribute('target-language'), units, document};
}
