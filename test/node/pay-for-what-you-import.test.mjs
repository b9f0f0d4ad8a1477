// A page that imports only <pm-share> (`import 'people-move-widgets/pm-share'`) carries none of
// the manifesto's texts but the one it shares by default, the campaign's vision; and on a page in
// English with the default networks it loads nothing of the language runtime (working out, loading
// and picking languages) nor of the other networks, which come in chunks of their own. Bundled from the npm build with esbuild, as a partner's
// bundler would. Run after `npm run build`.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {build} from 'esbuild';

const {manifestoContent} = await import('../../dist/elements/pm-manifesto/pm-manifesto.content.js');

const {outputFiles, metafile} = await build({
  entryPoints: ['dist/elements/pm-share/define.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: 'out',
  write: false,
  charset: 'utf8', // non-ASCII text as written, not escaped, so it can be found
  logLevel: 'error',
  metafile: true,
});
const shipped = outputFiles.map((file) => file.text).join('\n');

/** The text of `path` and of every output it imports statically: what a page in English loads. */
function loadedWith(path, seen = new Set()) {
  if (seen.has(path)) return [];
  seen.add(path);
  const file = outputFiles.find((each) => each.path.endsWith(`/${path}`));
  const imports = metafile.outputs[path].imports.filter(({kind}) => kind === 'import-statement');
  return [file.text, ...imports.flatMap(({path: imported}) => loadedWith(imported, seen))];
}
const english = loadedWith('out/define.js').join('\n');

// A warning of the language matcher, the language menu's markup, the address of a language file, and
// LinkedIn's share page (a network not shown by default).
const LAZY_MARKS = ['complete enough to be picked', 'part="language-picker"', 'locales/cy.js', 'linkedin.com/sharing'];

for (const mark of LAZY_MARKS) {
  test(`pm-share alone ships what it loads when needed (${mark}), but not where a page in English with the default networks loads it`, () => {
    assert.ok(shipped.includes(mark), `${mark} is not in the bundle at all`);
    assert.ok(!english.includes(mark), `${mark} is loaded on a page in English`);
  });
}

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
