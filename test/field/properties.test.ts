// Issue 12, item 3: never blank, never throw at the host. React 19 and Vue set
// properties, not attributes, with whatever the app holds; a CMS cuts an emoji
// in half; a page removes `Intl` or `URL`. Every element coerces or refuses
// each value with one warning, and keeps the partner's fallback (or what it
// rendered before) on screen until a render succeeds. Runs the CDN bundle.
import {expect} from '@open-wc/testing';
import {fieldPage, frameWith, renderedText, settled, shareParam, type PmElement} from './support.js';

describe('field: properties set by frameworks', () => {
  const page = fieldPage();
  const mount = page.mount;
  function networks(element: Element): string[] {
    return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.control') ?? [])].map((control) => control.dataset.network ?? '');
  }

  it('share.url = new URL(…) shares that address', async () => {
    const share = await mount('pm-share', {url: new URL('https://example.org/campaign?ref=partner')});
    expect(shareParam(share, 'facebook', 'u')).to.equal('https://example.org/campaign?ref=partner');
    expect((share as unknown as {url: unknown}).url).to.equal('https://example.org/campaign?ref=partner');
    expect(page.seen.uncaught).to.deep.equal([]);
    expect(page.seen.warnings).to.deep.equal([]);
  });

  it('networks = [\'x\', \'email\'] shows those two, in that order', async () => {
    const share = await mount('pm-share', {networks: ['x', 'email']});
    expect(networks(share)).to.deep.equal(['x', 'email']);
    expect(page.seen.uncaught).to.deep.equal([]);
  });

  it('variant = 1 on <pm-share> shows labels and on <pm-manifesto> everything, with one warning each', async () => {
    const share = await mount('pm-share', {variant: 1});
    expect(share.shadowRoot!.querySelector('.group')!.classList.contains('labels')).to.equal(true);
    const manifesto = await mount('pm-manifesto', {variant: 1});
    expect(manifesto.shadowRoot!.querySelector('[part~="story"]'), 'the full text').to.not.equal(null);
    expect(page.seen.uncaught).to.deep.equal([]);
    expect(page.seen.warnings).to.have.length(2);
    expect(page.seen.warnings[0]).to.contain('variant="1"').and.to.contain('<pm-share>');
    expect(page.seen.warnings[1]).to.contain('variant="1"').and.to.contain('<pm-manifesto>');
  });

  it('values = [\'justice\', \'equality\'] lists those two', async () => {
    const values = await mount('pm-values', {values: ['justice', 'equality']});
    expect([...values.shadowRoot!.querySelectorAll('li')].map((li) => li.getAttribute('part'))).to.deep.equal(['value justice', 'value equality']);
    expect(page.seen.uncaught).to.deep.equal([]);
    expect(page.seen.warnings).to.deep.equal([]);
  });

  it('headingLevel = \'3\' gives an h3, null the default h2', async () => {
    const manifesto = await mount('pm-manifesto', {headingLevel: '3'});
    expect(manifesto.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h3');
    (manifesto as unknown as {headingLevel: unknown}).headingLevel = null;
    await settled(manifesto);
    expect(manifesto.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h2');
    expect(page.seen.uncaught).to.deep.equal([]);
    expect(page.seen.warnings).to.deep.equal([]);
  });

  it('an emoji cut in half, as a property or an attribute, is shared as U+FFFD instead of throwing', async () => {
    const half = 'People move \ud83c';
    const share = await mount('pm-share', {text: half, networks: 'x email whatsapp bluesky'});
    expect(shareParam(share, 'x', 'text')).to.equal('People move \ufffd');
    share.setAttribute('text', `\udf0d${half}`);
    await settled(share);
    expect(shareParam(share, 'whatsapp', 'text')).to.match(/^\ufffdPeople move \ufffd /u);
    share.setAttribute('url', 'https://example.org/\ud83c');
    await settled(share);
    expect(shareParam(share, 'email', 'body')).to.contain('https://example.org/%EF%BF%BD');
    expect(page.seen.uncaught).to.deep.equal([]);
  });

  it('a symbol, a function or an object on a live element gives one warning each and keeps it rendered', async () => {
    const share = await mount('pm-share', {});
    const before = renderedText(share);
    const bad: [string, unknown][] = [
      ['url', Symbol('url')],
      ['text', () => 'text'],
      ['networks', {x: true}],
      ['variant', Symbol.iterator],
      ['theme', Symbol('dark')],
      ['label', [['nested']]],
    ];
    for (const [name, value] of bad) {
      (share as unknown as {[key: string]: unknown})[name] = value;
      await settled(share);
    }
    expect(page.seen.uncaught).to.deep.equal([]);
    expect(renderedText(share)).to.equal(before);
    expect(share.hasAttribute('theme')).to.equal(false);
    expect(page.seen.warnings).to.have.length(bad.length);
    for (const [index, [name]] of bad.entries()) expect(page.seen.warnings[index]).to.contain(`${name} on <pm-share>`);
  });

  it('keeps the partner\'s fallback on screen until a render succeeds, and throws nothing at the page', async () => {
    const Values = customElements.get('pm-values') as unknown as new () => HTMLElement;
    class FlakyValues extends (Values as unknown as typeof HTMLElement) {
      failing = true;
      renderContent(): unknown {
        if (this.failing) throw new Error('rendering failed');
        return (Values.prototype as unknown as {renderContent: () => unknown}).renderContent.call(this);
      }
    }
    customElements.define('pm-values-flaky', FlakyValues);
    const element = document.createElement('pm-values-flaky') as FlakyValues & PmElement;
    element.innerHTML = '<p>Our values: justice, equality, humanity.</p>';
    document.body.append(page.keep(element));
    await settled(element);
    const fallback = element.querySelector('p')!;
    expect(fallback.assignedSlot, 'the fallback is slotted').to.not.equal(null);
    expect(fallback.getBoundingClientRect().height, 'the fallback shows').to.be.greaterThan(0);
    expect(page.seen.uncaught).to.deep.equal([]);
    expect(page.seen.warnings).to.have.length(1);
    expect(page.seen.warnings[0]).to.contain('<pm-values-flaky> could not render');
    element.failing = false;
    (element as unknown as {requestUpdate: () => void}).requestUpdate();
    await settled(element);
    expect(fallback.assignedSlot, 'the fallback goes once it rendered').to.equal(null);
    expect(renderedText(element)).to.not.equal('');
  });

  for (const [what, head] of [
    ['Intl removed', '<script>delete window.Intl;</script>'],
    ['Intl replaced by an empty object', '<script>window.Intl = {};</script>'],
    ['URL removed', '<script>delete window.URL;</script>'],
  ] as const) {
    it(`with ${what} before the bundle loads, every element renders or keeps its fallback, and nothing is thrown`, async function () {
      this.timeout(20_000);
      const fallback = (text: string) => `<p class="fallback">${text}</p>`;
      const {frame, win} = await frameWith(
        head,
        `<pm-manifesto>${fallback('People Move')}</pm-manifesto>
         <pm-values lang="cy">${fallback('Our values')}</pm-values>
         <pm-share text="Share \ud83c" lang="ar">${fallback('Share this')}</pm-share>
         <pm-campaign>${fallback('The campaign')}</pm-campaign>`,
      );
      try {
        const problems: string[] = [];
        for (const element of win.document.querySelectorAll('pm-manifesto, pm-values, pm-share, pm-campaign')) {
          const rendered = renderedText(element) !== '';
          const shown = element.querySelector('.fallback')!;
          const fallbackShows = shown.assignedSlot !== null && shown.getBoundingClientRect().height > 0;
          if (!rendered && !fallbackShows) problems.push(`<${element.localName}> is an empty box`);
        }
        expect(problems).to.deep.equal([]);
        expect(win.pmErrors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
