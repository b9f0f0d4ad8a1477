// Broken XLIFF files, as a translator's editor may leave them: every i18n script names the file,
// the line and the unit, says what to do, and never crashes or rewrites the broken file.
// And the reviewer's comment, <note from="reviewer">, survives i18n:extract and is listed by i18n:status.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {makeProject} from '../support/i18n-project-fixture.mjs';

const noStack = (stdout) => assert.doesNotMatch(stdout, /\n\s+at |\[xmldom /, 'no stack trace, no bare xmldom message');

describe('a raw "<" in one file, a duplicate id and a raw "&" in another', () => {
  let project;
  let broken;
  before(() => {
    project = makeProject();
    project.edit('locales/cy.xlf', '>Dau</target>', '>Dau < tri</target>');
    project.edit('locales/fr.xlf', '<trans-unit id="three">', '<trans-unit id="two">');
    project.edit('locales/fr.xlf', '>Quatre</target>', '>Quatre & cinq</target>');
    broken = project.read('locales/cy.xlf');
  });
  after(() => project.remove());
  const lineOf = (file, text) => project.read(file).split('\n').findIndex((line) => line.includes(text)) + 1;

  test('i18n:status: file, line, unit and what to do, for each', () => {
    const {code, stdout} = project.run('i18n-status.mjs');
    assert.equal(code, 1, stdout);
    noStack(stdout);
    assert.match(stdout, new RegExp(`✗ cy: \\S*cy\\.xlf:${lineOf('locales/cy.xlf', 'Dau < tri')}: unit "two": broken XML \\(.*\\)\\. A "<" that does not start a tag.*write a plain "<" as &lt;`));
    assert.match(stdout, new RegExp(`✗ fr: \\S*fr\\.xlf:${lineOf('locales/fr.xlf', 'Trois') - 2}: unit "two": a second unit with this id \\(the first is at line ${lineOf('locales/fr.xlf', 'Deux') - 2}\\)\\. Keep one of the two`));
    assert.match(stdout, new RegExp(`✗ fr: \\S*fr\\.xlf:${lineOf('locales/fr.xlf', 'Quatre & cinq')}: unit "four": broken XML \\(a lone "&"\\)\\. Write a plain "&" as &amp;`));
  });

  test('i18n:build stops with the same lines, before lit-localize reads the files', () => {
    const {code, stdout} = project.run('i18n-build.mjs');
    assert.equal(code, 1, stdout);
    noStack(stdout);
    assert.match(stdout, /cy\.xlf:\d+: unit "two": broken XML/);
    assert.match(stdout, /fr\.xlf:\d+: unit "two": a second unit with this id/);
    assert.match(stdout, /Fix the files above, then run npm run i18n:build again\./);
  });

  test('i18n:extract stops too, and leaves the broken file as it was', () => {
    const {code, stdout} = project.run('i18n-extract.mjs');
    assert.equal(code, 1, stdout);
    assert.match(stdout, /cy\.xlf:\d+: unit "two": broken XML/);
    assert.equal(project.read('locales/cy.xlf'), broken);
  });
});

describe('a placeholder altered in a translation', () => {
  let project;
  before(() => {
    project = makeProject();
    project.edit('locales/fr.xlf', 'Bonjour <x id="0" equiv-text="${name}"/>', 'Bonjour <x id="0" equiv-text="${nom}"/>');
  });
  after(() => project.remove());

  test('i18n:build names the file, line and unit, and says what to do', () => {
    const {code, stdout} = project.run('i18n-build.mjs');
    assert.equal(code, 1, stdout);
    assert.match(stdout, /fr\.xlf:5: unit "greeting": broken placeholder: missing <x id="0" equiv-text="\$\{name\}"\/>; unexpected <x id="0" equiv-text="\$\{nom\}"\/>/);
    assert.match(stdout, /copy each <x …\/> from the <source> exactly as it is/);
  });
});

describe('a reviewer’s comment', () => {
  let project;
  let extract;
  let status;
  before(() => {
    project = makeProject();
    project.edit('locales/cy.xlf', '<note from="lit-localize">Note for two.</note>', '<note from="lit-localize">Note for two.</note>\n  <note from="reviewer">Gwell “Dwy” yma?</note>');
    // The English changes under the commented unit, so extract rewrites it.
    project.edit('src/messages.ts', "msg('Two'", "msg('Two of them'");
    extract = project.run('i18n-extract.mjs');
    status = project.run('i18n-status.mjs');
  });
  after(() => project.remove());

  test('survives i18n:extract beside the refreshed English', () => {
    assert.equal(extract.code, 0, extract.stdout);
    assert.match(project.read('locales/cy.xlf'), /<source>Two of them<\/source>[^]*<note from="reviewer">Gwell “Dwy” yma\?<\/note>[^]*<\/trans-unit>/);
    assert.match(extract.stdout, /cy: 1 marked stale \(two\)/);
  });

  test('is listed by i18n:status with its file, line and unit', () => {
    const line = project.read('locales/cy.xlf').split('\n').findIndex((each) => each.includes('<trans-unit id="two"')) + 1;
    assert.match(status.stdout, /Reviewers' comments \(<note from="reviewer">\), to answer and then delete:\n\s+\S*cy\.xlf:(\d+): unit "two": Gwell “Dwy” yma\?/);
    assert.match(status.stdout, new RegExp(`cy\\.xlf:${line}: unit "two"`));
  });
});
