// Shared by the field tests: the CDN bundle loaded as a partner loads it, a
// record of everything that reached the page (warnings, uncaught errors), and
// frames that change the page before the bundle runs.
import {settled} from '../hostile/support/controls.js';
import {loadBundle, type PmElement} from '../hostile/support/bundle.js';

export {loadBundle, settled, type PmElement};

/** What reached the page while a test ran. */
export interface Record {
  warnings: string[];
  uncaught: string[];
  stop(): void;
}

/** Starts recording `[people-move]` warnings and every uncaught error or rejection on `win`. */
export function record(win: Window & typeof globalThis = window): Record {
  const warnings: string[] = [];
  const uncaught: string[] = [];
  const originalWarn = win.console.warn;
  win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    uncaught,
    stop() {
      win.console.warn = originalWarn;
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Creates `<tag>`, sets `properties` on it as React 19 and Vue do (before it connects), appends it and waits. */
export async function mountWithProperties(tag: string, properties: {[name: string]: unknown}, parent: Element = document.body): Promise<PmElement> {
  const element = document.createElement(tag) as PmElement;
  Object.assign(element, properties);
  parent.append(element);
  await settled(element);
  return element;
}

/** What a field test file works with: see `fieldPage()`. */
export interface FieldPage {
  /** What reached the page during the running test. */
  readonly seen: Record;
  /** `mountWithProperties()`, the element removed after the test. */
  mount(tag: string, properties: {[name: string]: unknown}): Promise<PmElement>;
  /** Removes `node` (one the test added to the page itself) after the test. */
  keep<T extends ChildNode>(node: T): T;
}

/**
 * The hooks every field test file needs, registered in the calling `describe`: the CDN bundle loaded once,
 * a fresh `record()` for each test, and every node the test mounted or kept removed after it.
 */
export function fieldPage(): FieldPage {
  let seen: Record | undefined;
  const added: ChildNode[] = [];
  const keep = <T extends ChildNode>(node: T): T => {
    added.push(node);
    return node;
  };
  before(async function () {
    this.timeout(60_000);
    await loadBundle();
  });
  beforeEach(() => {
    seen = record();
  });
  afterEach(() => {
    seen?.stop();
    for (const node of added.splice(0)) node.remove();
  });
  return {
    get seen() {
      if (!seen) throw new Error('fieldPage().seen is only there while a test runs');
      return seen;
    },
    mount: async (tag, properties) => keep(await mountWithProperties(tag, properties)),
    keep,
  };
}

/** The element's rendered text (with that of the elements it renders, as <pm-campaign> does), empty when it rendered nothing. */
export function renderedText(element: Element): string {
  const base = element.shadowRoot?.querySelector('[part~="base"]');
  if (!base) return '';
  const inner = [...base.querySelectorAll('*')].filter((child) => child.shadowRoot).map(renderedText);
  return [base.textContent?.trim() ?? '', ...inner].join(' ').trim();
}

/** The `href` of the share link of `network` in a <pm-share>. */
export function shareHref(element: Element, network: string): string {
  const link = element.shadowRoot?.querySelector<HTMLAnchorElement>(`a[data-network="${network}"]`);
  if (!link) throw new Error(`no ${network} link`);
  return link.getAttribute('href') ?? '';
}

/** One query parameter of a share link, decoded. */
export function shareParam(element: Element, network: string, name: string): string | null {
  const href = shareHref(element, network);
  return new URLSearchParams(href.slice(href.indexOf('?') + 1)).get(name);
}

/**
 * A same-origin frame whose `head` runs first (it may remove `Intl`, replace
 * `console.warn`…), then loads the CDN bundle, with `body` as its content;
 * resolves once the frame's window reports `pmReady` (every element settled).
 */
export async function frameWith(head: string, body: string): Promise<{frame: HTMLIFrameElement; win: Window & typeof globalThis & {pmErrors: string[]}}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 50em; block-size: 40em; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>
      window.pmErrors = [];
      addEventListener('error', (event) => pmErrors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => pmErrors.push('unhandled rejection: ' + String(event.reason)));
    </script>
    ${head}
    <script type="module" src="/dist/cdn/people-move.js"></script>
    </head><body>${body}
    <script type="module">
      const tags = ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const all = [...document.querySelectorAll(tags.join(','))];
      await Promise.all(all.map((element) => element.updateComplete.catch(() => undefined)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      window.pmReady = true;
    </script></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as Window & typeof globalThis & {pmErrors: string[]; pmReady?: boolean};
  const started = Date.now();
  while (!win()?.pmReady) {
    if (Date.now() - started > 10_000) throw new Error('the frame never got ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {frame, win: win()};
}
