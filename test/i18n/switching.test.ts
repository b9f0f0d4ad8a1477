import {expect, html} from '@open-wc/testing';
import '../../src/elements/pm-values/define.js';
import {isLocaleReady} from '../../src/i18n/localization.js';
import {loadLocale} from '../../src/i18n/load-locale.js';
import {templates as italian} from '../../src/generated/locales/it.js';
import {templates as ro} from '../../src/generated/locales/ro.js';
import {templates as sq} from '../../src/generated/locales/sq.js';
import {templates as uk} from '../../src/generated/locales/uk.js';
import {mount, type PeopleMove, renderedLocale, rendersIn, shownText} from '../support/i18n-checks.js';

/**
 * Changes a language with `change`, then waits for that language's messages
 * (the same shared load the element waits for) and the update the element
 * has queued by then: it must show the new language at once, before the next
 * frame, with nothing else to wait for.
 */
async function switchTo(element: PeopleMove, locale: string, change: () => void): Promise<void> {
  expect(isLocaleReady(locale), `${locale} not loaded before the switch`).to.equal(false);
  change();
  await null; // the language observer's callback, which is how the element hears of a change around it
  expect(await loadLocale(locale)).to.equal(true);
  await element.updateComplete;
  expect(renderedLocale(element), `rendered as soon as ${locale} loaded`).to.equal(locale);
}

describe('changing the language at run time', () => {
  it('follows the element’s own lang', async () => {
    const element = await mount<PeopleMove>(html`<pm-values lang="cy"></pm-values>`);
    await rendersIn(element, 'cy');
    await switchTo(element, 'uk', () => element.setAttribute('lang', 'uk'));
    expect(shownText(element)).to.include(uk['values.justice']);
  });

  it('follows an ancestor’s lang', async () => {
    const page = await mount(html`<div lang="en"><section><pm-values></pm-values></section></div>`);
    const element = page.querySelector<PeopleMove>('pm-values')!;
    expect(renderedLocale(element)).to.equal('en');
    await switchTo(element, 'ro', () => page.setAttribute('lang', 'ro'));
    expect(shownText(element)).to.include(ro['values.justice']);
  });

  it('follows the lang of a shadow host it sits in', async () => {
    const host = await mount(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const element = document.createElement('pm-values') as PeopleMove;
    shadow.append(element);
    await element.updateComplete;
    expect(renderedLocale(element)).to.equal('en');
    await switchTo(element, 'sq', () => host.setAttribute('lang', 'sq'));
    expect(shownText(element)).to.include(sq['values.justice']);
  });

  it('follows <html lang>', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      const element = await mount<PeopleMove>(html`<pm-values></pm-values>`);
      expect(renderedLocale(element)).to.equal('en');
      await switchTo(element, 'it', () => document.documentElement.setAttribute('lang', 'it'));
      expect(shownText(element)).to.include(italian['values.justice']);
      document.documentElement.setAttribute('lang', 'en-GB');
      await null; // the language observer's callback
      await element.updateComplete;
      expect(renderedLocale(element), 'back to English at once: nothing to load').to.equal('en');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('leaves an element with its own lang alone when the page language changes', async () => {
    const page = await mount(html`<div lang="en"><pm-values lang="cy"></pm-values><pm-values></pm-values></div>`);
    const [welsh, other] = page.querySelectorAll<PeopleMove>('pm-values');
    await rendersIn(welsh, 'cy');
    page.setAttribute('lang', 'cy');
    await rendersIn(other, 'cy');
    page.setAttribute('lang', 'en');
    await rendersIn(other, 'en');
    expect(renderedLocale(welsh)).to.equal('cy');
  });
});
