import {expect, html, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {manifestoContent} from '../src/elements/pm-manifesto/pm-manifesto.content.js';
import {templates as pseudo} from '../src/generated/locales/en-XA.js';
import {cancelShares, control, type PeopleMoveShare, render, statusText, stubNavigator, warningsDuring} from './support/pm-share-checks.js';

const URL_GIVEN = 'https://example.org/people-move?from=copy&x=%25#top';

/** A trusted click in the middle of `target` (in this page or a frame of it), as a person's mouse makes it. */
async function personClicks(target: Element, frame?: HTMLIFrameElement): Promise<void> {
  const box = target.getBoundingClientRect();
  const offset = frame?.getBoundingClientRect() ?? {x: 0, y: 0};
  await sendMouse({type: 'click', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)]});
  await sendMouse({type: 'move', position: [0, 0]});
}

async function pressWithControl(key: string): Promise<void> {
  await sendKeys({down: 'Control'});
  await sendKeys({press: key});
  await sendKeys({up: 'Control'});
}

/** What the system clipboard holds: pasted, as a person would, into a fresh field. */
async function pasted(): Promise<string> {
  const field = document.createElement('textarea');
  document.body.append(field);
  try {
    field.focus();
    await pressWithControl('v');
    return field.value;
  } finally {
    field.remove();
  }
}

/** Puts known words on the clipboard, so a later paste shows whether copying replaced them. */
async function fillClipboard(words: string): Promise<void> {
  const field = document.createElement('textarea');
  field.value = words;
  document.body.append(field);
  field.focus();
  field.select();
  await pressWithControl('c');
  field.remove();
}

/** Waits until `el` says something: copying is asynchronous (timers, not frames: a page running beside another gets no frames). */
async function settled(el: PeopleMoveShare): Promise<void> {
  await waitUntil(() => statusText(el) !== '', 'the element said nothing', {interval: 10, timeout: 5000});
  await el.updateComplete;
}

function manualField(el: PeopleMoveShare): HTMLInputElement | null {
  return el.shadowRoot!.querySelector<HTMLInputElement>('.manual input');
}

describe('<pm-share> copy', () => {
  let restore: (() => void) | undefined;
  beforeEach(async () => {
    await fillClipboard('clipboard before the test');
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('copies the link with the Clipboard API and says so politely', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="copy"></pm-share>`);
    const status = el.shadowRoot!.querySelector('.status')!;
    expect(status.getAttribute('role'), 'a polite live region, there before anything is said').to.equal('status');
    expect(statusText(el)).to.equal('');
    control(el, 'copy')!.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    expect(statusText(el)).to.equal('Link copied');
    expect(manualField(el)).to.equal(null);
    expect(await pasted()).to.equal(URL_GIVEN);
  });

  it('copies on a mouse click too, and says it again on a second copy', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="copy"></pm-share>`);
    await personClicks(control(el, 'copy')!);
    await settled(el);
    const first = el.shadowRoot!.querySelector('.status span');
    expect(statusText(el)).to.equal('Link copied');
    await personClicks(control(el, 'copy')!);
    await waitUntil(() => el.shadowRoot!.querySelector('.status span') !== first, 'new words in the live region, so the second copy is announced too');
    expect(statusText(el)).to.equal('Link copied');
    expect(await pasted()).to.equal(URL_GIVEN);
  });

  it('falls back to a selected read-only field, copied by hand, where the Clipboard API is missing (an http: page)', async () => {
    restore = stubNavigator('clipboard', undefined);
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="copy"></pm-share>`);
    control(el, 'copy')!.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    expect(statusText(el)).to.equal('The link could not be copied automatically. It is selected below: copy it by hand.');
    const field = manualField(el)!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(URL_GIVEN);
    expect(el.shadowRoot!.activeElement, 'focus moves to the field').to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, URL_GIVEN.length]);
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Link to share');
    await pressWithControl('c');
    expect(await pasted(), 'the person copies it by hand').to.equal(URL_GIVEN);
  });

  describe('in a frame, where the host page grants or denies the clipboard permission', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    /** A page in a frame that loads the element itself; `allow` is the frame's permission policy. */
    async function framed(allow: string): Promise<PeopleMoveShare> {
      frame = document.createElement('iframe');
      frame.setAttribute('allow', allow);
      frame.style.cssText = 'inline-size: 40em; block-size: 16em; border: 0';
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <pm-share url="${URL_GIVEN}" networks="copy"></pm-share>
        <script type="module">import '/src/elements/pm-share/define.ts';</script>`;
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
      document.body.append(frame);
      await loaded;
      const inner = frame.contentWindow!;
      await inner.customElements.whenDefined('pm-share');
      const el = inner.document.querySelector('pm-share') as PeopleMoveShare;
      await el.updateComplete;
      return el;
    }

    it('copies when the frame is allowed to write to the clipboard', async () => {
      const el = await framed('clipboard-write');
      await personClicks(control(el, 'copy')!, frame);
      await settled(el);
      expect(statusText(el)).to.equal('Link copied');
      expect(await pasted()).to.equal(URL_GIVEN);
    });

    // Only Chromium enforces a frame's clipboard-write policy (and shows it as document.featurePolicy);
    // Firefox and WebKit let the frame copy, so there the test checks that the element says what really happened.
    const enforced = 'featurePolicy' in document;
    it(enforced ? 'falls back to the selected field when the permission is denied' : 'copies, and says so, though the permission is denied: this engine does not enforce a frame\'s clipboard-write policy', async () => {
      const el = await framed("clipboard-write 'none'");
      if (!enforced) {
        await personClicks(control(el, 'copy')!, frame);
        await settled(el);
        expect(statusText(el)).to.equal('Link copied');
        expect(await pasted()).to.equal(URL_GIVEN);
        return;
      }
      const policy = (frame!.contentDocument as Document & {featurePolicy?: {allowsFeature(name: string): boolean}}).featurePolicy;
      expect(policy?.allowsFeature('clipboard-write'), 'the frame really is denied').to.equal(false);
      await personClicks(control(el, 'copy')!, frame);
      await settled(el);
      expect(statusText(el)).to.contain('could not be copied automatically');
      const field = manualField(el)!;
      expect(field.value).to.equal(URL_GIVEN);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, URL_GIVEN.length]);
      expect(await pasted(), 'nothing was written').to.equal('clipboard before the test');
    });
  });

  it('announces in the reader’s language', async () => {
    const el = await render(html`<pm-share lang="en-XA" url=${URL_GIVEN} networks="copy"></pm-share>`);
    control(el, 'copy')!.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    expect(statusText(el)).to.equal(pseudo['share.copied']);
    expect(await pasted()).to.equal(URL_GIVEN);
  });

  it('takes its labels from copy-label, copied-label and copy-failed-label', async () => {
    const el = await render(
      html`<pm-share url=${URL_GIVEN} networks="copy" copy-label="Copy address" copied-label="Address copied" copy-failed-label="Copy it yourself"></pm-share>`,
    );
    const button = control(el, 'copy')!;
    expect(button.getAttribute('aria-label')).to.equal('Copy address');
    expect(button.textContent!.trim()).to.equal('Copy address');
    button.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    expect(statusText(el)).to.equal('Address copied');
    restore = stubNavigator('clipboard', undefined);
    button.click();
    await waitUntil(() => statusText(el) === 'Copy it yourself', `said "${statusText(el)}"`);
  });

  it('copies nothing when a pm-share listener cancels', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="copy"></pm-share>`);
    const details = cancelShares(el);
    control(el, 'copy')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(details).to.deep.equal([{network: 'copy', url: URL_GIVEN, text: manifestoContent.vision()}]);
    expect(statusText(el)).to.equal('');
    expect(await pasted()).to.equal('clipboard before the test');
  });

  describe('after the device’s share menu failed', () => {
    /** A share menu that fails for a reason other than the person cancelling (the one platform API replaced: it cannot run headless). */
    function failingShareMenu(): void {
      const undoShare = stubNavigator('share', () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
      const undoCanShare = stubNavigator('canShare', () => true);
      restore = () => (undoShare(), undoCanShare());
    }

    it('copies the link instead', async () => {
      failingShareMenu();
      const el = await render(html`<pm-share url=${URL_GIVEN} networks="native"></pm-share>`);
      control(el, 'native')!.focus();
      await sendKeys({press: 'Enter'});
      await settled(el);
      expect(statusText(el)).to.equal('Link copied');
      expect(await pasted()).to.equal(URL_GIVEN);
    });

    it('copies with the Instagram hint and offers the profile', async () => {
      failingShareMenu();
      const el = await render(html`<pm-share url=${URL_GIVEN} networks="instagram" instagram-href="https://www.instagram.com/example/"></pm-share>`);
      control(el, 'instagram')!.focus();
      await sendKeys({press: 'Enter'});
      await settled(el);
      expect(statusText(el)).to.equal('Link copied. Paste it into an Instagram story or post.');
      expect(await pasted()).to.equal(URL_GIVEN);
      expect(el.shadowRoot!.querySelector('[part="profile"]')).to.not.equal(null);
    });
  });

  describe('Instagram, where the device has no share menu', () => {
    it('copies the link, says it can be pasted into a story or post, and links to the profile', async () => {
      const el = await render(
        html`<pm-share url=${URL_GIVEN} networks="instagram" instagram-href="https://www.instagram.com/example/"></pm-share>`,
      );
      expect(el.shadowRoot!.querySelector('[part="profile"]'), 'no profile link before use').to.equal(null);
      control(el, 'instagram')!.focus();
      await sendKeys({press: 'Enter'});
      await settled(el);
      expect(statusText(el)).to.equal('Link copied. Paste it into an Instagram story or post.');
      expect(await pasted()).to.equal(URL_GIVEN);
      const profile = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="profile"]')!;
      expect(profile.href).to.equal('https://www.instagram.com/example/');
      expect(profile.textContent!.trim()).to.equal('Visit the campaign on Instagram');
      expect([profile.target, profile.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    });

    it('shows no profile link without a safe instagram-href, with one warning for an unsafe one', async () => {
      let el!: PeopleMoveShare;
      restore = stubNavigator('clipboard', undefined);
      const warnings = await warningsDuring(async () => {
        el = await render(html`<pm-share url=${URL_GIVEN} networks="instagram" instagram-href="javascript:alert(1)"></pm-share>`);
        control(el, 'instagram')!.click();
        await settled(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('instagram-href');
      expect(el.shadowRoot!.querySelector('[part="profile"]')).to.equal(null);
      expect(statusText(el), 'no Clipboard API: by hand').to.contain('could not be copied automatically');
      expect(manualField(el)!.value).to.equal(URL_GIVEN);
    });
  });
});
