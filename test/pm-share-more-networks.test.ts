// Issue 13, pay for what you import: the networks <pm-share> does not show by
// default (LinkedIn, Telegram, Threads, Reddit, Instagram) come in a module of
// their own (src/elements/pm-share/more-targets.ts), fetched only by an element
// whose `networks` names one, and that element's first render already shows
// them. When the module cannot be fetched: pm-share-more-networks-missing.test.ts.
import {expect, fixtureSync, html} from '@open-wc/testing';
import {networksShown, render, type PeopleMoveShare} from './support/pm-share-checks.js';

/** The page's fetches of the module of the other networks, or of their icons. */
const moreFetched = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => /\/(more-targets|more-networks|instagram\.content)\.[jt]s/.test(entry.name)).length;

describe('<pm-share>: the networks not shown by default', () => {
  it('are not fetched for the default networks, nor for named default ones', async () => {
    const all = await render(html`<pm-share url="https://example.org/"></pm-share>`);
    const some = await render(html`<pm-share url="https://example.org/" networks="x email copy"></pm-share>`);
    expect(networksShown(all)).to.include.members(['whatsapp', 'facebook', 'x', 'bluesky', 'mastodon', 'email', 'copy']);
    expect(networksShown(some)).to.deep.equal(['x', 'email', 'copy']);
    expect(moreFetched(), 'fetches of the other networks').to.equal(0);
  });

  it('load when named, and the first render already shows them, in the order given', async () => {
    const el = fixtureSync<PeopleMoveShare>(html`<pm-share url="https://example.org/" networks="reddit whatsapp linkedin instagram"></pm-share>`);
    const firstRenders: string[][] = [];
    (el as PeopleMoveShare & {addController(c: object): void}).addController({hostUpdated: () => firstRenders.push(networksShown(el))});
    await el.updateComplete;
    expect(firstRenders[0]).to.deep.equal(['reddit', 'whatsapp', 'linkedin', 'instagram']);
    const reddit = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-network="reddit"]')!;
    expect(new URL(reddit.href).searchParams.get('url')).to.equal('https://example.org/');
    expect(reddit.getAttribute('aria-label')).to.equal('Share on Reddit');
    expect(el.shadowRoot!.querySelector('[data-network="linkedin"] svg path')!.getAttribute('d')).to.have.length.above(20);
    expect(moreFetched()).to.be.above(0);
  });
});
