import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/pm-values/define.js';
import {SHIPPED_LOCALES} from '../../src/i18n/languages.js';
import {loadLocale} from '../../src/i18n/load-locale.js';
import {templates as ar} from '../../src/generated/locales/ar.js';
import {innerRoot, mount, type PeopleMove, renderedLocale, rendersIn, shownText} from '../support/i18n-checks.js';

function picker(element: Element): HTMLSelectElement {
  const select = element.shadowRoot?.querySelector('select');
  if (!select) throw new Error('no language menu');
  return select;
}

describe('the language picker', () => {
  it('lists every shipped language by its own name, labelled, with the current one selected', async () => {
    const element = await mount<PeopleMove>(html`<pm-values language-picker lang="cy"></pm-values>`);
    const select = picker(element);
    const names = [...select.options].map((option) => option.textContent?.trim());
    expect([...select.options].map((option) => option.value)).to.deep.equal([...SHIPPED_LOCALES]);
    expect(names).to.include.members(['Cymraeg', 'English', 'العربية', 'فارسی', 'Türkçe', 'ትግርኛ']);
    expect(select.value).to.equal('cy');
    expect(select.labels?.[0]?.textContent?.trim()).to.equal('Iaith');
    const arabic = [...select.options].find((option) => option.value === 'ar')!;
    expect(arabic.lang).to.equal('ar');
    expect(arabic.dir).to.equal('rtl');
  });

  it('switches that element, and only that element, by keyboard', async () => {
    const page = await mount(html`<div lang="en">
      <pm-values id="with-menu" language-picker></pm-values>
      <pm-values id="sibling"></pm-values>
    </div>`);
    const element = page.querySelector<PeopleMove>('#with-menu')!;
    const sibling = page.querySelector<PeopleMove>('#sibling')!;
    const select = picker(element);
    expect(select.value).to.equal('en');

    select.focus();
    expect(element.shadowRoot!.activeElement).to.equal(select);
    await sendKeys({press: 'ArrowDown'});

    const next = SHIPPED_LOCALES[1];
    expect(next).to.equal('ar');
    await rendersIn(element, 'ar');
    expect(innerRoot(element).dir).to.equal('rtl');
    expect(shownText(element)).to.include(ar['values.justice']);
    expect(shownText(element)).not.to.include('Justice');
    expect(select.value).to.equal('ar');
    expect(element.shadowRoot!.activeElement, 'focus stays on the menu').to.equal(picker(element));

    expect(renderedLocale(sibling)).to.equal('en');
    expect(shownText(sibling)).to.include('Justice');
  });

  it('outranks a later change of the page language for that element', async () => {
    const page = await mount(html`<div lang="en"><pm-values language-picker></pm-values></div>`);
    const element = page.querySelector<PeopleMove>('pm-values')!;
    const select = picker(element);
    select.value = 'pl';
    select.dispatchEvent(new Event('change'));
    await rendersIn(element, 'pl');
    page.setAttribute('lang', 'fr');
    await loadLocale('fr'); // had it followed the page, it would show French now
    await element.updateComplete;
    expect(renderedLocale(element)).to.equal('pl');
  });

  it('is accessible', async () => {
    const element = await mount<PeopleMove>(html`<pm-values language-picker lang="fa"></pm-values>`);
    await expect(element).to.be.accessible();
  });
});
