// The client of a server-rendered page built with npm: Lit's hydrate support
// first (it must load before Lit defines LitElement), then the widgets from
// the npm build. The page's import map resolves the bare names.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../../dist/index.js';
