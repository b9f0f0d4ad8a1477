/** Where an element's language came from: its own `lang`, the page around it, or nowhere. */
export type LanguageSource = 'element' | 'page' | 'none';

/** The parent of `node`, stepping from a shadow root out to its host. */
function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/**
 * The language tag that applies to `element`: its own non-empty `lang`, else
 * that of the nearest ancestor (crossing shadow roots), else `<html lang>`.
 */
export function requestedLanguage(element: Element): {tag: string; source: LanguageSource} {
  const own = element.getAttribute('lang');
  if (own) return {tag: own, source: 'element'};
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return {tag: lang, source: 'page'};
    }
  }
  return {tag: '', source: 'none'};
}
