import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json's `sideEffects` names the built files (dist/…/define.js), so
 * the bundler takes every file under src/ for side-effect free, and drops the
 * stories' `import '…/define.js'`: the build succeeds and no element is ever
 * defined. Our source registers elements and configures localisation when
 * imported: say so.
 */
const sourceHasSideEffects: Plugin = {
  name: 'people-move:source-has-side-effects',
  enforce: 'post',
  transform(code, id) {
    return id.startsWith(SOURCE) ? {code, map: null, moduleSideEffects: true} : null;
  },
};

/**
 * Storybook for designers: every element, variant, language, theme and
 * direction. Stories live in stories/; `npm run build-storybook` writes the
 * static site to storybook-static/, which test/storybook/ renders story by story.
 */
const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Telemetry off: no requests to anyone, and builds three times faster.
  core: {disableTelemetry: true},
  // The "Host page" toolbar (preview.ts) paints the page and its text colour; the built-in backgrounds only the first.
  features: {backgrounds: false},
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), sourceHasSideEffects],
    // The dev server pre-bundles every Lit entry point in use, ours and Storybook's, or it loads Lit twice.
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [
        ...(vite.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directive-helpers.js', // imported by Storybook's web-components renderer
        'lit/directives/class-map.js',
        'lit/directives/if-defined.js',
        'lit/directives/keyed.js',
        '@lit/localize',
        '@lit/localize/init/reentrant.js',
      ],
    },
    // Quiet builds: Storybook's own preview chunks are large by nature, and a file list per build helps no one.
    logLevel: 'warn',
    build: {...vite.build, chunkSizeWarningLimit: 2000},
  }),
};

export default config;
