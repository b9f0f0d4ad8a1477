import {adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type ReactiveController, type ReactiveElement} from 'lit';

/** Each document's copies of the elements' stylesheets, made in that document's window. */
const copies = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText;
}

/**
 * Keeps an element styled when it moves to another document. Lit adopts its
 * styles as stylesheets constructed for the page's document; a browser drops
 * those from a shadow root moved into another document (a same-origin iframe,
 * by `appendChild` or `adoptNode`), which would leave the element unstyled
 * there. On connecting with none left, it adopts copies made in that document's
 * own window (once per document and stylesheet), or Lit's own again at home.
 */
export class DocumentStylesController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (!supportsAdoptingStyleSheets || !root || root.adoptedStyleSheets.length > 0) return;
    const styles = (this.host.constructor as typeof ReactiveElement).elementStyles;
    const document = this.host.ownerDocument;
    const Sheet = document.defaultView?.CSSStyleSheet;
    if (document === globalThis.document || Sheet === undefined) {
      adoptStyles(root, styles);
      return;
    }
    let made = copies.get(document);
    if (made === undefined) copies.set(document, (made = new Map()));
    root.adoptedStyleSheets = styles.map((style) => {
      let sheet = made.get(style);
      if (sheet === undefined) {
        sheet = new Sheet();
        sheet.replaceSync(cssTextOf(style));
        made.set(style, sheet);
      }
      return sheet;
    });
  }
}
