// The benchmark's probe, inlined into the head of every bench page by bench/run.mjs.
// tachometer reads the `rendered` performance mark it sets (ms from navigation start).
// A page calls `__bench.finish(rendered)` once its script under test has run: it waits until
// `rendered()` holds, forces style and layout (which starts any web-font load), waits for
// fonts, sets the mark and resolves `__bench.done` (with `{error}` when it failed).
(() => {
  let resolveDone;
  const done = new Promise((resolve) => (resolveDone = resolve));
  /** Appends a <link> or <script> to the head; resolves when it has loaded (and run). */
  const load = (element, url) =>
    new Promise((resolve, reject) => {
      element.onload = resolve;
      element.onerror = () => reject(new Error(`${url} failed to load`));
      document.head.append(element);
    });

  window.__bench = {
    done,
    async finish(rendered) {
      const deadline = performance.now() + 15000;
      while (!rendered()) {
        if (performance.now() > deadline) return resolveDone({error: 'not rendered within 15 s'});
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      document.body.getBoundingClientRect();
      await document.fonts.ready;
      performance.mark('rendered');
      resolveDone({});
    },
    fail: (error) => resolveDone({error: String(error)}),
    /**
     * True when every People Move element, also those inside shadow roots, has rendered into its
     * shadow root: an element other than the `<slot>` placeholder shown before the first render.
     */
    allPeopleMoveRendered(root = document) {
      return [...root.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('pm-'))
        .every(({shadowRoot}) => shadowRoot?.querySelector(':not(slot):not(style)') && this.allPeopleMoveRendered(shadowRoot));
    },
    stylesheet: (href) => load(Object.assign(document.createElement('link'), {rel: 'stylesheet', href}), href),
    classicScript: (src) => load(Object.assign(document.createElement('script'), {src}), src),
  };
})();
