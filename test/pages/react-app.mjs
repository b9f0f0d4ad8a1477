// A React 19 page with People Move widgets, as a partner's React app writes
// them: rendered on the server with `renderToString`, hydrated in the browser.
// Plain `createElement`, so Node and esbuild read it without a JSX step.
import {createElement as h, useEffect} from 'react';

export function App() {
  // Runs once hydration has committed: the test waits for it.
  useEffect(() => {
    globalThis.hydrated = true;
  }, []);
  return h(
    'main',
    null,
    h('h1', null, 'We stand with People Move'),
    h('pm-manifesto', {variant: 'summary', 'heading-level': '2'}),
    h('pm-values', null),
    h('pm-share', {networks: 'x mastodon copy'}),
    h('pm-campaign', null),
  );
}
