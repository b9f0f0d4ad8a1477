import {expect, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/pm-manifesto/define.js';
import '../../src/elements/pm-values/define.js';
import '../../src/elements/pm-share/define.js';
import {innerRoot, mount, type PeopleMove, rendersIn} from '../support/i18n-checks.js';

const RIGHT_TO_LEFT = ['ar', 'fa', 'ur', 'ps', 'ckb'];

/** The text nodes in `element`'s shadow tree that contain `words`. */
function runsContaining(element: Element, words: string): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(words)) found.push(node as Text);
  }
  return found;
}

/** Where on screen the word at `start` of `text` begins, horizontally. */
function leftOf(text: Text, start: number, length: number): number {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + length);
  return range.getBoundingClientRect().left;
}

describe('right-to-left languages', () => {
  for (const code of RIGHT_TO_LEFT) {
    it(`${code}: every element sets lang="${code}" and dir="rtl" on its inner root, and “People Move” still reads left to right`, async () => {
      const page = await mount(html`<div>
        <pm-manifesto lang=${code}></pm-manifesto>
        <pm-values lang=${code}></pm-values>
        <pm-share lang=${code}></pm-share>
      </div>`);
      for (const element of page.querySelectorAll<PeopleMove>('pm-manifesto, pm-values, pm-share')) {
        await rendersIn(element, code);
        const root = innerRoot(element);
        expect(root.getAttribute('lang'), element.localName).to.equal(code);
        expect(root.getAttribute('dir'), element.localName).to.equal('rtl');
        expect(getComputedStyle(root).direction, element.localName).to.equal('rtl');
      }
      const manifesto = page.querySelector('pm-manifesto')!;
      const runs = runsContaining(manifesto, 'People Move');
      expect(runs.length, 'runs naming the campaign').to.be.at.least(1);
      for (const run of runs) {
        const at = run.textContent!.indexOf('People Move');
        expect(leftOf(run, at, 6), `“People” left of “Move” in “${run.textContent}”`).to.be.below(leftOf(run, at + 7, 4));
      }
    });
  }

  it('keeps the link to copy by hand left to right inside a right-to-left element', async () => {
    // A page without the Clipboard API (plain http:): the copy control shows the link to copy by hand.
    Object.defineProperty(navigator, 'clipboard', {configurable: true, get: () => undefined});
    try {
      const element = await mount<PeopleMove>(html`<pm-share lang="ar" url="https://www.jcwi.org.uk/people-move"></pm-share>`);
      await rendersIn(element, 'ar');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[data-network="copy"]')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('input'), 'no field holding the link');
      const field = element.shadowRoot!.querySelector('input')!;
      expect(field.value).to.equal('https://www.jcwi.org.uk/people-move');
      expect(getComputedStyle(innerRoot(element)).direction).to.equal('rtl');
      expect(getComputedStyle(field).direction).to.equal('ltr');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('sets dir="ltr" for a left-to-right language', async () => {
    const element = await mount<PeopleMove>(html`<pm-values lang="pa"></pm-values>`);
    await rendersIn(element, 'pa');
    expect(innerRoot(element).getAttribute('dir')).to.equal('ltr');
  });
});
