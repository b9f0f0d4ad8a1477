// npm run i18n:build (scripts/i18n-build.mjs), run on a small project in a
// temporary folder: the locale modules, the pseudo-locale, the share of each
// language translated, the language names and the translator's template.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {makeProject} from '../support/i18n-project-fixture.mjs';

describe('i18n:build on a small project', () => {
  let project;
  let output;
  before(() => {
    project = makeProject();
    project.edit('locales/cy.xlf', '>Un</target>', '>Un &amp; &lt;dau&gt;</target>');
    project.edit('locales/fr.xlf', '<target state="needs-review-translation">Deux</target>\n', '');
    output = project.run('i18n-build.mjs');
  });
  after(() => project.remove());

  test('runs, and says once per language what is untranslated', () => {
    assert.equal(output.code, 0, output.stdout);
    assert.equal(output.stdout.trim(), 'fr: 1 of 10 messages untranslated (English shown)');
  });

  test('writes & < > in a translation as they are (lit-localize alone would write &amp; &lt; &gt;)', () => {
    assert.match(project.read('src/generated/locales/cy.ts'), /'one': `Un & <dau>`,/);
  });

  test('records the share of each language translated, rounded down', () => {
    assert.match(project.read('src/generated/locale-status.ts'), /'cy': 1,\n {2}'fr': 0\.9,/);
  });

  test('writes the pseudo-locale: accented, longer, bracketed, placeholders kept', () => {
    const pseudo = project.read('src/generated/locales/en-XA.ts');
    assert.match(pseudo, /'greeting': str`⟦Ĥéĺĺö \$\{0\} ·+⟧`,/);
    assert.match(pseudo, /'one': `⟦Öñé ·+⟧`,/);
  });

  test('names each language in itself, for the language menu, and gives its direction from its code', () => {
    assert.match(project.read('src/generated/locale-names.ts'), /'en': 'English',\n {2}'cy': 'Cymraeg',\n {2}'fr': 'Français',/);
    assert.match(project.read('src/generated/locale-info.ts'), /'en': 'ltr',\n {2}'cy': 'ltr',\n {2}'fr': 'ltr',/);
  });

  test('writes the template a translator copies: every English message and note, no translation', () => {
    const template = project.read('locales/template/new-language.xlf');
    assert.match(template, /target-language="CODE"/);
    assert.equal(template.match(/<trans-unit /g).length, 10);
    assert.match(template, /<source>Hello <x id="0" equiv-text="\$\{name\}"\/><\/source>/);
    assert.match(template, /<note from="lit-localize">Note for greeting\.<\/note>/);
    assert.doesNotMatch(template, /<target/);
  });
});
