// The first script of every page Node drives (a classic script from the
// page's own origin, so a strict CSP allows it). It records, from the first
// moment: CSP and Trusted Types violations, storage writes, link clicks and
// share events (it stops both from leaving the page), and layout shifts.
(() => {
  const probe = {violations: [], storageWrites: [], linkClicks: [], shareEvents: [], layoutShifts: [], cls: 0};
  window.pmProbe = probe;

  // WebDriver classic (WebKit, test/hostile/support/webkit.mjs) sends no console or
  // error events, so there the page records them. Only there: wrapping console
  // elsewhere would make every message's location this file.
  if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent)) {
    probe.console = [];
    for (const type of ['warn', 'error']) {
      const native = console[type];
      console[type] = function (...args) {
        probe.console.push({type: type === 'warn' ? 'warning' : type, text: args.map(String).join(' ')});
        return native.apply(this, args);
      };
    }
    addEventListener('error', (event) => probe.console.push({type: 'pageerror', text: event.message}));
    addEventListener('unhandledrejection', (event) => probe.console.push({type: 'pageerror', text: String(event.reason?.message ?? event.reason)}));
  }

  document.addEventListener(
    'securitypolicyviolation',
    (event) => probe.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim()),
    true,
  );

  const note = (what) => probe.storageWrites.push(what);
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const native = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      note(`${this === window.sessionStorage ? 'sessionStorage' : 'localStorage'}.${method}(${args.map(String).join(', ')})`);
      return native.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      note(`document.cookie = ${value}`);
      cookie.set.call(this, value);
    },
  });
  const openDatabase = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    note(`indexedDB.open(${args.map(String).join(', ')})`);
    return openDatabase.apply(this, args);
  };
  if (window.CacheStorage) {
    const openCache = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) {
      note(`caches.open(${args.map(String).join(', ')})`);
      return openCache.apply(this, args);
    };
  }
  if (window.CookieStore) {
    const setCookie = CookieStore.prototype.set;
    CookieStore.prototype.set = function (...args) {
      note('cookieStore.set');
      return setCookie.apply(this, args);
    };
  }
  if (navigator.serviceWorker) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      note(`serviceWorker.register(${args.map(String).join(', ')})`);
      return register.apply(this, args);
    };
  }

  // A used control must not take the test page away: count the link, keep the page.
  addEventListener(
    'click',
    (event) => {
      const link = event.composedPath().find((node) => node instanceof Element && node.matches('a[href], area[href]'));
      if (!link) return;
      probe.linkClicks.push(link.href);
      event.preventDefault();
    },
    true,
  );
  addEventListener(
    'pm-share',
    (event) => {
      probe.shareEvents.push({...event.detail, cancelable: event.cancelable});
      if (event.cancelable) event.preventDefault();
    },
    true,
  );

  // When the first element is defined: the moment the script took over.
  const tags = ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign'];
  Promise.race(tags.map((tag) => customElements.whenDefined(tag))).then(() => {
    probe.definedAt = performance.now();
  });

  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        probe.cls += entry.value;
        probe.layoutShifts.push({
          value: entry.value,
          at: entry.startTime,
          sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '(gone)'),
        });
      }
    }).observe({type: 'layout-shift', buffered: true});
  }
})();
