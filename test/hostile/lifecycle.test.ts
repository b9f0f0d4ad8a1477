// Issue 7, group 8: lifecycle. Elements removed and put back, moved, changed
// many times in one frame, and 200 of them on one page: no errors, the same
// rendering, and nothing left attached to the page once they are gone
// (listeners, observers, intervals, counted by ./support/instrument.ts, which
// must load before the bundle).
import './support/instrument.js';
import {expect, waitUntil} from '@open-wc/testing';
import {loadBundle, mount, shippedLocales, type ElementApi, type PmElement} from './support/bundle.js';
import {deepElements, settled} from './support/controls.js';
import {attached} from './support/instrument.js';

const INSTANCES = 200;
/** How long to wait for a language to arrive: generous, for a loaded CI machine. */
const WAIT = {timeout: 10_000};
const CHANGES_PER_FRAME = 100;

const uncaught: string[] = [];
addEventListener('error', (event) => uncaught.push(String(event.message)));
addEventListener('unhandledrejection', (event) => uncaught.push(`unhandled rejection: ${String(event.reason)}`));

/** The language the element rendered in, from its inner root. */
function renderedLang(element: Element): string | null | undefined {
  return element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');
}

/** The element's visible text, nested widgets included. */
function renderedText(element: Element): string {
  return deepElements(element.shadowRoot ?? element)
    .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent ?? ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A shipped language that a page's `lang` selects (complete enough to be picked
 * automatically), found by asking the bundle itself; English when none is.
 */
async function autoSelectedLocale(tag: string, locales: string[]): Promise<string> {
  for (const code of locales.filter((each) => each !== 'en')) {
    const section = document.createElement('section');
    section.lang = code;
    document.body.append(section);
    const probe = await mount(tag, {}, section);
    const rendered = renderedLang(probe);
    section.remove();
    if (rendered === code) return code;
  }
  return 'en';
}

/** The next task: whatever the last one queued has run. (Not a frame: a page the runner keeps in the background gets none.) */
async function nextTask(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('hostile pages: lifecycle (group 8)', () => {
  let elements: ElementApi[];
  let locales: string[];
  const figures: string[] = [];

  before(async function () {
    this.timeout(60_000);
    elements = await loadBundle();
    locales = (await shippedLocales(elements[0]!.tag)).map((locale) => locale.code);
  });

  afterEach(async () => {
    document.querySelectorAll('body > :not(script)').forEach((node) => node.remove());
    await nextTask();
    // A language file still loading holds its <script integrity> in <head>, with its load and error listeners,
    // until the response comes (the CDN build's pinned loading): in flight, not left. A leak stays; that drains.
    await waitUntil(() => attached().pageListeners.length === 0, undefined, {timeout: 5000}).catch(() => undefined);
    const left = attached();
    expect(left.pageListeners, 'listeners left on the page').to.deep.equal([]);
    expect(left.observers, 'observers left observing').to.equal(0);
    expect(left.intervals, 'intervals left running').to.equal(0);
    expect(uncaught).to.deep.equal([]);
  });

  after(() => console.log(`[hostile] lifecycle:\n  ${figures.join('\n  ')}`));

  it('re-renders the same after removal and re-insertion, and follows the page language again', async function () {
    this.timeout(60_000);
    const pageLanguage = await autoSelectedLocale(elements[0]!.tag, locales);
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    document.body.append(wrapper);
    for (const {tag} of elements) {
      const steady = await mount(tag, {}, wrapper);
      const moved = await mount(tag, {}, wrapper);
      const before = renderedText(moved);
      moved.remove();
      await nextTask();
      wrapper.append(moved);
      await settled(moved);
      expect(renderedText(moved), `<${tag}> put back`).to.equal(before);
      // Put back, it follows a change of the surrounding language, like the element that never left.
      wrapper.lang = pageLanguage;
      await waitUntil(() => renderedLang(steady) === pageLanguage, `<${tag}> that never left renders ${pageLanguage}`, WAIT);
      await waitUntil(() => renderedLang(moved) === pageLanguage, `<${tag}> put back renders ${pageLanguage}`, WAIT);
      await settled(moved);
      expect(renderedText(moved), `<${tag}> put back, in ${pageLanguage}`).to.equal(renderedText(steady));
      figures.push(`<${tag}> removed and put back: same text (${before.length} characters); page lang ${pageLanguage} → renders ${renderedLang(moved)}`);
      // Removed while a language loads, then put somewhere else: no error when the load lands.
      wrapper.lang = locales.at(-1) ?? 'en';
      moved.remove();
      const elsewhere = document.createElement('section');
      elsewhere.lang = 'en';
      document.body.append(elsewhere);
      elsewhere.append(moved);
      await settled(moved);
      await waitUntil(() => renderedLang(moved) === 'en', `<${tag}> moved into an English section renders English`, WAIT);
      steady.remove();
      wrapper.replaceChildren();
      wrapper.lang = 'en';
      elsewhere.remove();
    }
  });

  it(`takes ${CHANGES_PER_FRAME} changes of every attribute in one frame and renders the last`, async function () {
    this.timeout(60_000);
    for (const {tag, attributes} of elements) {
      const element = await mount(tag, {});
      let updates = 0;
      const instance = element as PmElement & {update(changed: unknown): void};
      const update = instance.update;
      instance.update = function (this: typeof instance, changed: unknown) {
        updates++;
        update.call(this, changed);
      };
      const last: Record<string, string | null> = {};
      for (let change = 0; change < CHANGES_PER_FRAME; change++) {
        for (const {name, values} of attributes) {
          const choices = name === 'lang' ? locales : [...values, '', 'not-a-value'];
          const value = change % 7 === 6 ? null : choices[change % choices.length]!;
          if (value === null) element.removeAttribute(name);
          else element.setAttribute(name, value);
          last[name] = value;
        }
      }
      await settled(element);
      // Languages load asynchronously: wait for the last one to land.
      const expected = last.lang ?? 'en';
      await waitUntil(() => renderedLang(element) === expected || !locales.includes(expected), `<${tag}> renders lang ${expected}`, WAIT);
      await settled(element);
      for (const [name, value] of Object.entries(last)) expect(element.getAttribute(name), `<${tag}> ${name}`).to.equal(value);
      expect(renderedLang(element), `<${tag}> language`).to.equal(last.lang ?? 'en');
      expect(element.shadowRoot?.querySelector('select') !== null, `<${tag}> language menu`).to.equal(last['language-picker'] !== null);
      figures.push(`<${tag}>: ${CHANGES_PER_FRAME * attributes.length} attribute changes in one frame → ${updates} updates`);
      // One update for the frame, and at most one more each time a language arrives.
      expect(updates, `<${tag}> updates`).to.be.at.most(3);
      element.remove();
    }
  });

  it(`renders ${INSTANCES} instances on one page, shares one language observer, and leaves nothing when they go`, async function () {
    this.timeout(60_000);
    const single = await Promise.all(elements.map(({tag}) => mount(tag, {})));
    const withFew = attached();
    single.forEach((element) => element.remove());

    const column = document.createElement('div');
    const fragment = document.createDocumentFragment();
    const all: PmElement[] = [];
    for (let index = 0; index < INSTANCES; index++) {
      const {tag} = elements[index % elements.length]!;
      const element = document.createElement(tag) as PmElement;
      if (index % 3 === 1) element.setAttribute('lang', locales[index % locales.length]!);
      if (index % 5 === 2) element.setAttribute('language-picker', '');
      if (index % 4 === 3) element.setAttribute('theme', ['light', 'dark', 'auto'][index % 3]!);
      fragment.append(element);
      all.push(element);
    }
    column.append(fragment);
    document.body.append(column);
    await Promise.all(all.map((element) => settled(element)));
    await nextTask();

    const rendered = all.filter((element) => element.shadowRoot?.querySelector('[part~="base"]') && renderedText(element).length > 0);
    const withMany = attached();
    figures.push(
      `${INSTANCES} instances: ${rendered.length} rendered; observers ${withMany.observers} (with ${elements.length} instances: ${withFew.observers}); ` +
        `page listeners ${withMany.pageListeners.length} (with ${elements.length}: ${withFew.pageListeners.length}); ` +
        `listeners inside the widgets ${withMany.allListeners}`,
    );
    expect(rendered.length).to.equal(INSTANCES);
    expect(withMany.observers, 'observers do not grow with the number of elements').to.equal(withFew.observers);
    expect(withMany.pageListeners.length, 'page listeners do not grow with the number of elements').to.equal(withFew.pageListeners.length);

    column.remove();
    await nextTask();
    const after = attached();
    figures.push(`after removing all ${INSTANCES}: page listeners ${after.pageListeners.length}, observers ${after.observers}, intervals ${after.intervals}`);
  });
});
