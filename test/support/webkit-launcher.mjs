// WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver) driven over WebDriver
// classic by WebKitWebDriver. MiniBrowser has no headless mode, so it runs on
// its own Xvfb display; its colour scheme follows the GTK theme, which an
// xsettingsd on that display switches. WebKitGTK has no forced-colours mode.
// The stock commands refuse key chords (down/up), media and viewport over
// WebDriver: those are done here with WebDriver actions and window sizes.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {withEngine} from './engine-commands-plugin.mjs';
import {executable} from './executable.mjs';
import {freePort} from './free-port.mjs';
import {serveMissingTo} from './served-missing.mjs';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const NO_FORCED_COLORS = 'WebKitGTK cannot emulate forced colours';
const THEMES = {light: 'Adwaita', dark: 'Adwaita-dark'};
// WebDriver's code points for the named keys tests press; a single character stands for itself.
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C',
  Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};

export function key(name) {
  if (name in KEYS) return KEYS[name];
  if ([...name].length === 1) return name;
  // Puppeteer's and Playwright's key codes: KeyA, Digit1.
  if (/^(Key[A-Z]|Digit\d)$/.test(name)) return name.at(-1).toLowerCase();
  throw new Error(`WebKit launcher: no WebDriver key for "${name}" (add it to KEYS).`);
}

/** Starts Xvfb on the first free display and resolves with its number. */
export function startXvfb(children, screen = '1280x1024x24') {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    xvfb.once('error', reject).once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.stdio[3].on('data', (data) => resolve(`:${String(data).trim()}`));
  });
}

export async function waitForDriver(port) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

export const CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']},
  // webdriverio 9 asks for BiDi otherwise, which WebKitWebDriver refuses ("Failed to match capabilities").
  'wdio:enforceWebDriverClassic': true,
};

export function needWebKit(programs = [MINIBROWSER, 'WebKitWebDriver', 'Xvfb', 'xsettingsd']) {
  for (const program of programs) {
    if (!executable(program)) throw new Error(`No ${program}: apt-get install webkit2gtk-driver xvfb xsettingsd, or pick other engines (--engines=chromium,firefox).`);
  }
}

/** Sizes a WebDriver session's window so that the page's viewport is width × height. */
export async function sizeViewport(driver, {width, height}) {
  await driver.setWindowSize(width, height);
  const [innerWidth, innerHeight] = await driver.execute('return [innerWidth, innerHeight]');
  if (innerWidth !== width || innerHeight !== height) await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
  const got = await driver.execute('return [innerWidth, innerHeight]');
  // MiniBrowser's window has a minimum width (about 450 px): say so rather than test at the wrong size.
  if (got[0] !== width || got[1] !== height) throw new Error(`WebKit's window cannot give a ${width} × ${height} viewport (got ${got.join(' × ')}): render into a narrower column instead`);
}

export function webkitLauncher() {
  needWebKit();
  const children = [];
  const dir = mkdtempSync(join(tmpdir(), 'pm-webkit-'));
  const settings = join(dir, 'xsettingsd.conf');
  let xsettingsd;
  const theme = (scheme) => {
    writeFileSync(settings, `Net/ThemeName "${THEMES[scheme] ?? THEMES.light}"\n`);
    xsettingsd?.kill('SIGHUP');
  };
  const options = {hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: CAPABILITIES};
  const launcher = webdriverLauncher(options);
  // One file at a time: with more, the launcher runs each file in an iframe of one page.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    const display = await startXvfb(children);
    const env = {...process.env, DISPLAY: display};
    theme('light');
    xsettingsd = spawn('xsettingsd', ['-c', settings], {env, stdio: 'ignore'});
    options.port = await freePort();
    children.push(xsettingsd, spawn('WebKitWebDriver', [`--port=${options.port}`], {env, stdio: 'ignore'}));
    await waitForDriver(options.port);
    await initialize({...config, concurrency: 1}, testFiles);
    launcher.name = 'WebKit';
  };
  const stop = launcher.stop.bind(launcher);
  const stopAll = () => {
    for (const child of children.reverse()) child.kill();
    children.length = 0;
    rmSync(dir, {recursive: true, force: true});
  };
  launcher.stop = async () => {
    await stop();
    stopAll();
  };
  process.once('exit', stopAll);
  // What one test file set must not leak into the next.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    const result = await stopSession(id);
    theme('light');
    await launcher.driver.releaseActions().catch(() => {});
    return result;
  };

  const until = async (script, what) => {
    for (let i = 0; i < 100; i++) {
      if (await launcher.driver.execute(script)) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`WebKit launcher: ${what} did not take effect`);
  };
  return withEngine(launcher, {
    async colorScheme(_session, scheme) {
      theme(scheme);
      if (scheme in THEMES) await until(`return matchMedia('(prefers-color-scheme: ${scheme})').matches`, `colour scheme ${scheme}`);
      return true;
    },
    lacks: {'forced-colors': NO_FORCED_COLORS},
    async forcedColors(_session, active) {
      if (active) throw new Error(`${NO_FORCED_COLORS}: name the test with itInForcedColors (test/support/element-checks.ts)`);
      return true;
    },
    async serveMissing(_session, urlPatterns) {
      return serveMissingTo(await launcher.driver.execute('return navigator.userAgent'), urlPatterns);
    },
    async keys(_session, payload) {
      const actions = [];
      if (payload.type !== undefined) for (const c of payload.type) actions.push({type: 'keyDown', value: c}, {type: 'keyUp', value: c});
      if (payload.press !== undefined) actions.push({type: 'keyDown', value: key(payload.press)}, {type: 'keyUp', value: key(payload.press)});
      if (payload.down !== undefined) actions.push({type: 'keyDown', value: key(payload.down)});
      if (payload.up !== undefined) actions.push({type: 'keyUp', value: key(payload.up)});
      await launcher.driver.performActions([{type: 'key', id: 'keyboard', actions}]);
      return true;
    },
    async viewport(_session, size) {
      await sizeViewport(launcher.driver, size);
      return true;
    },
  });
}
