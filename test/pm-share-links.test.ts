import {expect, html} from '@open-wc/testing';
import {manifestoContent} from '../src/elements/pm-manifesto/pm-manifesto.content.js';
import {
  ALL_NETWORKS,
  cancelShares,
  control,
  decodeShareLink,
  graphemes,
  LINK_NETWORKS,
  networksShown,
  render,
  SHARE_PAGES,
  type ShareEventDetail,
  warningsDuring,
} from './support/pm-share-checks.js';

const URL_GIVEN = 'https://example.org/people-move?ref=a&b=c%25d#part-2';

const TEXTS: Record<string, string> = {
  'spaces, &, #, % and +': 'People move & stay: #PeopleMove 100% + 50 % = more?',
  'emoji (joined, flags, skin tones)': 'Welcome 👨‍👩‍👧‍👦 🇬🇧 👋🏽 ✊🏿 home',
  Arabic: 'يتنقل الناس دائمًا. مجتمع يعيش فيه الناس بأمان!',
  'combining marks and line breaks': 'Cafe\u0301 «citoyen»\nnext line\ttab',
};

/** A 1,000-character text mixing Latin, Arabic, emoji sequences and combining marks, cut at a grapheme. */
const LONG_TEXT = (() => {
  const pieces = ['People', ' ', 'move', ' ', '👨‍👩‍👧', ' ', 'سلام', ' ', 'e\u0301te\u0301', ' ', '🇺🇦', ' ', '&#%', ' '];
  let text = '';
  for (let i = 0; [...text].length < 1000; i++) text += pieces[i % pieces.length];
  const kept = graphemes(text);
  while ([...kept.join('')].length > 1000) kept.pop();
  return kept.join('');
})();

/** The share link of `network`. */
function hrefOf(el: HTMLElement & {shadowRoot: ShadowRoot | null}, network: string): string {
  return control(el as never, network)!.getAttribute('href')!;
}

/** X's count: links 23, emoji 2, code points in X's light ranges 1, others 2. Written from X's counting rules, apart from the element's own. */
function xCount(text: string): number {
  let count = 0;
  for (const grapheme of graphemes(text)) {
    if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme)) {
      count += 2;
      continue;
    }
    for (const char of grapheme) {
      const code = char.codePointAt(0)!;
      const light = code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247);
      count += light ? 1 : 2;
    }
  }
  return count;
}

/** How long the post each limited network would receive is, counted its way, and its limit. */
const LIMITS: Record<string, {count: (text: string, url: string) => number; max: number}> = {
  x: {count: (text) => xCount(text) + 1 + 23, max: 280},
  bluesky: {count: (text, url) => graphemes(`${text} ${url}`).length, max: 300},
  threads: {count: (text, url) => [...`${text} ${url}`].length, max: 500},
  mastodon: {count: (text) => [...text].length + 1 + 23, max: 500},
  reddit: {count: (text) => [...text].length, max: 300},
};

describe('<pm-share> links and encoding', () => {
  it('renders every web network as a real link to its share page, opening in a new tab without referrer', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} text="Hi" networks=${ALL_NETWORKS}></pm-share>`);
    for (const network of LINK_NETWORKS) {
      const link = control(el, network)!;
      expect(link.localName, network).to.equal('a');
      expect(link.getAttribute('href'), network).to.satisfy((href: string) => href.startsWith(SHARE_PAGES[network]!));
      if (network === 'email') {
        expect(link.hasAttribute('target'), 'mailto opens the mail program, not a tab').to.equal(false);
      } else {
        expect(link.getAttribute('target'), network).to.equal('_blank');
        expect(link.getAttribute('rel')!.split(' '), network).to.include.members(['noopener', 'noreferrer']);
      }
    }
    for (const action of ['copy', 'instagram']) expect(control(el, action)!.localName, action).to.equal('button');
  });

  for (const [kind, given] of Object.entries(TEXTS)) {
    it(`decodes back to exactly the url and text for every network: ${kind}`, async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} text=${given} networks=${ALL_NETWORKS}></pm-share>`);
      for (const network of LINK_NETWORKS) {
        const decoded = decodeShareLink(network, hrefOf(el, network), URL_GIVEN);
        expect(decoded.url, network).to.equal(URL_GIVEN);
        if (decoded.text !== null) expect(decoded.text, network).to.equal(given);
      }
    });
  }

  it('keeps a 1,000-character text whole where the network has no limit', async () => {
    expect([...LONG_TEXT].length).to.equal(1000);
    const el = await render(html`<pm-share url=${URL_GIVEN} text=${LONG_TEXT} networks=${ALL_NETWORKS}></pm-share>`);
    for (const network of ['whatsapp', 'telegram', 'email']) {
      const decoded = decodeShareLink(network, hrefOf(el, network), URL_GIVEN);
      expect(decoded.url, network).to.equal(URL_GIVEN);
      expect(decoded.text, network).to.equal(LONG_TEXT);
    }
  });

  it('shortens a 1,000-character text where the network has a limit: a grapheme-safe prefix with an ellipsis, the link whole', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} text=${LONG_TEXT} networks=${ALL_NETWORKS}></pm-share>`);
    const boundaries = new Set(graphemes(LONG_TEXT).map((_, i, all) => all.slice(0, i + 1).join('').length));
    for (const [network, limit] of Object.entries(LIMITS)) {
      const {url, text} = decodeShareLink(network, hrefOf(el, network), URL_GIVEN);
      expect(url, network).to.equal(URL_GIVEN);
      expect(text, network).to.match(/…$/u);
      const prefix = text!.slice(0, -1);
      expect(LONG_TEXT.startsWith(prefix), `${network}: a prefix of the text`).to.equal(true);
      expect(boundaries.has(prefix.length), `${network}: ends between graphemes`).to.equal(true);
      expect(prefix, network).to.not.match(/\s$/u);
      const count = limit.count(text!, url);
      expect(count, `${network}: within its limit`).to.be.at.most(limit.max);
      expect(count, `${network}: uses most of the room`).to.be.greaterThan(limit.max * 0.8);
    }
  });

  it('never cuts the link: X counts any link as 23, Bluesky counts it in full', async () => {
    const longUrl = `https://example.org/${'campaign/'.repeat(30)}end?x=1`;
    const el = await render(html`<pm-share url=${longUrl} text=${LONG_TEXT} networks="x bluesky"></pm-share>`);
    const x = decodeShareLink('x', hrefOf(el, 'x'), longUrl);
    expect(x.url).to.equal(longUrl);
    expect(xCount(x.text!) + 1 + 23).to.be.within(270, 280);
    const bluesky = decodeShareLink('bluesky', hrefOf(el, 'bluesky'), longUrl);
    expect(bluesky.url).to.equal(longUrl);
    expect(graphemes(`${bluesky.text} ${longUrl}`).length).to.be.at.most(300);
    expect(bluesky.text!.length).to.be.lessThan(x.text!.length);
  });

  it('shares only the link where the link leaves no room for words', async () => {
    const hugeUrl = `https://example.org/${'x'.repeat(320)}`;
    const el = await render(html`<pm-share url=${hugeUrl} text="Words" networks="bluesky x"></pm-share>`);
    expect(decodeShareLink('bluesky', hrefOf(el, 'bluesky'), hugeUrl)).to.deep.equal({url: hugeUrl, text: ''});
    expect(decodeShareLink('x', hrefOf(el, 'x'), hugeUrl), 'X counts the link as 23 whatever its length').to.deep.equal({url: hugeUrl, text: 'Words'});
  });

  it('gives a short text whole to the networks with a limit', async () => {
    const given = TEXTS.Arabic!;
    const el = await render(html`<pm-share url=${URL_GIVEN} text=${given} networks=${ALL_NETWORKS}></pm-share>`);
    for (const network of Object.keys(LIMITS)) expect(decodeShareLink(network, hrefOf(el, network), URL_GIVEN).text).to.equal(given);
  });

  it('shares the campaign vision, in the reader’s language, when no text is given', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="whatsapp"></pm-share>`);
    expect(decodeShareLink('whatsapp', hrefOf(el, 'whatsapp'), URL_GIVEN).text).to.equal(manifestoContent.vision());
    const pseudo = await render(html`<pm-share lang="en-XA" url=${URL_GIVEN} networks="whatsapp"></pm-share>`);
    const {templates} = await import('../src/generated/locales/en-XA.js');
    expect(decodeShareLink('whatsapp', hrefOf(pseudo, 'whatsapp'), URL_GIVEN).text).to.equal(templates['manifesto.vision.text']);
  });

  it('shares only the link when text is empty', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} text="" networks="whatsapp x"></pm-share>`);
    expect(decodeShareLink('whatsapp', hrefOf(el, 'whatsapp'), URL_GIVEN).text).to.equal('');
    expect(decodeShareLink('x', hrefOf(el, 'x'), URL_GIVEN)).to.deep.equal({url: URL_GIVEN, text: ''});
  });

  it('shares a URL given with unencoded characters in its normalised form', async () => {
    const el = await render(html`<pm-share url="https://example.org/سلام?q=a b" networks="facebook"></pm-share>`);
    const expected = new URL('https://example.org/سلام?q=a b').href;
    expect(decodeShareLink('facebook', hrefOf(el, 'facebook'), expected).url).to.equal(expected);
    expect(expected).to.contain('%D8%B3');
  });

  describe('the address shared', () => {
    let canonical: HTMLLinkElement | undefined;
    const original = location.href;
    afterEach(() => {
      canonical?.remove();
      canonical = undefined;
      history.replaceState(null, '', original);
    });

    it('defaults to the page’s canonical link', async () => {
      canonical = Object.assign(document.createElement('link'), {rel: 'canonical', href: 'https://example.org/canonical-page'});
      document.head.append(canonical);
      const el = await render(html`<pm-share networks="facebook"></pm-share>`);
      expect(decodeShareLink('facebook', hrefOf(el, 'facebook'), '').url).to.equal('https://example.org/canonical-page');
    });

    it('defaults to the page’s origin and path, without its query or fragment, when there is no canonical link', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#section-3`);
      const el = await render(html`<pm-share networks="facebook"></pm-share>`);
      const shared = decodeShareLink('facebook', hrefOf(el, 'facebook'), '').url;
      expect(shared).to.equal(`${location.origin}${location.pathname}`);
      expect(shared).to.not.contain('#').and.to.not.contain('?');
    });

    it('follows a single-page app to its new address when the person comes back to the controls', async () => {
      const el = await render(html`<pm-share networks="facebook"></pm-share>`);
      history.replaceState(null, '', '/next-view?view=next');
      control(el, 'facebook')!.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
      await el.updateComplete;
      expect(decodeShareLink('facebook', hrefOf(el, 'facebook'), '').url).to.equal(`${location.origin}/next-view`);
    });

    const refused = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url', 'ftp://example.org/file', 'http://', 'mailto:a@example.org', 'JaVaScRiPt:alert(2)'];
    for (const bad of refused) {
      it(`refuses ${JSON.stringify(bad)} with one warning and shares the default`, async () => {
        canonical = Object.assign(document.createElement('link'), {rel: 'canonical', href: 'https://example.org/canonical-page'});
        document.head.append(canonical);
        let el!: Awaited<ReturnType<typeof render>>;
        const warnings = await warningsDuring(async () => {
          el = await render(html`<pm-share url=${bad} networks=${ALL_NETWORKS}></pm-share>`);
          el.text = 'render again';
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('is not an http(s) address (of at most 4000 characters), so it is never shared');
        for (const network of LINK_NETWORKS) {
          const href = hrefOf(el, network);
          expect(decodeShareLink(network, href, 'https://example.org/canonical-page').url, network).to.equal('https://example.org/canonical-page');
          expect(href.toLowerCase(), network).to.not.contain('javascript');
        }
      });
    }

    it('accepts a path on this site, resolved against the page', async () => {
      const el = await render(html`<pm-share url="/campaign/share-me" networks="facebook"></pm-share>`);
      expect(decodeShareLink('facebook', hrefOf(el, 'facebook'), '').url).to.equal(`${location.origin}/campaign/share-me`);
    });
  });

  describe('Mastodon', () => {
    it('goes through Mastodon’s share hub by default', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} text="Hi all" networks="mastodon"></pm-share>`);
      expect(hrefOf(el, 'mastodon')).to.equal(`https://share.joinmastodon.org/?text=${encodeURIComponent(`Hi all ${URL_GIVEN}`)}`);
    });

    it('goes straight to the share page of mastodon-server', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} text="Hi all" networks="mastodon" mastodon-server=" Mastodon.Social "></pm-share>`);
      const href = hrefOf(el, 'mastodon');
      expect(href.startsWith('https://mastodon.social/share?text=')).to.equal(true);
      expect(decodeShareLink('mastodon', href, URL_GIVEN).text).to.equal('Hi all');
    });

    it('accepts an internationalised server name, in its ASCII form', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} networks="mastodon" mastodon-server="mástodon.example"></pm-share>`);
      expect(hrefOf(el, 'mastodon').startsWith(`https://${new URL('https://mástodon.example').hostname}/share?text=`)).to.equal(true);
      expect(hrefOf(el, 'mastodon')).to.contain('https://xn--');
    });

    const refused = ['https://mastodon.social', 'mastodon.social/@campaign', 'evil.example@mastodon.social', 'mastodon.social:8443', 'localhost', '192.168.0.1', 'javascript:alert(1)', 'mast odon.social', 'mastodon.social?x=1'];
    for (const bad of refused) {
      it(`refuses mastodon-server=${JSON.stringify(bad)} with one warning and uses the hub`, async () => {
        let el!: Awaited<ReturnType<typeof render>>;
        const warnings = await warningsDuring(async () => {
          el = await render(html`<pm-share url=${URL_GIVEN} networks="mastodon" mastodon-server=${bad}></pm-share>`);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('mastodon-server');
        expect(hrefOf(el, 'mastodon').startsWith('https://share.joinmastodon.org/?text=')).to.equal(true);
      });
    }
  });

  describe('networks', () => {
    it('shows the default set, in order, where the device has no share menu', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN}></pm-share>`);
      expect(typeof navigator.share).to.equal('undefined');
      expect(networksShown(el)).to.deep.equal(['whatsapp', 'facebook', 'x', 'bluesky', 'mastodon', 'email', 'copy']);
    });

    it('follows the order given and skips unknown ids with one warning that names them', async () => {
      let el!: Awaited<ReturnType<typeof render>>;
      const warnings = await warningsDuring(async () => {
        el = await render(html`<pm-share url=${URL_GIVEN} networks="  Reddit twitter copy myspace  telegram copy"></pm-share>`);
        el.text = 'again';
        await el.updateComplete;
      });
      expect(networksShown(el)).to.deep.equal(['reddit', 'copy', 'telegram']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('names "twitter myspace", not known');
    });
  });

  describe('the pm-share event', () => {
    /** Records whether the click's default action (following the link) was still allowed, then stops it for the test page. */
    function watchClicks(): {allowed: boolean[]; stop: () => void} {
      const allowed: boolean[] = [];
      const listener = (event: Event) => {
        allowed.push(!event.defaultPrevented);
        event.preventDefault();
      };
      window.addEventListener('click', listener);
      return {allowed, stop: () => window.removeEventListener('click', listener)};
    }

    it('fires on every link activation with {network, url, text}, bubbling out of the shadow root', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} text=${'Hello & welcome'} networks=${ALL_NETWORKS}></pm-share>`);
      const seen: {detail: ShareEventDetail; bubbles: boolean; composed: boolean; cancelable: boolean}[] = [];
      const onShare = (event: Event) => {
        const {detail, bubbles, composed, cancelable} = event as CustomEvent<ShareEventDetail>;
        seen.push({detail, bubbles, composed, cancelable});
      };
      document.addEventListener('pm-share', onShare);
      const clicks = watchClicks();
      try {
        for (const network of LINK_NETWORKS) control(el, network)!.click();
      } finally {
        clicks.stop();
        document.removeEventListener('pm-share', onShare);
      }
      expect(seen.map((each) => each.detail.network)).to.deep.equal(LINK_NETWORKS);
      for (const each of seen) {
        expect(each.detail.url).to.equal(URL_GIVEN);
        expect(each.detail.text).to.equal('Hello & welcome');
        expect([each.bubbles, each.composed, each.cancelable]).to.deep.equal([true, true, true]);
      }
      expect(clicks.allowed.every(Boolean), 'links followed when nobody cancels').to.equal(true);
    });

    it('stops the link from being followed when a listener calls preventDefault()', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
      const details = cancelShares(el);
      const clicks = watchClicks();
      try {
        for (const network of LINK_NETWORKS) control(el, network)!.click();
      } finally {
        clicks.stop();
      }
      expect(details).to.have.length(LINK_NETWORKS.length);
      expect(clicks.allowed).to.deep.equal(LINK_NETWORKS.map(() => false));
    });

    it('fires on a middle click, which opens the link in a new tab, and can stop it', async () => {
      const el = await render(html`<pm-share url=${URL_GIVEN} networks="telegram"></pm-share>`);
      const details = cancelShares(el);
      const middle = new MouseEvent('auxclick', {button: 1, bubbles: true, composed: true, cancelable: true});
      control(el, 'telegram')!.dispatchEvent(middle);
      const right = new MouseEvent('auxclick', {button: 2, bubbles: true, composed: true, cancelable: true});
      control(el, 'telegram')!.dispatchEvent(right);
      expect(details.map((each) => each.network)).to.deep.equal(['telegram']);
      expect(middle.defaultPrevented).to.equal(true);
      expect(right.defaultPrevented).to.equal(false);
    });
  });
});
