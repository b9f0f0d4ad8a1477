import {expect, fixture, fixtureSync, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import {defineElement} from '../src/define.js';
import '../src/elements/pm-values/define.js';
import {PeopleMoveValues} from '../src/elements/pm-values/pm-values.js';
import {
  expectNoOverflow,
  inColumn,
  itInForcedColors,
  shadow,
  shownText,
  warningsDuring,
} from './support/element-checks.js';

const ALL = ['Justice', 'Equality', 'Humanity', 'Solidarity', 'Creativity', 'Accountability'];

function names(element: Element): string[] {
  return [...shadow(element).querySelectorAll('li')].map((li) => li.textContent!.trim());
}

function heading(element: Element): Element | null {
  return shadow(element).querySelector('h1, h2, h3, h4, h5, h6');
}

/** The rows the values sit in: how many values share each top edge. */
function rows(element: Element): number[] {
  const tops = new Map<number, number>();
  for (const li of shadow(element).querySelectorAll('li')) {
    const top = Math.round(li.getBoundingClientRect().top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops.values()];
}

describe('<pm-values>', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await emulateMedia({colorScheme: 'light'});
  });

  describe('content', () => {
    it('lists the six values in the campaign’s order, under the heading that names the list', async () => {
      const element = await fixture<PeopleMoveValues>(html`<pm-values></pm-values>`);
      expect(names(element)).to.deep.equal(ALL);
      const list = shadow(element).querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      const title = heading(element)!;
      expect(title.localName).to.equal('h2');
      expect(title.textContent!.trim()).to.equal('Our values');
      expect(shadow(element).getElementById(list.getAttribute('aria-labelledby')!)).to.equal(title);
    });

    it('gives each value its own icon, hidden from assistive technology', async () => {
      const element = await fixture<PeopleMoveValues>(html`<pm-values></pm-values>`);
      const icons = [...shadow(element).querySelectorAll('li svg')];
      expect(icons).to.have.length(6);
      for (const icon of icons) {
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.querySelector('path')!.getAttribute('d')).to.have.length.greaterThan(20);
        expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      expect(new Set(icons.map((icon) => icon.innerHTML)).size, 'six different icons').to.equal(6);
    });
  });

  describe('heading', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" gives an h${level}`, async () => {
        const warnings = await warningsDuring(async () => {
          const element = await fixture<PeopleMoveValues>(html`<pm-values heading-level=${level}></pm-values>`);
          expect(heading(element)!.localName).to.equal(`h${level}`);
        });
        expect(warnings).to.deep.equal([]);
      });
    }

    for (const [value, tag] of [
      ['7', 'h6'],
      ['0', 'h1'],
      ['h3', 'h2'],
    ]) {
      it(`heading-level="${value}" gives an ${tag} and one warning`, async () => {
        let element!: PeopleMoveValues;
        const warnings = await warningsDuring(async () => {
          element = await fixture<PeopleMoveValues>(html`<pm-values heading-level=${value}></pm-values>`);
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(heading(element)!.localName).to.equal(tag);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`heading-level="${value}"`).and.to.contain('<pm-values>');
      });
    }

    it('no-heading drops the heading; the list keeps its name', async () => {
      const element = await fixture<PeopleMoveValues>(html`<pm-values no-heading></pm-values>`);
      expect(heading(element)).to.equal(null);
      const list = shadow(element).querySelector('ul')!;
      expect(list.getAttribute('aria-label')).to.equal('Our values');
      expect(list.hasAttribute('aria-labelledby')).to.equal(false);
      expect(shownText(element)).not.to.contain('Our values');
      await expect(element).to.be.accessible();
    });
  });

  describe('values', () => {
    it('picks and orders a subset, ignoring case, commas and repeats', async () => {
      const warnings = await warningsDuring(async () => {
        const element = await fixture<PeopleMoveValues>(
          html`<pm-values values="Solidarity, justice  HUMANITY solidarity"></pm-values>`,
        );
        expect(names(element)).to.deep.equal(['Solidarity', 'Justice', 'Humanity']);
        element.values = 'accountability equality';
        await element.updateComplete;
        expect(names(element)).to.deep.equal(['Accountability', 'Equality']);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('skips unknown ids with one warning, however often it renders', async () => {
      let element!: PeopleMoveValues;
      const warnings = await warningsDuring(async () => {
        element = await fixture<PeopleMoveValues>(html`<pm-values values="justice kindness creativity"></pm-values>`);
        element.requestUpdate();
        await element.updateComplete;
        element.layout = 'list';
        await element.updateComplete;
      });
      expect(names(element)).to.deep.equal(['Justice', 'Creativity']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"kindness"').and.to.contain('<pm-values>');
    });

    it('shows all six, with one warning, when it names none it knows; and all six when empty', async () => {
      let element!: PeopleMoveValues;
      const warnings = await warningsDuring(async () => {
        element = await fixture<PeopleMoveValues>(html`<pm-values values="love peace"></pm-values>`);
      });
      expect(names(element)).to.deep.equal(ALL);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('showing all six');
      const empty = await fixture<PeopleMoveValues>(html`<pm-values values="  "></pm-values>`);
      expect(names(empty)).to.deep.equal(ALL);
    });
  });

  describe('layout', () => {
    it('grid: cards in whole rows that follow the element’s width (1, 2, 3 or 6 a row)', async () => {
      const expected: [number, number[]][] = [
        [280, [1, 1, 1, 1, 1, 1]],
        [500, [2, 2, 2]],
        [760, [3, 3]],
        [1200, [6]],
      ];
      for (const [width, shape] of expected) {
        const {element} = await inColumn(width, html`<pm-values></pm-values>`);
        expect(rows(element), `${width} px`).to.deep.equal(shape);
        const card = getComputedStyle(shadow(element).querySelector('li')!);
        expect(card.backgroundColor, 'cards are tinted').not.to.equal('rgba(0, 0, 0, 0)');
      }
    });

    it('list: one value a line at any width', async () => {
      for (const width of [280, 1200]) {
        const {element} = await inColumn(width, html`<pm-values layout="list"></pm-values>`);
        expect(rows(element), `${width} px`).to.deep.equal([1, 1, 1, 1, 1, 1]);
      }
    });

    it('inline: a line of values that wraps, each as wide as its words', async () => {
      const wide = await inColumn(1200, html`<pm-values layout="inline"></pm-values>`);
      expect(rows(wide.element)).to.deep.equal([6]);
      const narrow = await inColumn(280, html`<pm-values layout="inline"></pm-values>`);
      const shape = rows(narrow.element);
      expect(shape.length, 'wraps onto several lines').to.be.greaterThan(1);
      expect(Math.max(...shape), 'more than one on a line').to.be.greaterThan(1);
    });

    it('an unknown layout is the grid, with one warning', async () => {
      let element!: PeopleMoveValues;
      const warnings = await warningsDuring(async () => {
        ({element} = await inColumn<PeopleMoveValues>(1200, html`<pm-values layout="carousel"></pm-values>`));
      });
      expect(rows(element)).to.deep.equal([6]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('layout="carousel"');
    });
  });

  describe('fallback content', () => {
    it('shows the partner’s own HTML before the element is defined, and hides it once it renders', async () => {
      const tag = 'pm-values-fallback-check';
      const column = fixtureSync<HTMLElement>(
        html`<div><pm-values-fallback-check><p>Justice, equality, humanity, solidarity, creativity, accountability.</p></pm-values-fallback-check></div>`,
      );
      const fallback = column.querySelector('p')!;
      expect(fallback.checkVisibility(), 'visible before definition').to.equal(true);
      defineElement(tag, class extends PeopleMoveValues {});
      const element = column.querySelector(tag) as PeopleMoveValues;
      await element.updateComplete;
      expect(names(element)).to.deep.equal(ALL);
      expect(fallback.checkVisibility(), 'hidden after definition').to.equal(false);
    });
  });

  describe('looks at home', () => {
    it('inherits the host’s font and size, and a root font-size of 62.5% shrinks nothing', async () => {
      const {column, element} = await inColumn(600, html`<pm-values></pm-values>`);
      column.style.font = '18px Georgia, serif';
      const measure = () =>
        ['.heading', '.name', '.icon'].map((selector) => {
          const node = shadow(element).querySelector(selector)!;
          return {size: getComputedStyle(node).fontSize, width: Math.round(node.getBoundingClientRect().width)};
        });
      const before = measure();
      expect(before[1].size).to.equal('18px');
      expect(getComputedStyle(shadow(element).querySelector('.name')!).fontFamily).to.equal(getComputedStyle(column).fontFamily);
      document.documentElement.style.fontSize = '62.5%';
      expect(measure()).to.deep.equal(before);
    });
  });

  describe('fits any column', () => {
    for (const width of [280, 1400]) {
      for (const layout of ['grid', 'list', 'inline']) {
        it(`has no horizontal overflow at ${width} px (${layout})`, async () => {
          const {column, element} = await inColumn(width, html`<pm-values layout=${layout} theme="light"></pm-values>`);
          expectNoOverflow(column, element);
        });
      }
    }

    it('has no horizontal overflow at 280 px in the longer pseudo-language', async () => {
      const {column, element} = await inColumn(280, html`<pm-values lang="en-XA" theme="dark"></pm-values>`);
      expect(names(element)).not.to.include('Justice');
      expectNoOverflow(column, element);
    });
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['grid', 'list', 'inline']) {
      it(`has no violations unthemed, light and dark (${layout})`, async () => {
        for (const theme of [undefined, 'light', 'dark']) {
          const element = await fixture<PeopleMoveValues>(
            html`<pm-values layout=${layout} theme=${ifDefined(theme)}></pm-values>`,
          );
          await expect(element).to.be.accessible();
        }
      });
    }

    it('has no violations with theme="auto" in a dark colour scheme', async () => {
      await emulateMedia({colorScheme: 'dark'});
      const element = await fixture<PeopleMoveValues>(html`<pm-values theme="auto"></pm-values>`);
      expect(getComputedStyle(shadow(element).querySelector('.base')!).backgroundColor).to.equal('rgb(29, 27, 32)');
      await expect(element).to.be.accessible();
    });

    for (const layout of ['grid', 'list', 'inline']) {
      itInForcedColors(
        `has no violations in forced colours in the ${layout} layout, where icons take the text colour${layout === 'grid' ? ' and cards an outline' : ''}`,
        () => fixture<PeopleMoveValues>(html`<pm-values layout=${layout} theme="dark"></pm-values>`),
        async (element) => {
          const icon = getComputedStyle(shadow(element).querySelector('.icon')!);
          const base = getComputedStyle(shadow(element).querySelector('.base')!);
          expect(icon.color, 'icon in the text colour').to.equal(base.color);
          if (layout === 'grid') {
            const card = getComputedStyle(shadow(element).querySelector('li')!);
            expect(card.borderTopColor, 'card outline').to.equal(base.color);
          }
          await expect(element).to.be.accessible();
        },
      );
    }
  });
});
