import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_ARGS, findChrome} from './scripts/browser.mjs';
import {closingLineReporter} from './test/support/closing-line-reporter.mjs';
import {forcedColorsPlugin} from './test/support/forced-colors-plugin.mjs';
import {missingFilePlugin} from './test/support/missing-file-plugin.mjs';

// Test files run two at a time, each in its own tab: keep background tabs running animation frames and timers.
const FOREGROUND_ARGS = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

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
  plugins: [leavingCdnBuildAlone(esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})), forcedColorsPlugin(), missingFilePlugin()],
  browsers: [chromeLauncher({launchOptions: {executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...FOREGROUND_ARGS]}})],
  concurrency: 2,
  testFramework: {config: {timeout: 15000}},
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), closingLineReporter()],
};
