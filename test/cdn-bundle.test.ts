import {expect, waitUntil} from '@open-wc/testing';

/**
 * The built CDN file (dist/cdn/people-move.js, made by `npm run build`), loaded
 * as a partner loads it: a page holding only the script tag, pasted more than
 * once, and the element tags.
 */
function loadPage(path: string): Promise<Window> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '600px';
    frame.addEventListener('load', () => resolve(frame.contentWindow!), {once: true});
    frame.addEventListener('error', reject, {once: true});
    frame.src = path;
    document.body.append(frame);
  });
}

async function rendered(page: Window, tag: string): Promise<ShadowRoot> {
  await page.customElements.whenDefined(tag);
  const element = page.document.querySelector(tag) as (HTMLElement & {updateComplete: Promise<unknown>}) | null;
  expect(element, `<${tag}> in the page`).to.exist;
  await element!.updateComplete;
  return element!.shadowRoot!;
}

describe('the CDN bundle on a plain page, pasted three times', () => {
  let page: Window & {recorded?: {errors: string[]; warnings: string[]}};

  before(async () => {
    page = await loadPage('/test/pages/cdn-twice.html');
  });

  it('renders <pm-manifesto> with the campaign text', async () => {
    const root = await rendered(page, 'pm-manifesto');
    expect(root.textContent).to.contain('A society in which people are able to live safely');
  });

  it('renders <pm-values> with the six values', async () => {
    const root = await rendered(page, 'pm-values');
    for (const value of ['Justice', 'Equality', 'Humanity', 'Solidarity', 'Creativity', 'Accountability']) {
      expect(root.textContent).to.contain(value);
    }
  });

  it('renders <pm-share>, named "Share this"', async () => {
    const root = await rendered(page, 'pm-share');
    expect(root.querySelector('[aria-label="Share this"], [aria-labelledby]')).to.exist;
  });

  it('defines <pm-campaign> too', async () => {
    await page.customElements.whenDefined('pm-campaign');
    expect(page.customElements.get('pm-campaign')).to.be.a('function');
  });

  it('logs no error and no warning, though the same version was loaded from two URLs', async () => {
    await rendered(page, 'pm-share');
    expect(page.recorded!.errors).to.deep.equal([]);
    expect(page.recorded!.warnings.filter((line) => line.startsWith('[people-move]'))).to.deep.equal([]);
  });

  it('writes no CSS the supported browsers refuse (Safari 16.4, Firefox 115: light-dark(), a text-decoration shorthand with a thickness)', async () => {
    const code = await (await fetch('/dist/cdn/people-move.js')).text();
    expect(code).to.contain('--lightningcss-dark');
    expect(code).not.to.contain('light-dark(');
    expect(code).not.to.match(/text-decoration:underline [.\d]/);
  });

  // The bundle's CSS is written for older browsers too (light-dark() as custom-property fallbacks): the themes
  // must still give their palettes, as the sources do.
  it('gives theme="light" and theme="dark" their palettes, with the CSS written for older browsers', async () => {
    const colours: Record<string, [string, string]> = {};
    for (const theme of ['light', 'dark']) {
      const element = page.document.createElement('pm-share') as HTMLElement & {updateComplete: Promise<unknown>};
      element.setAttribute('theme', theme);
      page.document.body.append(element);
      await element.updateComplete;
      const base = page.getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!);
      colours[theme] = [base.color, base.backgroundColor];
      element.remove();
    }
    expect(colours).to.deep.equal({light: ['rgb(29, 27, 32)', 'rgb(255, 255, 255)'], dark: ['rgb(236, 230, 240)', 'rgb(29, 27, 32)']});
  });

  // Minifiers may merge two identical templates: the second copy must still put new words in the live region.
  it('says the same words again on a second copy, with the minified templates', async () => {
    const root = await rendered(page, 'pm-share');
    // No Clipboard API (an http: page): each copy says it could not copy automatically, in the same words.
    Object.defineProperty(page.navigator, 'clipboard', {value: undefined, configurable: true});
    try {
      const copy = root.querySelector<HTMLElement>('[data-network="copy"]')!;
      const words = () => root.querySelector('.status span');
      copy.click();
      await waitUntil(() => words() !== null, 'the first copy said nothing');
      const first = words()!;
      copy.click();
      await waitUntil(() => words() !== null && words() !== first, 'the second copy put no new words in the live region');
      expect(words()!.textContent).to.equal(first.textContent);
    } finally {
      delete (page.navigator as {clipboard?: unknown}).clipboard;
    }
  });
});
