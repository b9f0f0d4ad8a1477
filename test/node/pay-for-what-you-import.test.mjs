// A page that imports only <pm-share> (`import 'people-move-widgets/pm-share'`) carries none of
// the manifesto's texts but the one it shares by default, the campaign's vision. Bundled from
// the npm build with esbuild, as a partner's bundler would. Run after `npm run build`.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {build} from 'esbuild';

const {manifestoContent} = await import('../../dist/elements/pm-manifesto/pm-manifesto.content.js');

const {outputFiles} = await build({
  entryPoints: ['dist/elements/pm-share/define.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: 'out',
  write: false,
  charset: 'utf8', // non-ASCII text as written, not escaped, so it can be found
  logLevel: 'error',
});
const shipped = outputFiles.map((file) => file.text).join('\n');

test('pm-share alone carries the vision, its default share text', () => {
  assert.ok(shipped.includes(manifestoContent.vision()));
});

// Short headings ("Vision", "Mission", "People Move") are left out: those words may occur in other code.
const others = Object.entries(manifestoContent).filter(([name, text]) => name !== 'vision' && text().length > 20);

test('the manifesto has long texts to look for', () => {
  assert.ok(others.length >= 6, `only ${others.length}`);
});

for (const [name, text] of others) {
  test(`pm-share alone does not carry the manifesto's ${name} text`, () => {
    assert.ok(!shipped.includes(text()), `"${text().slice(0, 60)}…" is in the bundle`);
  });
}
