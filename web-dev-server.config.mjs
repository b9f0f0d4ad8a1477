// `npm start`: serves the demo page (demo/index.html) and the freshly built dist/
// from one local origin, as a partner's site would load the CDN file.
import {readFileSync} from 'node:fs';

const integrity = () => JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'))['people-move.js'];

export default {
  rootDir: '.',
  hostname: 'localhost',
  port: 8000,
  open: false,
  appIndex: undefined,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.url === '/' || context.url === '/index.html') context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'partner-snippet-integrity',
      transform(context) {
        if (context.path === '/demo/' || context.path === '/demo/index.html') {
          return {body: context.body.replace('%PM_INTEGRITY%', integrity())};
        }
      },
    },
  ],
};
