import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromiumLauncher} from './test/support/chromium-launcher.mjs';
import {closingLineReporter} from './test/support/closing-line-reporter.mjs';
import {engineCommandsPlugin} from './test/support/engine-commands-plugin.mjs';
import {freePort} from './test/support/free-port.mjs';
import {firefoxLauncher} from './test/support/firefox-launcher.mjs';
import {noStoreMiddleware} from './test/support/no-store-middleware.mjs';
import {servedMissingMiddleware} from './test/support/served-missing.mjs';
import {stallMiddleware, stallPlugin} from './test/support/stall-plugin.mjs';
import {webkitLauncher} from './test/support/webkit-launcher.mjs';

// Every test runs in the three engines; `--engines=firefox,webkit` (after `--` with npm) picks some.
// With a space instead of `=`, the runner would take the names for test files.
const ENGINES = {chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher};
if (process.argv.includes('--engines')) throw new Error('Write --engines=NAME[,NAME] (with "="), e.g. --engines=firefox');
const asked = process.argv.find((arg) => arg.startsWith('--engines='))?.slice('--engines='.length);
const engines = asked ? asked.split(',') : Object.keys(ENGINES);
for (const name of engines) if (!(name in ENGINES)) throw new Error(`--engines: "${name}" is not one of ${Object.keys(ENGINES).join(', ')}`);

/**
 * Issue 12: the built CDN files are served byte for byte. The entry loads each language file only if it matches
 * the hash built into it, and esbuild (given a `target`) would rewrite every .js file it serves.
 */
function leavingCdnBuildAlone(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/cdn/') ? undefined : transform(context));
  return plugin;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // A free port, never the demo's 8000 (the runner's default) nor one another server holds.
  port: await freePort(),
  // stallMiddleware: language files the server holds, for one test's own copy of the library (issue 12, languages without races).
  middleware: [noStoreMiddleware, servedMissingMiddleware, stallMiddleware],
  plugins: [leavingCdnBuildAlone(esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})), engineCommandsPlugin(), stallPlugin()],
  browsers: engines.map((name) => ENGINES[name]()),
  // Test files at a time per engine (Firefox and WebKit run one at a time: see their launchers); all engines at once.
  concurrency: 2,
  concurrentBrowsers: 3,
  testFramework: {config: {timeout: 15000}},
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), closingLineReporter()],
};
