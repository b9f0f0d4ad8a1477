import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {followLanguage, unfollowLanguage} from './lang-observer.js';
import {isLocaleReady, loadLocale} from './localization.js';
import {SOURCE_LOCALE} from './languages.js';
import {resolveLocale} from './resolve-locale.js';

/** Detail of `pm-locale-error`: the language whose messages failed to load. */
export interface LocaleErrorDetail {
  locale: string;
}

type Host = ReactiveControllerHost & HTMLElement & {readonly hasUpdated: boolean};

/**
 * The language an element speaks: its own `lang`, the page's, or the one
 * picked in its language menu. Only the latest wanted language counts: a
 * load that a later change (of `lang`, of the page, a move to another
 * document) superseded is ignored when it lands, however late, and never
 * holds the element up. The first render waits until the latest wanted
 * language is ready (or has failed), so English never flashes first.
 */
export class LanguageController implements ReactiveController {
  /** The language rendered now: its messages are loaded. */
  locale = SOURCE_LOCALE;

  /** The language chosen in the element's menu, which outranks `lang`. */
  picked?: string;

  /** Resolves when the first render may run; undefined once it may. */
  firstRender?: Promise<void>;

  private releaseFirstRender?: () => void;

  /** Counts calls to `refresh()`: a load answers only if no later call came. */
  private turn = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
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
    const wanted = this.picked ?? resolveLocale(this.host);
    const turn = ++this.turn;
    if (isLocaleReady(wanted)) {
      this.show(wanted);
      return;
    }
    if (!this.host.hasUpdated && this.firstRender === undefined) {
      this.firstRender = new Promise((resolve) => (this.releaseFirstRender = resolve));
    }
    void loadLocale(wanted).then((ok) => {
      if (turn !== this.turn) return;
      if (ok) {
        this.show(wanted);
        return;
      }
      this.show(SOURCE_LOCALE);
      this.host.dispatchEvent(
        new CustomEvent<LocaleErrorDetail>('pm-locale-error', {detail: {locale: wanted}, bubbles: true, composed: true}),
      );
      if (this.picked === wanted) {
        // A language picked in the menu that cannot load: back to the page's language, and the menu says so.
        this.picked = undefined;
        this.host.requestUpdate();
        this.refresh();
      }
    });
  }

  private show(locale: string): void {
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
    this.firstRender = undefined;
    this.releaseFirstRender?.();
    this.releaseFirstRender = undefined;
  }
}
