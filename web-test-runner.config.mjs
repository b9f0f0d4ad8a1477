import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_ARGS, findChrome} from './scripts/browser.mjs';
import {closingLineReporter} from './test/support/closing-line-reporter.mjs';
import {forcedColorsPlugin} from './test/support/forced-colors-plugin.mjs';
import {missingFilePlugin} from './test/support/missing-file-plugin.mjs';
import {stallMiddleware, stallPlugin} from './test/support/stall-plugin.mjs';

// Test files run two at a time, each in its own tab: keep background tabs running animation frames and timers.
const FOREGROUND_ARGS = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Languages without races (issue 12): language files the server holds, for one test's own copy of the library.
  middleware: [stallMiddleware],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), forcedColorsPlugin(), missingFilePlugin(), stallPlugin()],
  browsers: [chromeLauncher({launchOptions: {executablePath: findChrome(), headless: true, args: [...CHROME_ARGS, ...FOREGROUND_ARGS]}})],
  concurrency: 2,
  testFramework: {config: {timeout: 15000}},
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), closingLineReporter()],
};
