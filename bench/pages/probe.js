// The benchmark's probe, inlined into the head of every bench page by bench/run.mjs.
// tachometer reads the `rendered` performance mark it sets.
// A page calls `__bench.scriptStart()` as its script under test starts, and
// `__bench.finish(rendered)` once that script has run. `finish` waits until
// `rendered()` holds, forces style and layout (which starts any web-font load),
// waits for fonts, and resolves `__bench.done` with the times in milliseconds
// from navigation start.
(() => {
  let resolveDone;
  const done = new Promise((resolve) => {
    resolveDone = resolve;
  });
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  window.__bench = {
    done,
    start: undefined,
    scriptStart() {
      this.start = performance.now();
    },
    async finish(rendered) {
      const deadline = performance.now() + 15000;
      while (!rendered()) {
        if (performance.now() > deadline) {
          resolveDone({error: 'not rendered within 15 s'});
          return;
        }
        await nextTask();
      }
      document.body.getBoundingClientRect();
      await document.fonts.ready;
      performance.mark('rendered');
      resolveDone({start: this.start, end: performance.now()});
    },
    fail(error) {
      resolveDone({error: String(error)});
    },
  };

  /**
   * True when every People Move element, also those inside shadow roots, has rendered into its
   * shadow root: an element other than the `<slot>` placeholder shown before the first render.
   */
  window.__bench.allPeopleMoveRendered = function allRendered(root = document) {
    for (const element of root.querySelectorAll('*')) {
      if (!element.localName.startsWith('pm-')) continue;
      const shadow = element.shadowRoot;
      if (!shadow || !shadow.querySelector(':not(slot):not(style)') || !allRendered(shadow)) return false;
    }
    return true;
  };

  /** Adds a stylesheet; resolves when it has loaded. */
  window.__bench.stylesheet = (href) =>
    new Promise((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
      link.onload = resolve;
      link.onerror = () => reject(new Error(`${href} failed to load`));
      document.head.append(link);
    });

  /** Adds a classic script; resolves when it has run. */
  window.__bench.classicScript = (src) =>
    new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), {src});
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${src} failed to load`));
      document.head.append(script);
    });
})();
