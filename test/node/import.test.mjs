// Every module of the npm build imports in Node, where there is no DOM, without
// throwing, so server-side rendering and build tools can load the package.
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {test} from 'node:test';
import {pathToFileURL} from 'node:url';

function* modules(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // dist/cdn and dist/builder (the builder page's bundle) are browser builds, not the npm package.
      if (path !== join('dist', 'cdn') && path !== join('dist', 'builder')) yield* modules(path);
    } else if (entry.name.endsWith('.js')) {
      yield path;
    }
  }
}

const paths = [...modules('dist')];

test('the npm build has modules to import', () => {
  assert.ok(paths.length > 20, `only ${paths.length} modules under dist/`);
});

for (const path of paths) {
  test(`imports ${relative('dist', path)} in Node`, async () => {
    await import(pathToFileURL(path).href);
  });
}

test('the package entry exports the element classes and registers them in Lit\'s Node registry, for server rendering', async () => {
  const entry = await import(pathToFileURL('dist/index.js').href);
  for (const name of ['PeopleMoveManifesto', 'PeopleMoveValues', 'PeopleMoveShare', 'PeopleMoveCampaign']) {
    assert.equal(typeof entry[name], 'function', name);
  }
  // Lit's Node build provides a minimal customElements registry; @lit-labs/ssr finds classes there.
  assert.equal(globalThis.customElements.get('pm-manifesto'), entry.PeopleMoveManifesto);
  assert.equal(globalThis.customElements.get('pm-campaign'), entry.PeopleMoveCampaign);
});
