/** Where an element's language came from: its own `lang`, the page around it, or nowhere. */
export type LanguageSource = 'element' | 'page' | 'none';

/**
 * The parent of `node`, stepping from a shadow root out to its host. Node
 * types, not `instanceof`: an element moved into an iframe's document has
 * ancestors from that document's realm, whose `Element` and `ShadowRoot` differ.
 */
function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode;
  return parent?.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : parent;
}

/**
 * The language tag that applies to `element`: its own non-empty `lang`, else
 * that of the nearest ancestor (crossing shadow roots), else `<html lang>` of
 * the document it is in.
 */
export function requestedLanguage(element: Element): {tag: string; source: LanguageSource} {
  const own = element.getAttribute('lang');
  if (own) return {tag: own, source: 'element'};
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (node.nodeType === 1) {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return {tag: lang, source: 'page'};
    }
  }
  return {tag: '', source: 'none'};
}
