import {expect, fixture, fixtureSync, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import {MANIFESTO_URL, SHOP_URL} from '../src/campaign/urls.js';
import {defineElement} from '../src/define.js';
import '../src/elements/pm-manifesto/define.js';
import {PeopleMoveManifesto} from '../src/elements/pm-manifesto/pm-manifesto.js';
import '../src/elements/pm-values/define.js';
import {
  expectNoOverflow,
  inColumn,
  itInForcedColors,
  settled,
  shadow,
  shownText,
  warningsDuring,
} from './support/element-checks.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

function headings(element: Element): {tag: string; text: string}[] {
  return [...shadow(element).querySelectorAll(HEADINGS)].map((h) => ({tag: h.localName, text: h.textContent!.trim()}));
}

function link(element: Element, part: string): HTMLAnchorElement | null {
  return shadow(element).querySelector<HTMLAnchorElement>(`a[part~='${part}']`);
}

/**
 * The campaign's page, as the fixture keeps it: its lines, without blank
 * ones. The page puts no-break spaces between some words; a space is a space.
 */
async function sourceLines(): Promise<string[]> {
  const response = await fetch('/test/fixtures/people-move.en.txt');
  expect(response.ok, 'fixture fetched').to.equal(true);
  return (await response.text())
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Sentences, split after . ! or ? followed by a space; keeps each sentence's own punctuation. */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+/).filter(Boolean);
}

describe('<pm-manifesto>', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await emulateMedia({colorScheme: 'light'});
  });

  describe('the campaign text', () => {
    it('shows every sentence of the source, word for word, in <pm-manifesto> and <pm-values>', async () => {
      const column = fixtureSync<HTMLElement>(html`<div><pm-manifesto></pm-manifesto><pm-values></pm-values></div>`);
      const manifesto = column.querySelector('pm-manifesto')!;
      const values = column.querySelector('pm-values')!;
      await settled(manifesto);
      await settled(values);
      const manifestoText = shownText(manifesto);
      const valuesText = shownText(values);
      const manifestoHeadings = headings(manifesto).map((h) => h.text);

      const lines = await sourceLines();
      // The page's last two lines are the share control, which <pm-share> carries.
      expect(lines.slice(-2)).to.deep.equal(['Share this', 'Instagram icon']);
      let checked = 0;
      for (const line of lines.slice(0, -2)) {
        const labelled = /^(Vision|Mission):\s+(.*)$/.exec(line);
        if (labelled) {
          expect(manifestoHeadings, 'label as a heading').to.include(labelled[1]);
          for (const sentence of sentences(labelled[2])) expect(manifestoText).to.contain(sentence);
          checked += 1;
        } else if (line.startsWith('•')) {
          const value = line.slice(1).trim();
          const names = [...shadow(values).querySelectorAll('li')].map((li) => li.textContent!.trim());
          expect(names, 'value as a list item').to.include(value);
          expect(valuesText).to.contain(value);
          checked += 1;
        } else {
          for (const sentence of sentences(line)) expect(manifestoText, 'sentence shown').to.contain(sentence);
          checked += 1;
        }
      }
      expect(checked, 'lines checked').to.equal(lines.length - 2);
    });

    it('keeps the order of the campaign page, in a section named by its title', async () => {
      const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto></pm-manifesto>`);
      const section = shadow(element).querySelector('section')!;
      expect(section.getAttribute('aria-labelledby')).to.equal('title');
      expect(shadow(element).getElementById('title')!.textContent).to.equal('People Move');
      const text = shownText(element);
      const order = [
        'People Move',
        'Vision',
        'A society in which',
        'Mission',
        'We support people',
        'People have always moved.',
        'Down the road.',
        'As any of the millions',
        'We don’t believe',
        'Our manifesto offers 12',
        'Read our manifesto',
        'Show your support with a People Move t-shirt',
      ].map((part) => text.toLowerCase().indexOf(part.toLowerCase()));
      expect(order.every((at) => at >= 0), 'every part present').to.equal(true);
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      expect(shadow(element).querySelectorAll('p')).to.have.length(6);
    });

    it('links to the manifesto and the t-shirt with real links, by default to the campaign’s addresses', async () => {
      const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto></pm-manifesto>`);
      expect(link(element, 'manifesto-link')!.href).to.equal(MANIFESTO_URL);
      expect(link(element, 'manifesto-link')!.textContent!.trim()).to.equal('Read our manifesto');
      expect(link(element, 'shop-link')!.href).to.equal(SHOP_URL);
      expect(link(element, 'shop-link')!.textContent!.trim()).to.equal('Show your support with a People Move t-shirt');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" gives an h${level} title and h${Math.min(6, level + 1)} sub-headings`, async () => {
        const warnings = await warningsDuring(async () => {
          const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto heading-level=${level}></pm-manifesto>`);
          const sub = `h${Math.min(6, level + 1)}`;
          expect(headings(element)).to.deep.equal([
            {tag: `h${level}`, text: 'People Move'},
            {tag: sub, text: 'Vision'},
            {tag: sub, text: 'Mission'},
            {tag: sub, text: 'People have always moved.'},
          ]);
        });
        expect(warnings).to.deep.equal([]);
      });
    }

    it('is h2 with h3 sub-headings by default, and follows the property', async () => {
      const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto></pm-manifesto>`);
      expect(headings(element).map((h) => h.tag)).to.deep.equal(['h2', 'h3', 'h3', 'h3']);
      element.headingLevel = 4;
      await element.updateComplete;
      expect(headings(element).map((h) => h.tag)).to.deep.equal(['h4', 'h5', 'h5', 'h5']);
    });

    const bad: [string, string][] = [
      ['0', 'h1'],
      ['9', 'h6'],
      ['-3', 'h1'],
      ['2.6', 'h3'],
      ['three', 'h2'],
      ['', 'h2'],
    ];
    for (const [value, tag] of bad) {
      it(`heading-level="${value}" gives an ${tag} title and one warning`, async () => {
        let element!: PeopleMoveManifesto;
        const warnings = await warningsDuring(async () => {
          element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto heading-level=${value}></pm-manifesto>`);
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(headings(element)[0]).to.deep.equal({tag, text: 'People Move'});
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`heading-level="${value}"`).and.to.contain('<pm-manifesto>');
      });
    }
  });

  describe('variant', () => {
    it('"summary" shows the vision, the mission and the manifesto link only', async () => {
      const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto variant="summary"></pm-manifesto>`);
      expect(headings(element).map((h) => h.text)).to.deep.equal(['People Move', 'Vision', 'Mission']);
      const text = shownText(element);
      expect(text).to.contain('A society in which people are able to live safely');
      expect(text).to.contain('We support people to have fulfilling lives in the UK.');
      expect(text).not.to.contain('People have always moved');
      expect(text).not.to.contain('Our manifesto offers');
      expect(link(element, 'manifesto-link')).not.to.equal(null);
      expect(link(element, 'shop-link')).to.equal(null);
      expect(shadow(element).querySelectorAll('a')).to.have.length(1);
    });

    it('an unknown variant shows everything, with one warning', async () => {
      let element!: PeopleMoveManifesto;
      const warnings = await warningsDuring(async () => {
        element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto variant="tiny"></pm-manifesto>`);
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(shownText(element)).to.contain('People have always moved.');
      expect(link(element, 'shop-link')).not.to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('variant="tiny"');
    });
  });

  describe('links', () => {
    it('uses the http(s) addresses it is given, relative ones resolved against the page', async () => {
      const element = await fixture<PeopleMoveManifesto>(
        html`<pm-manifesto manifesto-href="https://example.org/manifesto" shop-href="/shop?item=t-shirt"></pm-manifesto>`,
      );
      expect(link(element, 'manifesto-link')!.getAttribute('href')).to.equal('https://example.org/manifesto');
      expect(link(element, 'shop-link')!.getAttribute('href')).to.equal(new URL('/shop?item=t-shirt', document.baseURI).href);
    });

    for (const hostile of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:someone@example.org', '   ']) {
      it(`refuses ${JSON.stringify(hostile)}: the default address instead, and one warning`, async () => {
        let element!: PeopleMoveManifesto;
        const warnings = await warningsDuring(async () => {
          element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto manifesto-href=${hostile}></pm-manifesto>`);
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(link(element, 'manifesto-link')!.getAttribute('href')).to.equal(MANIFESTO_URL);
        expect(shadow(element).innerHTML).not.to.contain(hostile.trim() || 'javascript:');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('manifesto-href');
      });
    }

    it('shop-href="none" hides the t-shirt link, without a warning', async () => {
      const warnings = await warningsDuring(async () => {
        const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto shop-href="None"></pm-manifesto>`);
        expect(link(element, 'shop-link')).to.equal(null);
        expect(shownText(element)).not.to.contain('t-shirt');
        expect(link(element, 'manifesto-link')).not.to.equal(null);
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('fallback content', () => {
    it('shows the partner’s own HTML before the element is defined, and hides it once it renders', async () => {
      const tag = 'pm-manifesto-fallback-check';
      const column = fixtureSync<HTMLElement>(
        html`<div><pm-manifesto-fallback-check><a href="https://example.org/">Read the People Move manifesto</a></pm-manifesto-fallback-check></div>`,
      );
      const fallback = column.querySelector('a')!;
      expect(fallback.checkVisibility(), 'visible before definition').to.equal(true);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);

      defineElement(tag, class extends PeopleMoveManifesto {});
      const element = column.querySelector(tag) as PeopleMoveManifesto;
      await element.updateComplete;
      expect(shownText(element)).to.contain('People Move');
      expect(fallback.isConnected, 'still in the page').to.equal(true);
      expect(fallback.checkVisibility(), 'hidden after definition').to.equal(false);
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('looks at home', () => {
    it('inherits the host’s font and size, and a root font-size of 62.5% shrinks nothing', async () => {
      const column = fixtureSync<HTMLElement>(html`<div><pm-manifesto></pm-manifesto></div>`);
      column.style.font = '16px Georgia, serif';
      const element = column.querySelector('pm-manifesto')!;
      await settled(element);
      const measure = () =>
        ['.title', '.statement-text', '.story p', 'a.primary'].map((selector) => {
          const node = shadow(element).querySelector(selector)!;
          return {size: getComputedStyle(node).fontSize, height: Math.round(node.getBoundingClientRect().height)};
        });
      const before = measure();
      expect(getComputedStyle(shadow(element).querySelector('.story p')!).fontSize).to.equal('16px');
      expect(getComputedStyle(shadow(element).querySelector('.title')!).fontFamily).to.equal(getComputedStyle(column).fontFamily);
      document.documentElement.style.fontSize = '62.5%';
      expect(measure()).to.deep.equal(before);
    });

    it('makes both links at least 44 × 44 px', async () => {
      const {element} = await inColumn(280, html`<pm-manifesto></pm-manifesto>`);
      for (const part of ['manifesto-link', 'shop-link']) {
        const box = link(element, part)!.getBoundingClientRect();
        expect(box.height, `${part} height`).to.be.at.least(44);
        expect(box.width, `${part} width`).to.be.at.least(44);
      }
    });

    it('lays out by its own width: one column when narrow, the story beside the statements when wide', async () => {
      const narrow = await inColumn(320, html`<pm-manifesto></pm-manifesto>`);
      const box = (element: Element, selector: string) => shadow(element).querySelector(selector)!.getBoundingClientRect();
      expect(box(narrow.element, '.mission').top).to.be.greaterThan(box(narrow.element, '.vision').bottom);
      expect(box(narrow.element, '.story').top).to.be.greaterThan(box(narrow.element, '.statements').bottom);

      const wide = await inColumn(1200, html`<pm-manifesto></pm-manifesto>`);
      expect(box(wide.element, '.story').left).to.be.greaterThan(box(wide.element, '.statements').right);

      const summary = await inColumn(800, html`<pm-manifesto variant="summary"></pm-manifesto>`);
      expect(box(summary.element, '.mission').left).to.be.greaterThan(box(summary.element, '.vision').right);
      expect(box(summary.element, '.mission').top).to.equal(box(summary.element, '.vision').top);
    });

    it('mirrors in a right-to-left language: the statement bars on the inline start', async () => {
      const {element} = await inColumn(600, html`<pm-manifesto lang="ar"></pm-manifesto>`);
      expect(shadow(element).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
      const vision = getComputedStyle(shadow(element).querySelector('.vision')!);
      expect(vision.borderRightWidth).not.to.equal('0px');
      expect(vision.borderLeftWidth).to.equal('0px');
    });
  });

  describe('fits any column', () => {
    for (const width of [280, 1400]) {
      for (const variant of ['full', 'summary']) {
        it(`has no horizontal overflow at ${width} px (${variant})`, async () => {
          const {column, element} = await inColumn(width, html`<pm-manifesto variant=${variant} theme="light"></pm-manifesto>`);
          expectNoOverflow(column, element);
        });
      }
    }

    it('has no horizontal overflow at 280 px in the longer pseudo-language', async () => {
      const {column, element} = await inColumn(280, html`<pm-manifesto lang="en-XA" theme="dark"></pm-manifesto>`);
      expect(shownText(element)).not.to.contain('People have always moved.');
      expectNoOverflow(column, element);
    });
  });

  describe('accessibility (axe)', () => {
    for (const variant of ['full', 'summary']) {
      it(`has no violations unthemed, light and dark (${variant})`, async () => {
        for (const theme of [undefined, 'light', 'dark']) {
          const element = await fixture<PeopleMoveManifesto>(
            html`<pm-manifesto variant=${variant} theme=${ifDefined(theme)}></pm-manifesto>`,
          );
          await expect(element).to.be.accessible();
        }
      });
    }

    it('has no violations with theme="auto" in a dark colour scheme', async () => {
      await emulateMedia({colorScheme: 'dark'});
      const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto theme="auto"></pm-manifesto>`);
      expect(getComputedStyle(shadow(element).querySelector('.base')!).backgroundColor).to.equal('rgb(29, 27, 32)');
      await expect(element).to.be.accessible();
    });

    it('keeps theme="light" and "dark" in either colour scheme; "auto" follows the scheme', async () => {
      const surface = async (theme: string) => {
        const element = await fixture<PeopleMoveManifesto>(html`<pm-manifesto theme=${theme}></pm-manifesto>`);
        return getComputedStyle(shadow(element).querySelector('.base')!).backgroundColor;
      };
      const [light, dark] = ['rgb(255, 255, 255)', 'rgb(29, 27, 32)'];
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({colorScheme: scheme});
        expect(await surface('light'), `theme="light" in a ${scheme} scheme`).to.equal(light);
        expect(await surface('dark'), `theme="dark" in a ${scheme} scheme`).to.equal(dark);
        expect(await surface('auto'), `theme="auto" in a ${scheme} scheme`).to.equal(scheme === 'light' ? light : dark);
      }
    });

    itInForcedColors(
      'has no violations in forced colours, where the links keep a visible outline',
      () => fixture<PeopleMoveManifesto>(html`<pm-manifesto theme="dark"></pm-manifesto>`),
      async (element) => {
        const primary = getComputedStyle(link(element, 'manifesto-link')!);
        expect(primary.borderTopStyle).to.equal('solid');
        expect(primary.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
        await expect(element).to.be.accessible();
      },
    );
  });
});
