// Issue 12, item 4: share the page, not the reader. With no `url`, <pm-share>
// shares the `<link rel="canonical">` in `<head>` only, else the page's origin
// and path: never the query or fragment (`?email=…&session=…&fbclid=…`), and
// never a canonical link someone slipped into the body (a comment). Runs the
// CDN bundle.
import {expect} from '@open-wc/testing';
import {fieldPage, shareHref, shareParam, type PmElement} from './support.js';

const READER_QUERY = '?email=reader%40example.org&session=s3cr3t&fbclid=IwAR0xyz';
const NETWORKS = 'facebook x linkedin whatsapp telegram bluesky threads mastodon reddit email';

describe('field: share the page, not the reader', () => {
  const original = location.href;
  const page = fieldPage();

  beforeEach(() => {
    history.replaceState(null, '', `${location.pathname}${READER_QUERY}#comment-12`);
  });
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  const share = (): Promise<PmElement> => page.mount('pm-share', {networks: NETWORKS});
  function canonical(href: string, parent: Element): HTMLLinkElement {
    const link = Object.assign(document.createElement('link'), {rel: 'canonical', href});
    parent.append(page.keep(link));
    return link;
  }
  /** Every share link of `element`, decoded, so a leak anywhere in it shows. */
  function everyLink(element: PmElement): string {
    return NETWORKS.split(' ').map((network) => decodeURIComponent(shareHref(element, network))).join('\n');
  }

  it('with no canonical link, shares the origin and path only', async () => {
    const element = await share();
    expect(shareParam(element, 'facebook', 'u')).to.equal(`${location.origin}${location.pathname}`);
    const links = everyLink(element);
    for (const leak of ['reader@example.org', 's3cr3t', 'IwAR0xyz', 'comment-12', 'wtr-session-id']) expect(links).to.not.contain(leak);
  });

  it('the pm-share event carries the same address', async () => {
    const element = await share();
    let detailUrl = '';
    element.addEventListener('pm-share', (event) => {
      detailUrl = (event as CustomEvent<{url: string}>).detail.url;
      event.preventDefault();
    });
    element.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-network="facebook"]')!.click();
    expect(detailUrl).to.equal(`${location.origin}${location.pathname}`);
  });

  it('ignores a canonical link in the body (a visitor\'s comment)', async () => {
    const comment = document.createElement('div');
    comment.className = 'comment';
    document.body.append(page.keep(comment));
    canonical('https://attacker.example/landing', comment);
    const element = await share();
    expect(shareParam(element, 'facebook', 'u')).to.equal(`${location.origin}${location.pathname}`);
    expect(everyLink(element)).to.not.contain('attacker.example');
  });

  it('shares the canonical link of <head>, also when the body has another one first', async () => {
    canonical('https://attacker.example/landing', document.body);
    canonical('https://partner.example/people-move', document.head);
    const element = await share();
    expect(shareParam(element, 'facebook', 'u')).to.equal('https://partner.example/people-move');
    expect(everyLink(element)).to.not.contain('attacker.example');
  });

  it('a canonical link in <head> that is not a web address falls back to the origin and path', async () => {
    canonical('javascript:alert(1)', document.head);
    const element = await share();
    expect(shareParam(element, 'facebook', 'u')).to.equal(`${location.origin}${location.pathname}`);
  });
});
