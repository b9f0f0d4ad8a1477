import {expect, fixture, fixtureSync, html} from '@open-wc/testing';
import {defineElement} from '../src/define.js';
import '../src/elements/pm-campaign/define.js';
import {PeopleMoveCampaign} from '../src/elements/pm-campaign/pm-campaign.js';
import {loadLocale} from '../src/i18n/load-locale.js';
import {
  expectNoOverflow,
  inColumn,
  itInForcedColors,
  settled,
  shadow,
  shownText,
  warningsDuring,
} from './support/element-checks.js';

function child(campaign: Element, tag: string): HTMLElement {
  const found = shadow(campaign).querySelector<HTMLElement>(tag);
  expect(found, `<${tag}> inside <pm-campaign>`).not.to.equal(null);
  return found!;
}

function headingTags(element: Element): string[] {
  return [...shadow(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
}

async function campaign(template: ReturnType<typeof html>): Promise<PeopleMoveCampaign> {
  const element = await fixture<PeopleMoveCampaign>(template);
  await settled(element);
  return element;
}

describe('<pm-campaign>', () => {
  it('registers and shows the manifesto, then the values, then share', async () => {
    for (const tag of ['pm-campaign', 'pm-manifesto', 'pm-values', 'pm-share']) {
      expect(customElements.get(tag), `${tag} registered`).to.be.a('function');
    }
    const element = await campaign(html`<pm-campaign></pm-campaign>`);
    const order = [...shadow(element).querySelectorAll('pm-manifesto, pm-values, pm-share')].map((e) => e.localName);
    expect(order).to.deep.equal(['pm-manifesto', 'pm-values', 'pm-share']);
    expect(shownText(child(element, 'pm-manifesto'))).to.contain('People have always moved.');
    expect(shownText(child(element, 'pm-values'))).to.contain('Accountability');
  });

  it('passes heading-level down: the title at the level, the values heading one below', async () => {
    const element = await campaign(html`<pm-campaign heading-level="3"></pm-campaign>`);
    expect(headingTags(child(element, 'pm-manifesto'))).to.deep.equal(['h3', 'h4', 'h4', 'h4']);
    expect(headingTags(child(element, 'pm-values'))).to.deep.equal(['h4']);

    element.headingLevel = 6;
    await settled(element);
    expect(headingTags(child(element, 'pm-manifesto'))).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
    expect(headingTags(child(element, 'pm-values'))).to.deep.equal(['h6']);
  });

  it('passes networks and url to its <pm-share> (the builder and the export CLI write them on <pm-campaign>)', async () => {
    const element = await campaign(html`<pm-campaign networks="email whatsapp" url="https://example.org/join"></pm-campaign>`);
    const share = child(element, 'pm-share');
    await settled(share);
    const hrefs = [...shadow(share).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    expect(hrefs.map((href) => href.split(/[:?]/)[0] + (href.startsWith('http') ? new URL(href).hostname : ''))).to.deep.equal([
      'mailto',
      'httpswa.me',
    ]);
    expect(hrefs.every((href) => href.includes(encodeURIComponent('https://example.org/join'))), hrefs.join('\n')).to.equal(true);
  });

  it('is h2 by default, and clamps a bad heading-level with one warning of its own', async () => {
    const byDefault = await campaign(html`<pm-campaign></pm-campaign>`);
    expect(headingTags(child(byDefault, 'pm-manifesto'))[0]).to.equal('h2');
    expect(headingTags(child(byDefault, 'pm-values'))).to.deep.equal(['h3']);

    let element!: PeopleMoveCampaign;
    const warnings = await warningsDuring(async () => {
      element = await campaign(html`<pm-campaign heading-level="12"></pm-campaign>`);
    });
    expect(headingTags(child(element, 'pm-manifesto'))[0]).to.equal('h6');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<pm-campaign>');
  });

  it('passes its theme and language down', async () => {
    const element = await campaign(html`<pm-campaign theme="dark" lang="en"></pm-campaign>`);
    for (const tag of ['pm-manifesto', 'pm-values', 'pm-share']) {
      expect(child(element, tag).getAttribute('theme'), `${tag} theme`).to.equal('dark');
      expect(child(element, tag).getAttribute('lang'), `${tag} lang`).to.equal('en');
    }
    element.theme = 'light';
    await settled(element);
    expect(child(element, 'pm-values').getAttribute('theme')).to.equal('light');
    element.theme = undefined;
    await settled(element);
    expect(child(element, 'pm-values').hasAttribute('theme')).to.equal(false);
  });

  it('draws one box: with a theme, the children add no padding of their own', async () => {
    const element = await campaign(html`<pm-campaign theme="light"></pm-campaign>`);
    const own = getComputedStyle(shadow(element).querySelector('.base')!);
    expect(own.paddingTop).not.to.equal('0px');
    for (const tag of ['pm-manifesto', 'pm-values']) {
      const inner = getComputedStyle(shadow(child(element, tag)).querySelector('.base')!);
      expect(inner.paddingTop, tag).to.equal('0px');
    }
  });

  it('its children follow the language picked in its menu', async () => {
    const element = await campaign(html`<pm-campaign language-picker></pm-campaign>`);
    const select = shadow(element).querySelector('select')!;
    const picked = [...select.options].map((option) => option.value).find((code) => code !== 'en');
    expect(picked, 'a language other than English to pick').to.be.a('string');
    select.value = picked!;
    select.dispatchEvent(new Event('change'));
    // The element loads the language's messages (shared, loaded once), then renders.
    expect(await loadLocale(picked!), `${picked} loads`).to.equal(true);
    await settled(element);
    for (const tag of ['pm-manifesto', 'pm-values', 'pm-share']) {
      const inner = child(element, tag);
      expect(inner.getAttribute('lang'), `${tag} lang`).to.equal(picked);
      expect(shadow(inner).querySelector('.base')!.getAttribute('lang'), `${tag} renders in it`).to.equal(picked);
    }
  });

  it('passes manifesto-href and shop-href to the manifesto', async () => {
    const element = await campaign(
      html`<pm-campaign manifesto-href="https://example.org/manifesto" shop-href="none"></pm-campaign>`,
    );
    const manifesto = shadow(child(element, 'pm-manifesto'));
    expect(manifesto.querySelector('a[part~="manifesto-link"]')!.getAttribute('href')).to.equal('https://example.org/manifesto');
    expect(manifesto.querySelector('a[part~="shop-link"]')).to.equal(null);
  });

  it('shows the partner’s own HTML before it is defined, and hides it once it renders', async () => {
    const tag = 'pm-campaign-fallback-check';
    const column = fixtureSync<HTMLElement>(
      html`<div><pm-campaign-fallback-check><a href="https://example.org/">People Move</a></pm-campaign-fallback-check></div>`,
    );
    const fallback = column.querySelector('a')!;
    expect(fallback.checkVisibility(), 'visible before definition').to.equal(true);
    defineElement(tag, class extends PeopleMoveCampaign {});
    const element = column.querySelector(tag)!;
    await settled(element);
    expect(shadow(element).querySelector('pm-manifesto')).not.to.equal(null);
    expect(fallback.checkVisibility(), 'hidden after definition').to.equal(false);
  });

  for (const width of [280, 1400]) {
    it(`has no horizontal overflow at ${width} px`, async () => {
      const {column, element} = await inColumn(width, html`<pm-campaign theme="light" language-picker></pm-campaign>`);
      expectNoOverflow(column, element);
      for (const tag of ['pm-manifesto', 'pm-values', 'pm-share']) {
        const inner = child(element, tag);
        expect(inner.scrollWidth, `${tag} scrollWidth`).to.be.at.most(inner.clientWidth);
      }
    });
  }

  it('has no axe violations in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await campaign(html`<pm-campaign theme=${theme}></pm-campaign>`);
      await expect(element).to.be.accessible();
    }
  });

  itInForcedColors(
    'has no axe violations in forced colours',
    () => campaign(html`<pm-campaign theme="dark"></pm-campaign>`),
    async (element) => {
      await expect(element).to.be.accessible();
    },
  );
});
