// The reference bundles `npm run size` prints (scripts/size-floor.mjs) must hold what
// they claim, or the figures they give the campaign would be wrong: the size floor,
// every English string and every icon with Lit and nothing of the elements; the entry
// without Lit, every element and no Lit.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {floorBundle, iconPaths, withoutLitBundle} from '../../scripts/size-floor.mjs';

const CONTENT_MODULES = [
  'src/elements/pm-manifesto/pm-manifesto.content.ts',
  'src/elements/pm-share/pm-share.content.ts',
  'src/elements/pm-values/pm-values.content.ts',
  'src/i18n/picker.content.ts',
];

/** The English text of every msg() call, split where a str`…` placeholder sits. */
function englishPieces() {
  return CONTENT_MODULES.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/\bmsg\(\s*(?:str`([^`]*)`|'((?:[^'\\]|\\.)*)')/g)].flatMap(([, template, plain]) =>
      template !== undefined ? template.split(/\$\{[^}]*\}/).filter(Boolean) : [plain.replace(/\\(.)/g, '$1')],
    ),
  );
}

const code = await floorBundle();

test('the floor holds every English string of the content modules', () => {
  const pieces = englishPieces();
  assert.ok(pieces.length >= 30, `only ${pieces.length} strings found: the pattern no longer matches the content modules`);
  const missing = pieces.filter((piece) => !code.includes(piece));
  assert.deepEqual(missing, []);
});

test('the floor holds every icon', () => {
  const paths = iconPaths();
  assert.equal(paths.length, 19);
  assert.deepEqual(paths.filter((d) => !code.includes(d)), []);
});

test('the floor holds Lit and @lit/localize, and none of the elements', () => {
  assert.match(code, /createPolicy\("lit-html"/, 'Lit (lit-html) is missing');
  assert.match(code, /attachShadow/, 'Lit (ReactiveElement) is missing');
  assert.match(code, /strTag/, '@lit/localize (its str tag) is missing');
  for (const tag of ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign']) assert.ok(!code.includes(`"${tag}"`), `${tag} is in the floor`);
  assert.ok(!code.includes('[people-move]'), 'the warning helper is in the floor');
  assert.ok(!code.includes('container-type'), 'element CSS is in the floor');
});

test('the entry without Lit holds every element and imports Lit instead of carrying it', async () => {
  const own = await withoutLitBundle();
  for (const tag of ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign']) assert.ok(own.includes(`"${tag}"`), `${tag} is missing`);
  assert.match(own, /from"lit"/);
  assert.match(own, /from"@lit\/localize/);
  assert.ok(!own.includes('createPolicy("lit-html"'), 'lit-html is bundled');
  assert.ok(!own.includes('attachShadow'), 'ReactiveElement is bundled');
});
