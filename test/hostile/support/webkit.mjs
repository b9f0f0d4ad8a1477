// WebKitGTK for the pages Node drives (HOSTILE_ENGINE=webkit). Puppeteer cannot
// drive it, so this is the small part of Puppeteer's Browser and Page the
// hostile and field suites use, over WebDriver classic (webdriverio): MiniBrowser
// on its own Xvfb display with WebKitWebDriver, started as the web-test-runner
// launcher starts them. One WebDriver session (one MiniBrowser, started once:
// a session per page costs seconds), each page a window of its own. WebDriver classic sends no console or
// error events: the probe script (test/hostile/pages/probe.js, the first
// script of a page) records them in the page, and every call here hands what
// it recorded since the last call to the page's listeners. Requests are
// counted by the test servers, not intercepted.
import {spawn} from 'node:child_process';
import {Buffer} from 'node:buffer';
import {writeFileSync} from 'node:fs';
import process from 'node:process';
import {remote} from 'webdriverio';
import {freePort} from '../../support/free-port.mjs';
import {CAPABILITIES, MINIBROWSER, key, needWebKit, sizeViewport, startXvfb, waitForDriver} from '../../support/webkit-launcher.mjs';

/** A function and its arguments as a WebDriver script that returns (awaits) its result. */
function script(fn, args) {
  return `return (${typeof fn === 'function' ? fn.toString() : `() => (${fn})`}).apply(null, ${JSON.stringify(args)});`;
}

/** The session's driver with its current window switched to `handle`: pages take turns. */
function inWindow(driver, handle) {
  let last = Promise.resolve();
  return new Proxy(driver, {
    get(target, name) {
      if (typeof target[name] !== 'function') return target[name];
      return (...args) => {
        const run = last.then(async () => {
          await target.switchToWindow(handle);
          return target[name](...args);
        });
        last = run.catch(() => {});
        return run;
      };
    },
  });
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The elements that can have an ARIA role, by the tags that have it natively (Puppeteer's ::-p-aria, narrowed first). */
const ROLES = {
  button: 'button, input[type="button"], input[type="submit"], [role="button"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select, [role="combobox"]',
};

/** `::-p-aria([name="…"][role="…"])`, Puppeteer's selector by accessible name and role, as {name, role}; null for CSS. */
function ariaQuery(selector) {
  const inner = /^::-p-aria\((.*)\)$/.exec(selector)?.[1];
  if (inner === undefined) return null;
  const wanted = Object.fromEntries([...inner.matchAll(/\[(name|role)="([^"]*)"\]/g)].map((match) => [match[1], match[2]]));
  if (!wanted.name || !ROLES[wanted.role]) throw new Error(`WebKit driver: ${selector} (add its role to ROLES)`);
  return wanted;
}

/** A WebDriver element reference with the few Puppeteer ElementHandle methods tests use. */
class WebKitElement {
  #driver;
  #reference;

  constructor(driver, reference) {
    this.#driver = driver;
    this.#reference = reference;
  }

  asElement() {
    return this;
  }

  evaluate(fn, ...args) {
    return this.#driver.execute(`return (${fn}).apply(null, arguments)`, this.#reference, ...args);
  }

  /** WebDriver's Element Click: scrolled into view, checked to be reachable, a real click. */
  click() {
    return this.#driver.elementClick(this.#reference[ELEMENT]);
  }

  /** Chooses an option as WebDriver does: a click on that option. */
  async select(value) {
    const option = await this.evaluate((select, wanted) => [...select.options].find((each) => each.value === wanted) ?? null, value);
    if (!option) throw new Error(`no option "${value}"`);
    await this.#driver.elementClick(option[ELEMENT]);
  }

  dispose() {}

  /** The engine's own accessible name and role of the element (WebDriver's Get Computed Label and Role). */
  async accessible() {
    const id = this.#reference[ELEMENT];
    return {name: await this.#driver.getElementComputedLabel(id), role: await this.#driver.getElementComputedRole(id)};
  }
}

class WebKitPage {
  #driver;
  #session;
  #listeners = {console: [], pageerror: []};
  #read = 0;

  #open;

  /** `open(scripts)` opens a window in the session whose pages run their scripts, or in the one whose pages do not. */
  constructor(open) {
    this.#open = open;
  }

  async #use(scripts) {
    const {session, handle} = await this.#open(scripts);
    this.#session = session;
    this.#driver = inWindow(session, handle);
  }

  static async open(open) {
    const page = new WebKitPage(open);
    await page.#use(true);
    return page;
  }

  #url;

  /**
   * Puppeteer's switch. MiniBrowser sets it per browser (--enable-javascript-markup=false:
   * the page's scripts do not run, WebDriver's still do), so the page moves to a window
   * of a second MiniBrowser started so, at the same size, and the address it showed is opened there again.
   */
  async setJavaScriptEnabled(enabled) {
    await this.#close();
    await this.#use(enabled);
    if (this.#viewport) await this.setViewport(this.#viewport);
    if (this.#url) await this.#driver.url(this.#url);
  }

  #viewport;

  /** WebKit's window sized so that the page's viewport is width × height (as the web-test-runner launcher does). */
  setViewport(size) {
    this.#viewport = size;
    return sizeViewport(this.#driver, size);
  }

  on(event, listener) {
    if (!(event in this.#listeners)) throw new Error(`WebKit driver: no "${event}" event (WebDriver classic sends none; see test/hostile/support/webkit.mjs)`);
    this.#listeners[event].push(listener);
    return this;
  }

  /** Hands the console lines and errors the probe recorded since the last call to the listeners. */
  async #drain() {
    const listening = this.#listeners.console.length + this.#listeners.pageerror.length > 0;
    const recorded = await this.#driver.execute(`return window.pmProbe ? window.pmProbe.console.slice(${this.#read}) : location.href`).catch(() => []);
    // A page without the probe would look silent: say so rather than pass a check of its console.
    if (typeof recorded === 'string') {
      if (listening && recorded !== 'about:blank') throw new Error(`WebKit driver: ${recorded} has no probe script (test/hostile/pages/probe.js), so its console cannot be read`);
      return;
    }
    this.#read += recorded.length;
    for (const {type, text} of recorded) {
      if (type === 'pageerror') for (const listener of this.#listeners.pageerror) listener(new Error(text));
      else for (const listener of this.#listeners.console) listener({type: () => type, text: () => text, location: () => undefined});
    }
  }

  async goto(url) {
    await this.#drain();
    this.#read = 0;
    // WebDriver's navigation returns once the page has loaded (page load strategy "normal").
    await this.#driver.url(url);
    this.#url = url;
    await this.#drain();
  }

  async evaluate(fn, ...args) {
    try {
      return await this.#driver.execute(script(fn, args));
    } finally {
      await this.#drain();
    }
  }

  /** An element the function returns, as a handle a test can click or choose an option of; null otherwise. */
  async evaluateHandle(fn, ...args) {
    const found = await this.evaluate(fn, ...args);
    return found?.[ELEMENT] ? new WebKitElement(this.#driver, found) : {asElement: () => null, dispose() {}};
  }

  /** The first element `selector` matches, once there: CSS, or ::-p-aria() matched by the engine's accessible name and role. */
  async waitForSelector(selector, {timeout = 30000} = {}) {
    const aria = ariaQuery(selector);
    const end = Date.now() + timeout;
    for (;;) {
      const found = await this.evaluate((css) => [...document.querySelectorAll(css)], aria ? ROLES[aria.role] : selector);
      for (const reference of found) {
        const element = new WebKitElement(this.#driver, reference);
        if (!aria) return element;
        const {name, role} = await element.accessible();
        // WebKitGTK gives a one-line <select> the role of its popup button: a combobox everywhere else.
        const sameRole = role === aria.role || (aria.role === 'combobox' && role === 'button' && (await element.evaluate((each) => each.localName === 'select' && !each.multiple)));
        if (name === aria.name && sameRole) return element;
      }
      if (Date.now() > end) throw new Error(`WebKit driver: waitForSelector timed out after ${timeout} ms: ${selector}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async click(selector) {
    await (await this.waitForSelector(selector)).click();
  }

  focus(selector) {
    return this.evaluate((css) => document.querySelector(css).focus(), selector);
  }

  /** Puppeteer's $eval: `fn` given the first element `selector` matches (no eval in the page: its policy may forbid it). */
  async $eval(selector, fn, ...args) {
    try {
      return await this.#driver.execute(
        `const element = document.querySelector(arguments[0]);
        if (!element) throw new Error('no element matches ' + arguments[0]);
        return (${fn}).apply(null, [element, ...[...arguments].slice(1)]);`,
        selector,
        ...args,
      );
    } finally {
      await this.#drain();
    }
  }

  /** Puppeteer's $$eval: `fn` given every element `selector` matches. */
  async $$eval(selector, fn, ...args) {
    try {
      return await this.#driver.execute(`return (${fn}).apply(null, [[...document.querySelectorAll(arguments[0])], ...[...arguments].slice(1)]);`, selector, ...args);
    } finally {
      await this.#drain();
    }
  }

  /** Key presses as WebDriver actions, Puppeteer's key names (test/support/webkit-launcher.mjs). */
  get keyboard() {
    return {
      press: (name) => this.#driver.performActions([{type: 'key', id: 'keyboard', actions: [{type: 'keyDown', value: key(name)}, {type: 'keyUp', value: key(name)}]}]),
    };
  }

  /** Adds a script element and waits until it has run (Puppeteer's addScriptTag with a url). */
  addScriptTag({url, type = 'text/javascript'}) {
    return this.evaluate(
      (src, kind) =>
        new Promise((resolve, reject) => {
          const script = Object.assign(document.createElement('script'), {src, type: kind});
          script.addEventListener('load', () => resolve(true));
          script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
          document.head.append(script);
        }),
      url,
      type,
    );
  }

  /**
   * The viewport as a PNG, base64-encoded, also written to `path`. With fullPage, an element
   * screenshot of the document, which WebKitGTK clips to the window all the same.
   */
  async screenshot({path, fullPage = false} = {}) {
    const root = fullPage ? await this.evaluate(() => document.documentElement) : null;
    const png = root ? await this.#driver.takeElementScreenshot(root[ELEMENT]) : await this.#driver.takeScreenshot();
    if (path) writeFileSync(path, Buffer.from(png, 'base64'));
    return png;
  }

  async waitForFunction(fn, {timeout = 30000} = {}, ...args) {
    const end = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate(fn, ...args)) return true;
      if (Date.now() > end) throw new Error(`WebKit driver: waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 100)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The cookies the page's document can see (WebDriver's Get All Cookies). */
  cookies() {
    return this.#driver.getAllCookies();
  }

  async close() {
    await this.#drain();
    await this.#close();
  }

  async #close() {
    await this.#driver.closeWindow();
    // webdriverio switches to another window after closeWindow without waiting: wait
    // for it (the driver answers in order), or ending the session races that switch.
    await this.#session.getWindowHandles();
  }
}

/** Starts Xvfb, WebKitWebDriver and a MiniBrowser; resolves with a browser whose newPage() opens a window. */
export async function launchWebKit() {
  needWebKit([MINIBROWSER, 'WebKitWebDriver', 'Xvfb']);
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) child.kill();
    children.length = 0;
  };
  process.once('exit', stop);
  try {
    // A tall screen: pages ask for viewports up to 2400 px high.
    const display = await startXvfb(children, '1280x2600x24');
    // WebKitWebDriver holds one session at a time: each MiniBrowser gets its own.
    const start = async (args) => {
      const port = await freePort();
      children.push(spawn('WebKitWebDriver', [`--port=${port}`], {env: {...process.env, DISPLAY: display}, stdio: 'ignore'}));
      await waitForDriver(port);
      const options = CAPABILITIES['webkitgtk:browserOptions'];
      return remote({hostname: '127.0.0.1', port, logLevel: 'error', capabilities: {...CAPABILITIES, 'webkitgtk:browserOptions': {...options, args: [...options.args, ...args]}}});
    };
    const pages = new Set();
    const driver = await start([]);
    let noScript;
    // The first window of each session stays open and blank: closing a session's last window would end the session.
    const open = async (scripts) => {
      const session = scripts ? driver : await (noScript ??= start(['--enable-javascript-markup=false']));
      const {handle} = await session.createWindow('window');
      return {session, handle};
    };
    return {
      async newPage() {
        const page = await WebKitPage.open(open);
        const close = page.close.bind(page);
        page.close = async () => {
          pages.delete(page);
          await close();
        };
        pages.add(page);
        return page;
      },
      /** How many windows the browser has open (the blank first one included). */
      async windows() {
        return (await driver.getWindowHandles()).length;
      },
      async close() {
        for (const page of pages) await page.close().catch(() => {});
        await driver.deleteSession().catch(() => {});
        if (noScript) await (await noScript).deleteSession().catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
