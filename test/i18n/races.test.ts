// Issue 12, item 6: the element renders the latest language it wants as soon
// as that language is ready. A language whose file the server holds (a stalled
// CDN, a slow phone) must never hold up a later choice, never win over it when
// it lands late, and never make the first render show English before the
// reader's language. An element moved into a same-origin iframe follows that
// document's `lang`.
//
// The library is imported from `/__stall__/` (test/support/stall-plugin.mjs):
// this file's own copy, whose language files the server can hold without
// slowing any other test file.
import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {innerRoot, type PeopleMove, renderedLocale, rendersIn} from '../support/i18n-checks.js';

const LIBRARY = '/__stall__/src/index.ts';
const LOAD_LOCALE: string = '/__stall__/src/i18n/load-locale.ts';

type Element = PeopleMove & {addController(controller: {hostUpdated(): void}): void};

/** Holds every later request for these languages' files until `release()`. */
async function stall(...locales: string[]): Promise<void> {
  await executeServerCommand('stall-locales', {locales});
}

async function release(...locales: string[]): Promise<void> {
  await executeServerCommand('release-locales', {locales});
}

/** Waits until the server holds a request for `locale`: the element is waiting for it. */
async function heldRequest(locale: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const held = await executeServerCommand<string[], unknown>('stalled-locales');
    if (held?.includes(locale)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the element never asked for ${locale}`);
}

/** Mounts without waiting for the first render (which may wait for a held file), and records each render's language. */
function mountRecording(template: ReturnType<typeof html>): {element: Element; renders: (string | null)[]} {
  const page = fixtureSync<HTMLElement>(template);
  const element = (page.matches('pm-values') ? page : page.querySelector('pm-values')) as Element;
  const renders: (string | null)[] = [];
  element.addController({hostUpdated: () => renders.push(renderedLocale(element))});
  return {element, renders};
}

describe('field: languages without races', () => {
  before(async () => {
    await import(/* @vite-ignore */ LIBRARY);
  });

  afterEach(async () => {
    // Each test stalls languages no earlier test loaded: this copy keeps a language once loaded.
    await release('cy', 'it', 'es', 'pl', 'ro');
  });

  it('a stalled language, then lang="en": renders English at once', async () => {
    await stall('cy');
    const {element, renders} = mountRecording(html`<pm-values lang="cy"></pm-values>`);
    await heldRequest('cy');
    expect(renders, 'nothing rendered while Welsh loads').to.deep.equal([]);
    element.setAttribute('lang', 'en');
    await waitUntil(() => renderedLocale(element) === 'en', 'English never rendered while Welsh stalled', {timeout: 2000});
    expect(renders).to.deep.equal(['en']);
  });

  it('a stalled language, then another: renders the second as soon as it is ready, and the first never lands over it', async () => {
    await stall('it');
    const {element, renders} = mountRecording(html`<pm-values lang="it"></pm-values>`);
    await heldRequest('it');
    element.setAttribute('lang', 'fr');
    await rendersIn(element, 'fr');
    await release('it');
    // The superseded Italian file arrives now: give its load every chance to (wrongly) take over.
    const {loadLocale} = (await import(/* @vite-ignore */ LOAD_LOCALE)) as {loadLocale(code: string): Promise<boolean>};
    expect(await loadLocale('it')).to.equal(true);
    await element.updateComplete;
    expect(renderedLocale(element)).to.equal('fr');
    expect(renders).to.deep.equal(['fr']);
  });

  it('a superseded load that lands first never makes the first render English', async () => {
    await stall('es', 'pl');
    const {element, renders} = mountRecording(html`<div lang="es"><pm-values></pm-values></div>`);
    await heldRequest('es');
    element.setAttribute('lang', 'pl');
    await heldRequest('pl');
    await release('es');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(renders, 'no render before Polish is ready').to.deep.equal([]);
    await release('pl');
    await rendersIn(element, 'pl');
    expect(renders).to.deep.equal(['pl']);
  });

  it('moving while the first language loads: renders the new place’s language, not the stalled one', async () => {
    await stall('ro');
    const page = fixtureSync<HTMLElement>(html`<div><div lang="ro" id="romanian"><pm-values></pm-values></div><div lang="tr" id="turkish"></div></div>`);
    const element = page.querySelector('pm-values') as Element;
    await heldRequest('ro');
    page.querySelector('#turkish')!.append(element);
    await rendersIn(element, 'tr');
  });

  for (const move of ['appendChild', 'adoptNode'] as const) {
    it(`an element moved into an iframe (${move}) follows that document’s lang, and its changes`, async () => {
      const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="partner frame"></iframe>`);
      frame.srcdoc = '<!doctype html><html lang="cy"><body></body></html>';
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.documentElement.lang === 'cy');
      const {element} = mountRecording(html`<div lang="en"><pm-values></pm-values></div>`);
      await rendersIn(element, 'en');
      const inner = frame.contentDocument!;
      inner.body.appendChild(move === 'adoptNode' ? inner.adoptNode(element) : element);
      await rendersIn(element, 'cy');
      expect(innerRoot(element).getAttribute('dir')).to.equal('ltr');
      // Still styled there: the value cards are a grid (unstyled, a plain block).
      const cards = element.shadowRoot!.querySelector('[part~="values"]')!;
      expect(frame.contentWindow!.getComputedStyle(cards).display, 'styled in the frame').to.equal('grid');
      inner.documentElement.setAttribute('lang', 'fr');
      await rendersIn(element, 'fr');
      // Back in the page: the language there again, and the frame's document no longer drives it.
      const home = fixtureSync<HTMLElement>(html`<div lang="uk"></div>`);
      home.append(element);
      await rendersIn(element, 'uk');
      expect(getComputedStyle(cards).display, 'styled back in the page').to.equal('grid');
      inner.documentElement.setAttribute('lang', 'it');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(renderedLocale(element)).not.to.equal('it');
      element.remove();
    });
  }
});
