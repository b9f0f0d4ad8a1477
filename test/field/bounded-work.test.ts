// Issue 12, item 5: bounded work. A huge value costs a bounded amount: the
// shared text is cut before anything segments or encodes it, a warning quotes
// at most about 100 characters of a value, and the warn-once memory has a cap.
// Timings are not tested here: `npm run bench:long-values` measures them.
import {expect} from '@open-wc/testing';
import {fieldPage, frameWith, shareHref, shareParam} from './support.js';

const MEGABYTE = 1024 * 1024;
/** A warning line quotes ~100 characters of a value plus its own words: far below this. */
const LONGEST_WARNING = 600;

describe('field: bounded work', () => {
  const page = fieldPage();

  it('a 1 MB manifesto-href gives one short warning that quotes its beginning', async () => {
    const value = `javascript:${'a'.repeat(MEGABYTE)}`;
    await page.mount('pm-manifesto', {manifestoHref: value});
    expect(page.seen.warnings).to.have.length(1);
    expect(page.seen.warnings[0]!.length).to.be.lessThan(LONGEST_WARNING);
    expect(page.seen.warnings[0]).to.contain('manifesto-href="javascript:aaa').and.to.contain(`${value.length} characters`);
  });

  it('every warning about a 1 MB value on any attribute of any element stays short', async function () {
    this.timeout(60_000);
    const huge = `<x> ${'\u{1F30D} justice? '.repeat(MEGABYTE / 14)}`;
    for (const [tag, names] of [
      ['pm-share', ['url', 'networks', 'variant', 'mastodonServer', 'instagramHref']],
      ['pm-values', ['layout', 'values', 'headingLevel', 'lang']],
      ['pm-manifesto', ['variant', 'headingLevel', 'manifestoHref', 'shopHref']],
    ] as const) {
      for (const name of names) await page.mount(tag, {[name]: huge});
    }
    const long = page.seen.warnings.filter((line) => line.length >= LONGEST_WARNING);
    expect(long.map((line) => `${line.slice(0, 120)}… (${line.length} characters)`)).to.deep.equal([]);
    expect(page.seen.warnings.length).to.be.greaterThan(5);
  });

  it('a 1 MB text is cut before it is encoded: every share link stays short, and says it was cut', async function () {
    this.timeout(60_000);
    const text = `People move. ${'word '.repeat(MEGABYTE / 5)}`;
    const element = await page.mount('pm-share', {text, networks: 'x whatsapp email telegram bluesky threads mastodon reddit'});
    for (const network of ['whatsapp', 'email', 'telegram']) expect(shareHref(element, network).length, network).to.be.lessThan(50_000);
    expect(shareParam(element, 'email', 'subject')).to.match(/^People move\. word word .*…$/u);
    expect(shareParam(element, 'x', 'text')).to.match(/^People move\. word .*…$/u);
    expect(page.seen.warnings.filter((line) => line.includes('text='))).to.have.length(1);
  });

  it('a 1 MB url is refused before it is parsed: every share link stays short', async function () {
    this.timeout(60_000);
    const url = `https://example.org/${'a b '.repeat(MEGABYTE / 4)}`;
    const element = await page.mount('pm-share', {url, networks: 'x whatsapp email telegram bluesky threads mastodon reddit facebook'});
    expect(shareParam(element, 'facebook', 'u')).to.equal(`${location.origin}${location.pathname}`);
    for (const network of ['x', 'whatsapp', 'email', 'telegram', 'bluesky', 'threads', 'mastodon', 'reddit']) {
      expect(shareHref(element, network).length, network).to.be.lessThan(5_000);
    }
    expect(page.seen.warnings).to.have.length(1);
    expect(page.seen.warnings[0]!.length).to.be.lessThan(LONGEST_WARNING);
  });

  it('remembers at most 100 causes: a flood of bad values prints 100 warnings and one that says so', async function () {
    this.timeout(20_000);
    const {frame, win} = await frameWith('<script>window.pmWarnings = []; console.warn = (line) => pmWarnings.push(line);</script>', '');
    try {
      const element = win.document.createElement('pm-values') as HTMLElement & {updateComplete: Promise<unknown>; layout: string};
      win.document.body.append(element);
      await element.updateComplete;
      for (let index = 0; index < 500; index++) {
        element.layout = `carousel-${index}`;
        await element.updateComplete;
      }
      const warnings = (win as unknown as {pmWarnings: string[]}).pmWarnings;
      expect(warnings).to.have.length(101);
      expect(warnings[99]).to.contain('carousel-99');
      expect(warnings[100]).to.contain('no more are printed');
      expect(win.pmErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
