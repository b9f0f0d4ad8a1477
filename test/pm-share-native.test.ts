/**
 * The device's share menu. `navigator.share` cannot run headless (it opens a
 * system dialog), so it is the one platform API these tests replace. They
 * never write the system clipboard, which test files running side by side
 * share: copying after a failed menu, checked by pasting, is in
 * pm-share-copy.test.ts.
 */
import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {control, networksShown, type PeopleMoveShare, render, statusText, stubNavigator} from './support/pm-share-checks.js';

const URL_GIVEN = 'https://example.org/people-move?from=native#top';
const TEXT = 'People move & always will 🙂';

/** A person presses Enter on `network`'s control; resolves once the element has dealt with the menu's answer. */
async function personActivates(el: PeopleMoveShare, network: string, outcome?: () => Promise<unknown> | undefined): Promise<void> {
  control(el, network)!.focus();
  await sendKeys({press: 'Enter'});
  await outcome?.()?.catch(() => undefined);
  // A timer runs after every pending promise callback: the element has acted on the answer by then.
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Installs a share menu that answers with `answer` and records what it was asked. */
function shareMenu(answer: () => Promise<void>, canShare: ((data: ShareData) => boolean) | null = () => true) {
  const calls: ShareData[] = [];
  const checks: ShareData[] = [];
  let last: Promise<void> | undefined;
  const undoShare = stubNavigator('share', (data: ShareData) => {
    calls.push(data);
    last = answer();
    return last;
  });
  const undoCanShare =
    canShare === null
      ? stubNavigator('canShare', undefined)
      : stubNavigator('canShare', (data: ShareData) => {
          checks.push(data);
          return canShare(data);
        });
  return {calls, checks, outcome: () => last, undo: () => (undoShare(), undoCanShare())};
}

describe('<pm-share> native share menu', () => {
  const undo: (() => void)[] = [];
  afterEach(() => {
    while (undo.length) undo.pop()!();
  });

  it('is absent where the browser has no share menu (headless Chromium on Linux has none)', async () => {
    expect(typeof navigator.share).to.equal('undefined');
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="native copy"></pm-share>`);
    expect(networksShown(el)).to.deep.equal(['copy']);
    const alone = await render(html`<pm-share url=${URL_GIVEN} networks="native"></pm-share>`);
    expect(networksShown(alone), 'where it was the only control, copying stands in').to.deep.equal(['copy']);
  });

  it('is present, first by default, where the share menu exists and accepts the data', async () => {
    const menu = shareMenu(() => Promise.resolve());
    undo.push(menu.undo);
    const el = await render(html`<pm-share url=${URL_GIVEN} text=${TEXT}></pm-share>`);
    expect(networksShown(el)).to.deep.equal(['native', 'whatsapp', 'facebook', 'x', 'bluesky', 'mastodon', 'email', 'copy']);
    expect(menu.checks[0]).to.deep.equal({text: TEXT, url: URL_GIVEN});
    const button = control(el, 'native')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Share with an app on this device');
    expect(button.textContent!.trim()).to.equal('Share…');
  });

  it('is absent where canShare() refuses the data', async () => {
    const menu = shareMenu(() => Promise.resolve(), () => false);
    undo.push(menu.undo);
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="native copy"></pm-share>`);
    expect(networksShown(el)).to.deep.equal(['copy']);
  });

  it('is present where share() exists without canShare() (older browsers)', async () => {
    const menu = shareMenu(() => Promise.resolve(), null);
    undo.push(menu.undo);
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="native copy"></pm-share>`);
    expect(networksShown(el)).to.deep.equal(['native', 'copy']);
  });

  it('opens the share menu with the text and url, and says nothing more', async () => {
    const menu = shareMenu(() => Promise.resolve());
    undo.push(menu.undo);
    const el = await render(html`<pm-share url=${URL_GIVEN} text=${TEXT} networks="native"></pm-share>`);
    const events: string[] = [];
    el.addEventListener('pm-share', (event) => events.push((event as CustomEvent<{network: string}>).detail.network));
    await personActivates(el, 'native', menu.outcome);
    expect(menu.calls).to.deep.equal([{text: TEXT, url: URL_GIVEN}]);
    expect(events).to.deep.equal(['native']);
    expect(statusText(el)).to.equal('');
  });

  it('stays silent when the person cancels the menu (AbortError)', async () => {
    const menu = shareMenu(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    undo.push(menu.undo);
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="native"></pm-share>`);
    await personActivates(el, 'native', menu.outcome);
    expect(menu.calls).to.have.length(1);
    expect(statusText(el)).to.equal('');
    expect(el.shadowRoot!.querySelector('.manual'), 'nothing copied').to.equal(null);
  });

  it('falls back to copying when the menu fails for any other reason (here with no Clipboard API: the field to copy by hand)', async () => {
    const menu = shareMenu(() => Promise.reject(new TypeError('bad data')));
    undo.push(menu.undo, stubNavigator('clipboard', undefined));
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="native"></pm-share>`);
    await personActivates(el, 'native', menu.outcome);
    expect(statusText(el)).to.contain('could not be copied automatically');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('.manual input')!.value).to.equal(URL_GIVEN);
  });

  it('does not open the menu when a pm-share listener cancels', async () => {
    const menu = shareMenu(() => Promise.resolve());
    undo.push(menu.undo);
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="native"></pm-share>`);
    el.addEventListener('pm-share', (event) => event.preventDefault());
    await personActivates(el, 'native');
    expect(menu.calls).to.deep.equal([]);
  });

  describe('Instagram', () => {
    it('uses the share menu where it exists, without the copy hint or profile link', async () => {
      const menu = shareMenu(() => Promise.resolve());
      undo.push(menu.undo);
      const el = await render(html`<pm-share url=${URL_GIVEN} text=${TEXT} networks="instagram" instagram-href="https://www.instagram.com/example/"></pm-share>`);
      await personActivates(el, 'instagram', menu.outcome);
      expect(menu.calls).to.deep.equal([{text: TEXT, url: URL_GIVEN}]);
      expect(statusText(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('[part="profile"]')).to.equal(null);
    });

    it('stays silent when the person cancels the menu', async () => {
      const menu = shareMenu(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
      undo.push(menu.undo);
      const el = await render(html`<pm-share url=${URL_GIVEN} networks="instagram"></pm-share>`);
      await personActivates(el, 'instagram', menu.outcome);
      expect(menu.calls).to.have.length(1);
      expect(statusText(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('.manual'), 'nothing copied').to.equal(null);
    });

    it('copies with the Instagram hint when the menu fails (here with no Clipboard API: the field to copy by hand)', async () => {
      const menu = shareMenu(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
      undo.push(menu.undo, stubNavigator('clipboard', undefined));
      const el = await render(html`<pm-share url=${URL_GIVEN} networks="instagram" instagram-href="https://www.instagram.com/example/"></pm-share>`);
      await personActivates(el, 'instagram', menu.outcome);
      expect(statusText(el)).to.contain('could not be copied automatically');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('.manual input')!.value).to.equal(URL_GIVEN);
      expect(el.shadowRoot!.querySelector('[part="profile"]'), 'the profile is offered').to.not.equal(null);
    });
  });
});
