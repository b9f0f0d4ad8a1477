import {fixtureSync, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {LocaleErrorDetail} from '../../src/base/people-move-element.js';

/** A People Move element as the tests see it. */
export type PeopleMove = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};

/**
 * Renders `template` into the test page and waits until every People Move
 * element in it has rendered (in its language: the first render waits for the
 * messages). Unlike open-wc's `fixture`, it never waits for an animation frame,
 * which a test page the runner keeps in the background never gets.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')].filter((each): each is T & PeopleMove => 'updateComplete' in each);
  await Promise.all(elements.map((each) => each.updateComplete));
  return root;
}

/** The element's inner root, which carries the rendered `lang` and `dir`. */
export function innerRoot(element: Element): HTMLElement {
  const root = element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!root) throw new Error(`<${element.localName}> has no inner root`);
  return root;
}

/** The language the element renders in now. */
export function renderedLocale(element: Element): string | null {
  return element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ?? null;
}

/** Waits until `element` renders in `locale` (after its messages load). */
export async function rendersIn(element: PeopleMove, locale: string): Promise<void> {
  await waitUntil(() => renderedLocale(element) === locale, `<${element.localName}> never rendered in ${locale}`, {timeout: 5000});
  await element.updateComplete;
}

/**
 * What a person sees or hears from the element: each text run and each
 * accessible-name attribute, through nested shadow roots, trimmed, without
 * the language menu (whose options are every language's own name).
 */
export function shownText(element: Element): string[] {
  const found: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches('[part~="language-picker"], style, script, svg')) return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = node.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent?.replace(/\s+/g, ' ').trim();
      if (value) found.push(value);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return found;
}

export {warningsDuring} from './element-checks.js';

/** Every `pm-locale-error` that reaches the document, and every rejection nobody handled. */
export function listenForLocaleErrors(): {errors: string[]; rejections: unknown[]; stop: () => void} {
  const errors: string[] = [];
  const rejections: unknown[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<LocaleErrorDetail>).detail.locale);
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  document.addEventListener('pm-locale-error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    rejections,
    stop: () => {
      document.removeEventListener('pm-locale-error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
