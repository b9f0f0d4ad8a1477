import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {followLanguage, unfollowLanguage} from './lang-observer.js';
import {languageRuntime, loadLanguageRuntime} from './load-language-runtime.js';
import {isLocaleReady, SOURCE_LOCALE} from './localization.js';
import {requestedLanguage, type LanguageSource} from './requested-language.js';

/** Detail of `pm-locale-error`: the language whose messages failed to load. */
export interface LocaleErrorDetail {
  locale: string;
}

type Host = ReactiveControllerHost & HTMLElement & {readonly hasUpdated: boolean};

/**
 * Whether a language asked for is English without a doubt (none at all, `en`,
 * `en-GB`, `en-001`), which needs no language runtime. Not `en-XA`, the
 * pseudo-locale, which only the runtime tells apart (an element may ask for it).
 */
function plainlyEnglish({tag, source}: {tag: string; source: LanguageSource}): boolean {
  return source === 'none' || /^en(-(?!xa$)([a-z]{2}|\d{3}))?$/i.test(tag.trim());
}

/**
 * The language an element speaks: its own `lang`, the page's, or the one
 * picked in its language menu. Only the latest wanted language counts: a
 * load that a later change (of `lang`, of the page, a move to another
 * document) superseded is ignored when it lands, however late, and never
 * holds the element up. The first render waits until the latest wanted
 * language is ready (or has failed), so English never flashes first.
 * Anything but plain English first loads the language runtime.
 */
export class LanguageController implements ReactiveController {
  /** The language rendered now: its messages are loaded. */
  locale = SOURCE_LOCALE;

  /** The language chosen in the element's menu, which outranks `lang`. */
  picked?: string;

  /** Resolves when the first render may run; undefined once it may. */
  firstRender?: Promise<void>;

  #releaseFirstRender?: () => void;

  /** Counts calls to `refresh()`: a load answers only if no later call came. */
  #turn = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The writing direction of the language rendered now. */
  get direction(): 'ltr' | 'rtl' {
    return languageRuntime()?.directionOf(this.locale) ?? 'ltr';
  }

  hostConnected(): void {
    followLanguage(this, this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    unfollowLanguage(this);
  }

  /** Speaks `locale`, chosen in the element's menu. */
  pick(locale: string): void {
    this.picked = locale;
    this.host.requestUpdate();
    this.refresh();
  }

  /** Works the language out again, and renders in it as soon as its messages are loaded. */
  refresh(): void {
    const turn = ++this.#turn;
    const runtime = languageRuntime();
    if (runtime === undefined) {
      const requested = requestedLanguage(this.host);
      if (plainlyEnglish(requested)) {
        this.#show(SOURCE_LOCALE);
        return;
      }
      this.#holdFirstRender();
      void loadLanguageRuntime().then((loaded) => {
        if (turn !== this.#turn) return;
        if (loaded) this.refresh();
        else this.#fail(requested.tag);
      });
      return;
    }
    const wanted = this.picked ?? runtime.resolveLocale(this.host);
    if (isLocaleReady(wanted)) {
      this.#show(wanted);
      return;
    }
    this.#holdFirstRender();
    void runtime.loadLocale(wanted).then((ok) => {
      if (turn !== this.#turn) return;
      if (ok) this.#show(wanted);
      else this.#fail(wanted);
    });
  }

  /** English, and `pm-locale-error` for `wanted`, which could not load. */
  #fail(wanted: string): void {
    this.#show(SOURCE_LOCALE);
    this.host.dispatchEvent(
      new CustomEvent<LocaleErrorDetail>('pm-locale-error', {detail: {locale: wanted}, bubbles: true, composed: true}),
    );
    if (this.picked === wanted) {
      // A language picked in the menu that cannot load: back to the page's language, and the menu says so.
      this.picked = undefined;
      this.host.requestUpdate();
      this.refresh();
    }
  }

  #holdFirstRender(): void {
    if (!this.host.hasUpdated && this.firstRender === undefined) {
      this.firstRender = new Promise((resolve) => (this.#releaseFirstRender = resolve));
    }
  }

  #show(locale: string): void {
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
    this.firstRender = undefined;
    this.#releaseFirstRender?.();
    this.#releaseFirstRender = undefined;
  }
}
