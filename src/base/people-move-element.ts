import {html, LitElement, noChange, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {LanguageController} from '../i18n/language-controller.js';
import {DocumentStylesController} from './document-styles.js';
import {languageRuntime, loadLanguageRuntime} from '../i18n/load-language-runtime.js';
import {inLocale} from '../i18n/localization.js';
import {baseStyles} from '../styles/base.styles.js';
import {readProperties} from '../shared/read-value.js';
import {VERSION} from '../version.js';
import {quote, warnOnce} from '../warn.js';

export type Theme = 'light' | 'dark' | 'auto';

export type {LocaleErrorDetail} from '../i18n/language-controller.js';

/**
 * What every People Move element shares: the language it speaks (its own
 * `lang`, the page's, or the one picked in its language menu), its theme,
 * and an inner root that carries `lang` and `dir` for that language.
 *
 * Subclasses implement `renderContent()`; it runs with `msg()` answering in
 * the element's language.
 *
 * @fires {CustomEvent<LocaleErrorDetail>} pm-locale-error - The messages of the element's language could not be loaded; it shows English. `detail.locale` names the language.
 * @attr {string} lang - The language to speak (BCP 47, e.g. `cy`, `pt-BR`), or `auto` for the reader's browser languages. Unset: the nearest ancestor's `lang`, else `<html lang>`, else English.
 */
export abstract class PeopleMoveElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles];

  static override get properties(): PropertyDeclarations {
    return {
      theme: {reflect: true},
      languagePicker: {type: Boolean, reflect: true, attribute: 'language-picker'},
    };
  }

  /** Colour scheme: unset inherits the host page's colours; `auto` follows `prefers-color-scheme`. */
  theme?: Theme;

  /** Shows a menu of every language, by its own name; the choice applies to this element only. */
  languagePicker = false;

  /** The element's language: where it comes from, its loading, and the first render's wait for it. */
  protected readonly language = new LanguageController(this);

  /** Keeps the element styled in another document (a same-origin iframe it was moved into). */
  protected readonly documentStyles = new DocumentStylesController(this);

  /** The language rendered now: its messages are loaded. */
  protected get locale(): string {
    return this.language.locale;
  }

  /** Every property reads what a framework sets (a URL, an array, a number…) into its own type: see `read-value.ts`. */
  protected static override finalize(): void {
    super.finalize();
    readProperties(this);
  }

  /** Set once this element waited for the language menu (the language runtime and the names; loaded or not: it waits once). */
  #pickerAwaited = false;

  /**
   * The first render waits for the latest wanted language, so it never shows English before the reader's language,
   * and a render with the language menu waits once for the language runtime and the languages' names (loaded only
   * for a menu).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    let wait = this.language.firstRender;
    if (wait === undefined && this.languagePicker && !this.#pickerAwaited && !languageRuntime()?.nativeNamesLoaded()) {
      this.#pickerAwaited = true;
      wait = loadLanguageRuntime().then((runtime) => runtime?.loadNativeNames());
    }
    return wait === undefined ? super.scheduleUpdate() : wait.then(() => this.scheduleUpdate());
  }

  /**
   * What shows until the first render, which may wait for the language's
   * messages: the server-rendered shadow DOM, else a `<slot>` that keeps the
   * partner's fallback content on screen. Without it the element would be an
   * empty box meanwhile (a layout shift), or, over server-rendered HTML, show
   * its content twice.
   */
  #placeholder?: ChildNode[];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    // @lit-labs/ssr-client's hydrate support, when loaded, takes the server-rendered DOM over itself.
    const hydrates = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (typeof document !== 'undefined' && !hydrates) {
      this.#placeholder = serverRendered.length ? serverRendered : [root.appendChild(document.createElement('slot'))];
      // LitElement renders before the root's first child: not before a node the first render removes.
      if (serverRendered.includes(this.renderOptions.renderBefore as ChildNode)) this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * The language menu shows the chosen language even where the reader's own choice failed to load and was taken
   * back (the DOM value then differs from what was rendered last, which a plain `.value` binding would not notice).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const menu = this.renderRoot.querySelector<HTMLSelectElement>('#language');
    if (menu) menu.value = this.language.picked ?? this.locale;
  }

  /** Whether the last `render()` succeeded. */
  #rendered = false;

  /** Renders with `msg()` answering in this element's language; the placeholder goes once a render succeeded. */
  protected override update(changed: PropertyValues): void {
    this.#rendered = false;
    inLocale(this.locale, () => super.update(changed));
    if (this.#rendered) for (const node of this.#placeholder?.splice(0) ?? []) node.remove();
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
      const picker = this.languagePicker ? languageRuntime()?.languagePicker(this.language.picked ?? this.locale, this.#onPickLanguage) : undefined;
      const result = html`<div part="base" class="base" lang=${this.locale} dir=${this.language.direction}>
        ${picker ?? nothing}${this.renderContent()}
      </div>`;
      this.#rendered = true;
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : typeof error;
      warnOnce(`render:${this.localName}:${reason}`, `<${this.localName}> could not render (${quote(reason)}); keeping what it shows.`);
      return noChange;
    }
  }

  /** The element's own content, in its language. */
  protected abstract renderContent(): unknown;

  #onPickLanguage(event: Event): void {
    this.language.pick((event.target as HTMLSelectElement).value);
  }
}
