/**
 * The element collects nothing, stores nothing and requests nothing from anyone
 * but the script's own origin (the modules it loads only when needed, such as the
 * networks not shown by default): not when it renders, not on hover or focus, not
 * after a click (other than the share itself, which these tests stop through the
 * `pm-share` event).
 *
 * It runs in a frame whose Content Security Policy blocks every kind of
 * request and every inline style, so any attempt shows as a violation even
 * offline; the frame's resource timing and storage are watched as well.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {ALL_NETWORKS, controls, render, type PeopleMoveShare} from './support/pm-share-checks.js';

// The test page's origin by name: in a srcdoc frame Firefox does not match 'self' to the origin the frame inherits.
const CSP = `default-src 'none'; script-src ${location.origin}; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'`;

interface Watched {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  violations: string[];
  resources: string[];
  stop: () => void;
}

/** A frame with the strict policy and the element's code loaded, watched from before any element exists. */
async function watchedFrame(): Promise<Watched> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 60em; block-size: 30em; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script type="module" src="/src/elements/pm-share/define.ts"></script>
    </head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('pm-share');
  const violations: string[] = [];
  const resources: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  win.addEventListener('securitypolicyviolation', onViolation);
  // Every request but one for the library's own modules, from the script's own origin.
  const isOwnModule = (url: string) => url.startsWith(`${location.origin}/src/`);
  const observer = new win.PerformanceObserver((list) =>
    resources.push(...list.getEntries().map((entry) => entry.name).filter((url) => !isOwnModule(url))),
  );
  observer.observe({type: 'resource'});
  return {
    frame,
    win,
    violations,
    resources,
    stop: () => {
      observer.disconnect();
      win.removeEventListener('securitypolicyviolation', onViolation);
      frame.remove();
    },
  };
}

/** Cookies, storage and databases of the frame's origin (the test page's origin too). */
async function stored(win: Window): Promise<string> {
  const databases = await win.indexedDB.databases();
  const caches = 'caches' in win ? await win.caches.keys() : [];
  return JSON.stringify({
    cookie: win.document.cookie,
    local: Object.entries(win.localStorage),
    session: Object.entries(win.sessionStorage),
    databases: databases.map((each) => each.name),
    caches,
  });
}

/** Lets anything the element started reach the network, the policy or storage: several turns of the event loop. */
async function aFewTasks(win: Window): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => win.setTimeout(resolve, 20));
}

describe('<pm-share> privacy', () => {
  let watched: Watched | undefined;
  afterEach(() => watched?.stop());

  it('requests nothing and stores nothing when it renders, on hover and focus, and after every control is used', async () => {
    watched = await watchedFrame();
    const {win, frame, violations, resources} = watched;
    const before = await stored(win);

    const el = win.document.createElement('pm-share') as PeopleMoveShare;
    el.setAttribute('url', 'https://example.org/people-move');
    el.setAttribute('networks', ALL_NETWORKS);
    el.setAttribute('mastodon-server', 'mastodon.social');
    el.setAttribute('instagram-href', 'https://www.instagram.com/example/');
    win.document.body.append(el);
    await el.updateComplete;
    await aFewTasks(win);
    expect(violations, 'on render').to.deep.equal([]);
    expect(resources, 'on render').to.deep.equal([]);

    for (const each of controls(el)) {
      // A pointer can only be where the reader sees (WebDriver BiDi refuses a move outside the viewport).
      each.scrollIntoView({block: 'center'});
      const offset = frame.getBoundingClientRect();
      const box = each.getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)]});
      each.focus();
    }
    await sendMouse({type: 'move', position: [0, 0]});
    await el.updateComplete;

    const shared: string[] = [];
    el.addEventListener('pm-share', (event) => {
      const {network} = (event as CustomEvent<{network: string}>).detail;
      shared.push(network);
      // The share itself (opening the network's page) is the one request allowed: stopped here, as a partner can.
      if (each(network).localName === 'a') event.preventDefault();
    });
    const each = (network: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-network="${network}"]`)!;
    for (const control of controls(el)) control.click();
    await aFewTasks(win);
    await el.updateComplete;

    expect(shared).to.deep.equal(controls(el).map((control) => control.dataset.network));
    expect(el.shadowRoot!.querySelector('.status')!.textContent, 'the copy and Instagram controls did act').to.not.equal('');
    expect(violations, 'after hover, focus and clicks').to.deep.equal([]);
    expect(resources, 'after hover, focus and clicks').to.deep.equal([]);
    expect(await stored(win)).to.equal(before);

    // The watch is real: a request the frame's code does make is caught.
    new win.Image().src = 'https://example.invalid/pixel.gif';
    await waitUntil(() => violations.length > 0, 'the policy reported the test request');
    expect(violations[0]).to.contain('img-src');
  });

  it('carries nothing that could load: no image, frame, script, font, stylesheet link or url() in its styles', async () => {
    const el = await render(html`<pm-share url="https://example.org/" networks=${ALL_NETWORKS} variant="icons"></pm-share>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, image, iframe, script, link, object, embed, video, audio, source, use, [style]').length).to.equal(0);
    const rules = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.length).to.be.greaterThan(10);
    for (const rule of rules) expect(rule).to.not.match(/url\(|@import|@font-face/iu);
  });
});
