import {LitElementRenderer, type RenderInfo} from '@lit-labs/ssr';
import type {ThunkedRenderResult} from '@lit-labs/ssr/lib/render-result.js';
import {PeopleMoveElement} from '../base/people-move-element.js';
import {SOURCE_LOCALE} from '../i18n/languages.js';
import {inLocale, isLocaleReady} from '../i18n/localization.js';
import {loadLocale} from '../i18n/load-locale.js';
import {matchLocale} from '../i18n/match.js';
import {checkedPageUrl, resolvedAddresses} from './page-address.js';
import {serverDocument} from './server-document.js';

/** The element's protected language controller, which in the browser works the language out when connected. */
type WithLanguage = {language: {locale: string}};

/**
 * `@lit-labs/ssr`'s render info, with the address of the page being rendered
 * and, optionally, where the package's shadow-root stylesheets are served
 * (`dist/ssr/styles/`): each shadow root then links `<tag>.css` from there
 * instead of holding an inline `<style>`, for pages whose CSP says `style-src 'self'`.
 */
export type PageRenderInfo = RenderInfo & {pageUrl?: string; stylesHref?: string};

/**
 * Renders a People Move element on the server in its language, as the
 * browser would: its own `lang`, else the language of the People Move element
 * it sits in, else English. The messages are loaded before the element's
 * `render()` runs, and `msg()` answers in that language while it does.
 *
 * In the browser the element works its language out in `connectedCallback()`,
 * which `@lit-labs/ssr` does not call; this renderer does that part instead,
 * and gives the element a stand-in `ownerDocument` at the page's address.
 */
export class LocaleElementRenderer extends LitElementRenderer {
  /** The language this element rendered in: the default for People Move elements inside it. */
  locale = SOURCE_LOCALE;

  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof PeopleMoveElement;
  }

  override renderShadow(renderInfo: PageRenderInfo): ThunkedRenderResult | undefined {
    const pageUrl = checkedPageUrl(renderInfo.pageUrl);
    Object.defineProperty(this.element, 'ownerDocument', {value: serverDocument(pageUrl), configurable: true});
    // The HTML keeps the address as written (the browser resolves it the same way); the server render uses it resolved.
    for (const [name, href] of resolvedAddresses(this.element, pageUrl)) this.attributeChangedCallback(name, null, href);
    const wanted = this.wantedLocale(renderInfo);
    const shadow = linkStyles(super.renderShadow(renderInfo), this.tagName, renderInfo.stylesHref);
    return shadow?.map((chunk) => {
      if (typeof chunk !== 'function') return chunk;
      const renderIn = (locale: string) => {
        this.locale = locale;
        (this.element as unknown as WithLanguage).language.locale = locale;
        return inLocale(locale, chunk);
      };
      return isLocaleReady(wanted)
        ? () => renderIn(wanted)
        : () => loadLocale(wanted).then((ok) => renderIn(ok ? wanted : SOURCE_LOCALE) as string | ThunkedRenderResult);
    });
  }

  /** The element's own `lang` (always honoured, as in the browser), else its People Move host's language. */
  private wantedLocale(renderInfo: RenderInfo): string {
    const own = this.element.getAttribute('lang')?.trim();
    if (own) return matchLocale(own, false) ?? SOURCE_LOCALE;
    const stack = renderInfo.customElementHostStack;
    // The stack ends with this element; the one before it is the element whose shadow root holds it.
    for (let index = stack.length - 2; index >= 0; index--) {
      const host = stack[index];
      if (host instanceof LocaleElementRenderer) return host.locale;
    }
    return SOURCE_LOCALE;
  }
}

/** The shadow root's `<style>…</style>` (its first chunks) as a `<link>` to `<tag>.css` under `stylesHref`, when given. */
function linkStyles(shadow: ThunkedRenderResult | undefined, tag: string, stylesHref: string | undefined): ThunkedRenderResult | undefined {
  if (shadow === undefined || stylesHref === undefined || shadow[0] !== '<style>') return shadow;
  const end = shadow.indexOf('</style>');
  const href = `${stylesHref.replace(/\/?$/, '/')}${tag}.css`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [`<link rel="stylesheet" href="${href}">`, ...shadow.slice(end + 1)];
}
