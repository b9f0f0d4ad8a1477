// npm run i18n:add (scripts/i18n-add.mjs) on the small project of the other i18n tests:
// the file, the one list, the generated name and direction, and the messages for codes
// that ICU knows too little of.
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, test} from 'node:test';
import {makeProject} from '../support/i18n-project-fixture.mjs';

describe('i18n:add', () => {
  let project;
  beforeEach(() => {
    project = makeProject();
  });
  afterEach(() => project.remove());
  const shipped = () => JSON.parse(project.read('lit-localize.json')).targetLocales;

  test('adds a language ICU knows: file with every message to translate, one list, name and direction generated', () => {
    const {code, stdout} = project.run('i18n-add.mjs', 'ta');
    assert.equal(code, 0, stdout);
    assert.deepEqual(shipped(), ['cy', 'fr', 'ta']);
    const xlf = project.read('locales/ta.xlf');
    assert.match(xlf, /target-language="ta"/);
    assert.equal(xlf.match(/<trans-unit /g).length, 10);
    assert.doesNotMatch(xlf, /<target/);
    assert.match(project.read('src/generated/locale-names.ts'), /'ta': 'தமிழ்',/);
    assert.match(project.read('src/generated/locale-info.ts'), /'ta': 'ltr',/);
    assert.match(project.read('src/generated/locale-loaders.ts'), /'ta': \(\) => import\('\.\/locales\/ta\.js'\)/);
    assert.match(stdout, /^Added ta: தமிழ், written left to right \(script Taml\)\.$/m);
    assert.match(stdout, /locales\/ta\.xlf: 10 messages, 10 to translate\./);
    assert.match(stdout, /^Next:$/m);
  });

  test('prs from a copy of another file: right to left from its code, every target a draft to review', () => {
    project.edit('locales/cy.xlf', '<trans-unit id="one">', '<trans-unit id="one" approved="yes">');
    const {code, stdout} = project.run('i18n-add.mjs', 'prs', '--from', 'cy');
    assert.equal(code, 0, stdout);
    const xlf = project.read('locales/prs.xlf');
    assert.match(xlf, /target-language="prs"/);
    assert.equal(xlf.match(/<target state="needs-review-translation">/g).length, 10);
    assert.doesNotMatch(xlf, /approved=/);
    assert.match(project.read('src/generated/locale-info.ts'), /'prs': 'rtl',/);
    assert.match(stdout, /Added prs: دری, written right to left \(script Arab\)/);
    assert.match(stdout, /10 drafts from cy to review/);
  });

  test('a code without a name in ICU: a clear message, nothing written; a name in locales/languages.json lets it in', () => {
    const refused = project.run('i18n-add.mjs', 'skr');
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /Cannot add "skr": ICU .* has no name for "skr" in the language itself.*add \{"skr": \{"name": "…"\}\} .* to locales\/languages\.json/);
    assert.doesNotMatch(refused.stdout, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(join(project.dir, 'locales', 'skr.xlf')), false);
    assert.deepEqual(shipped(), ['cy', 'fr']);

    project.write('locales/languages.json', '{"skr": {"name": "سرائیکی"}}');
    const added = project.run('i18n-add.mjs', 'skr');
    assert.equal(added.code, 0, added.stdout);
    assert.match(project.read('src/generated/locale-names.ts'), /'skr': 'سرائیکی',/);
    assert.match(project.read('src/generated/locale-info.ts'), /'skr': 'rtl',/);
  });

  test('a code ICU knows no script for, a code that is not one, and one already there', () => {
    const unknown = project.run('i18n-add.mjs', 'xyz');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stdout, /does not know which script "xyz" is written in: add \{"xyz": \{"script": "Arab"\}\}/);
    const invalid = project.run('i18n-add.mjs', 'not a code');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /"not a code" is not a language code/);
    const twice = project.run('i18n-add.mjs', 'cy');
    assert.equal(twice.code, 1);
    assert.match(twice.stdout, /"cy" is already there/);
    assert.deepEqual(shipped(), ['cy', 'fr']);
  });
});
