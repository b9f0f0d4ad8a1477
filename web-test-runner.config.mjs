import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_ARGS, findChrome} from './scripts/browser.mjs';
import {closingLineReporter} from './test/support/closing-line-reporter.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [chromeLauncher({launchOptions: {executablePath: findChrome(), headless: true, args: CHROME_ARGS}})],
  concurrency: 2,
  testFramework: {config: {timeout: 15000}},
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({args}) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), closingLineReporter()],
};
