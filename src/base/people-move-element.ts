import {html, LitElement, noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {directionOf, nativeName, SHIPPED_LOCALES, SOURCE_LOCALE} from '../i18n/languages.js';
import {followLanguage, unfollowLanguage} from '../i18n/lang-observer.js';
import {inLocale, isLocaleReady, loadLocale} from '../i18n/localization.js';
import {pickerContent} from '../i18n/picker.content.js';
import {resolveLocale} from '../i18n/resolve-locale.js';
import {baseStyles} from '../styles/base.styles.js';
import {readProperties} from '../shared/read-value.js';
import {VERSION} from '../version.js';
import {quote, warnOnce} from '../warn.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Detail of `pm-locale-error`: the language whose messages failed to load. */
export interface LocaleErrorDetail {
  locale: string;
}

/**
 * What every People Move element shares: the language it speaks (its own
 * `lang`, the page's, or the one picked in its language menu), its theme,
 * and an inner root that carries `lang` and `dir` for that language.
 *
 * Subclasses implement `renderContent()`; it runs with `msg()` answering in
 * the element's language.
 *
 * @attr {string} lang - The language to speak (BCP 47, e.g. `cy`, `pt-BR`), or `auto` for the reader's browser languages. Unset: the nearest ancestor's `lang`, else `<html lang>`, else English.
 */
export abstract class PeopleMoveElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles];

  static override get properties(): PropertyDeclarations {
    return {
      theme: {reflect: true},
      languagePicker: {type: Boolean, reflect: true, attribute: 'language-picker'},
      locale: {state: true, attribute: false},
      pickedLocale: {state: true, attribute: false},
    };
  }

  /** Colour scheme: unset inherits the host page's colours; `auto` follows `prefers-color-scheme`. */
  theme?: Theme;

  /** Shows a menu of every language, by its own name; the choice applies to this element only. */
  languagePicker = false;

  /** The language rendered now: its messages are loaded. */
  protected locale = SOURCE_LOCALE;

  /** The language chosen in this element's menu, which outranks `lang`. */
  private pickedLocale?: string;

  /** The load the first render waits for, so it never shows English before the reader's language. */
  private firstLoad?: Promise<unknown>;

  /** Every property reads what a framework sets (a URL, an array, a number…) into its own type: see `read-value.ts`. */
  protected static override finalize(): void {
    super.finalize();
    readProperties(this);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this.refreshLanguage();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLanguage(this);
    this.refreshLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLanguage(this);
  }

  /** Works out the element's language again and renders in it once its messages are loaded. */
  refreshLanguage(): void {
    const wanted = this.pickedLocale ?? resolveLocale(this);
    if (isLocaleReady(wanted)) {
      this.locale = wanted;
      return;
    }
    const load = loadLocale(wanted).then((ok) => {
      if ((this.pickedLocale ?? resolveLocale(this)) !== wanted) return;
      if (ok) {
        this.locale = wanted;
      } else {
        this.locale = SOURCE_LOCALE;
        this.dispatchEvent(
          new CustomEvent<LocaleErrorDetail>('pm-locale-error', {detail: {locale: wanted}, bubbles: true, composed: true}),
        );
        if (this.pickedLocale === wanted) {
          // A language picked in the menu that cannot load: back to the page's language, and the menu says so.
          this.pickedLocale = undefined;
          this.refreshLanguage();
        }
      }
    });
    if (!this.hasUpdated) this.firstLoad = load;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const firstLoad = this.firstLoad;
    if (firstLoad === undefined) return super.scheduleUpdate();
    this.firstLoad = undefined;
    return firstLoad.then(() => super.scheduleUpdate());
  }

  /**
   * What shows until the first render, which may wait for the language's
   * messages: the server-rendered shadow DOM, else a `<slot>` that keeps the
   * partner's fallback content on screen. Without it the element would be an
   * empty box meanwhile (a layout shift), or, over server-rendered HTML, show
   * its content twice.
   */
  private placeholder?: ChildNode[];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    // @lit-labs/ssr-client's hydrate support, when loaded, takes the server-rendered DOM over itself.
    const hydrates = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (typeof document !== 'undefined' && !hydrates) {
      this.placeholder = serverRendered.length ? serverRendered : [root.appendChild(document.createElement('slot'))];
      // LitElement renders before the root's first child: not before a node the first render removes.
      if (serverRendered.includes(this.renderOptions.renderBefore as ChildNode)) this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /** Whether the last `render()` succeeded. */
  private rendered = false;

  /** Renders with `msg()` answering in this element's language; the placeholder goes once a render succeeded. */
  protected override update(changed: PropertyValues): void {
    this.rendered = false;
    inLocale(this.locale, () => super.update(changed));
    if (this.rendered) for (const node of this.placeholder?.splice(0) ?? []) node.remove();
  }

  /** Runs `read` with `msg()` answering in this element's language, for text made outside rendering. */
  protected localized<T>(read: () => T): T {
    return inLocale(this.locale, read);
  }

  /**
   * The element, or, when rendering fails (a page that removed `Intl`, a bug),
   * one warning and no change: what showed before (the partner's fallback,
   * the server-rendered HTML or the last render) stays, and no exception
   * reaches the host page.
   */
  protected override render(): TemplateResult | typeof noChange {
    try {
      const result = html`<div part="base" class="base" lang=${this.locale} dir=${directionOf(this.locale)}>
        ${this.languagePicker ? this.renderLanguagePicker() : nothing}${this.renderContent()}
      </div>`;
      this.rendered = true;
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : typeof error;
      warnOnce(`render:${this.localName}:${reason}`, `<${this.localName}> could not render (${quote(reason)}); keeping what it shows.`);
      return noChange;
    }
  }

  /** The element's own content, in its language. */
  protected abstract renderContent(): unknown;

  private renderLanguagePicker(): TemplateResult {
    const chosen = this.pickedLocale ?? this.locale;
    // `?selected` is what server-rendered HTML shows (@lit-labs/ssr writes `.selected=${false}` as selected="false");
    // the live `.value` keeps the menu right after the reader has used it.
    return html`<div class="picker" part="language-picker">
      <label for="language">${pickerContent.label()}</label>
      <select id="language" .value=${live(chosen)} @change=${this.onPickLanguage}>
        ${SHIPPED_LOCALES.map(
          (code) =>
            html`<option value=${code} lang=${code} dir=${directionOf(code)} ?selected=${code === chosen}>
              ${nativeName(code)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private onPickLanguage(event: Event): void {
    this.pickedLocale = (event.target as HTMLSelectElement).value;
    this.refreshLanguage();
  }
}
