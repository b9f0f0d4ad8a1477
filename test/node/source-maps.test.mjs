// The builds' source maps lead back to the right line: string literals of the CDN
// bundle (after every Rollup plugin and terser) and of the npm build's modules
// (after the template minifier and the translator-note stripper) map to the file
// and line where the literal is written. Run after `npm run build`.
import {originalPositionFor, TraceMap} from '@jridgewell/trace-mapping';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {test} from 'node:test';

const DIST = 'dist';

/** [built file, source file, literal text]: each literal occurs once in its built file and once in its source. */
const LITERALS = [
  ['cdn/people-move.js', 'src/elements/pm-values/pm-values.ts', 'showing all six'],
  ['cdn/people-move.js', 'src/elements/pm-manifesto/pm-manifesto.content.ts', 'Read our manifesto'],
  ['cdn/people-move.js', 'src/elements/pm-manifesto/pm-manifesto.content.ts', 'Our manifesto offers 12 simple'],
  ['cdn/people-move.js', 'src/elements/pm-share/pm-share.ts', 'icon mirror'],
  ['cdn/people-move.js', 'src/i18n/load-locale.ts', 'messages could not be loaded'],
  ['cdn/people-move.js', 'src/cdn/pinned-import.ts', 'does not match this release'],
  ['cdn/people-move.js', 'node_modules/lit-html/lit-html.js', '$lit$'],
  ['cdn/locales/cy-*.js', 'src/generated/locales/cy.ts', 'Rhannu drwy e-bost'],
  ['elements/pm-values/pm-values.js', 'src/elements/pm-values/pm-values.ts', 'showing all six'],
  ['elements/pm-manifesto/pm-manifesto.content.js', 'src/elements/pm-manifesto/pm-manifesto.content.ts', 'Our manifesto offers 12 simple'],
  ['elements/pm-share/pm-share.js', 'src/elements/pm-share/pm-share.ts', 'icon mirror'],
  ['i18n/load-locale.js', 'src/i18n/load-locale.ts', 'messages could not be loaded'],
];

/** The one built file that `pattern` (a name, or `prefix-*.js`) names. */
function builtFile(pattern) {
  const [dir, name] = [dirname(pattern), pattern.split('/').pop()];
  const [prefix, suffix] = name.split('*');
  const found = readdirSync(join(DIST, dir)).filter((file) => (suffix === undefined ? file === name : file.startsWith(prefix) && file.endsWith(suffix)));
  assert.equal(found.length, 1, `${pattern} names ${found.length} files in ${join(DIST, dir)}`);
  return join(DIST, dir, found[0]);
}

/** 1-based line and 0-based column of the one occurrence of `text` in `code`. */
function position(code, text, where) {
  const index = code.indexOf(text);
  assert.ok(index >= 0, `${JSON.stringify(text)} is not in ${where}`);
  assert.equal(code.indexOf(text, index + 1), -1, `${JSON.stringify(text)} occurs more than once in ${where}`);
  const before = code.slice(0, index).split('\n');
  return {line: before.length, column: before.at(-1).length};
}

for (const [built, source, literal] of LITERALS) {
  test(`${literal} in ${built} maps back to its own line in ${source}`, () => {
    const file = builtFile(built);
    const code = readFileSync(file, 'utf8');
    // Sources resolved from the map's own place, as a browser's developer tools do.
    const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'), resolve(`${file}.map`));
    const at = position(code, literal, file);
    // The literal's opening quote is where the minifier writes its mapping.
    const original = originalPositionFor(map, {line: at.line, column: at.column - 1});
    assert.ok(original.source, `no mapping at ${file}:${at.line}:${at.column - 1}`);
    assert.equal(relative('.', original.source), source);
    const expected = position(readFileSync(source, 'utf8'), literal, source);
    assert.equal(original.line, expected.line, `${JSON.stringify(literal)} maps to ${source}:${original.line}, is on line ${expected.line}`);
  });
}
