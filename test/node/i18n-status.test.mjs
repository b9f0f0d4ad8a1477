// npm run i18n:status (scripts/i18n-status.mjs), run on copies: a small complete
// project in a temporary folder, and copies of the real locales/*.xlf. Faults are
// planted in the copies; the real files are never touched.
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {makeProject, runScript, statusRow} from '../support/i18n-project-fixture.mjs';

describe('i18n:status on a small project', () => {
  let project;
  before(() => {
    project = makeProject();
  });
  after(() => project.remove());

  test('passes when every message is translated, and prints the table', () => {
    const {code, stdout} = project.run('i18n-status.mjs');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^locale\s+translated\s+reviewed\s+missing\s+stale\s+placeholder errors\s+language$/m);
    assert.deepEqual(statusRow(stdout, 'cy'), {translated: '100.0 %', reviewed: '0.0 %', missing: 0, stale: 0, placeholderErrors: 0});
    assert.deepEqual(statusRow(stdout, 'fr'), {translated: '100.0 %', reviewed: '0.0 %', missing: 0, stale: 0, placeholderErrors: 0});
  });

  test('counts a string marked approved="yes" as reviewed', () => {
    project.edit('locales/fr.xlf', '<trans-unit id="one">', '<trans-unit id="one" approved="yes">');
    const {code, stdout} = project.run('i18n-status.mjs');
    assert.equal(code, 0, stdout);
    assert.equal(statusRow(stdout, 'fr').reviewed, '10.0 %');
  });

  test('fails on a planted missing string (one of ten is under 95 %)', () => {
    project.edit('locales/cy.xlf', '<target state="needs-review-translation">Pedwar</target>\n', '');
    const {code, stdout} = project.run('i18n-status.mjs', '--details');
    assert.equal(code, 1, stdout);
    assert.deepEqual(statusRow(stdout, 'cy'), {translated: '90.0 %', reviewed: '0.0 %', missing: 1, stale: 0, placeholderErrors: 0});
    assert.match(stdout, /✗ cy: 90\.0 % translated, under the 95 % a shipped language needs/);
    assert.match(stdout, /cy missing: four/);
    assert.doesNotMatch(stdout, /✗ fr/);
  });

  test('fails on a planted broken placeholder, and names it', () => {
    project.edit('locales/cy.xlf', '<target state="needs-review-translation">Helo <x id="0" equiv-text="${name}"/>', '<target state="needs-review-translation">Helo <x id="0" equiv-text="${enw}"/>');
    project.edit('locales/cy.xlf', '<source>Four</source>\n', '<source>Four</source>\n  <target>Pedwar</target>\n');
    const {code, stdout} = project.run('i18n-status.mjs');
    assert.equal(code, 1, stdout);
    assert.equal(statusRow(stdout, 'cy').translated, '100.0 %');
    assert.equal(statusRow(stdout, 'cy').placeholderErrors, 1);
    assert.match(stdout, /✗ cy: \S*cy\.xlf:5: unit "greeting": broken placeholder: missing <x id="0" equiv-text="\$\{name\}"\/>; unexpected <x id="0" equiv-text="\$\{enw\}"\/>\. Copy each <x …\/> from the <source>/);
  });

  test('fails on a placeholder dropped from a translation, and on markup that is not a placeholder', () => {
    project.edit('locales/cy.xlf', 'Helo <x id="0" equiv-text="${enw}"/>', 'Helo');
    project.edit('locales/fr.xlf', '>Deux</target>', '><b>Deux</b></target>');
    const {code, stdout} = project.run('i18n-status.mjs');
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✗ cy: \S*cy\.xlf:5: unit "greeting": broken placeholder: missing <x id="0"/);
    assert.match(stdout, /✗ fr: \S*fr\.xlf:\d+: unit "two": broken placeholder: <b> is not a placeholder/);
  });

  test('fails when a shipped language has no file, or a file that is not XML', () => {
    rmSync(join(project.dir, 'locales', 'fr.xlf'));
    project.write('locales/cy.xlf', '<xliff version="1.2"><file target-language="cy"><body><trans-unit id="one">');
    const {code, stdout} = project.run('i18n-status.mjs');
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✗ fr: shipped, but .*fr\.xlf does not exist/);
    assert.match(stdout, /✗ cy: /);
  });
});

describe('i18n:status on copies of the real locales/*.xlf', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-locales-'));
    cpSync('locales', dir, {recursive: true});
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  const shipped = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
  const status = () => runScript('i18n-status.mjs', [dir]);
  const plant = (code, from, to) => {
    const path = join(dir, `${code}.xlf`);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes(from), `${code}.xlf has ${from}`);
    writeFileSync(path, text.replace(from, to));
  };

  test('prints a row for each of the 20 shipped languages and the source', () => {
    const {stdout} = status();
    assert.equal(shipped.length, 20);
    for (const code of ['en', ...shipped]) assert.ok(statusRow(stdout, code), `row for ${code}\n${stdout}`);
  });

  test('counts a planted missing string in Welsh', () => {
    const before = statusRow(status().stdout, 'cy');
    const path = join(dir, 'cy.xlf');
    const text = readFileSync(path, 'utf8');
    const planted = text.replace(/(<source>Vision<\/source>\n)\s*<target[^>]*>[^<]*<\/target>\n/, '$1');
    assert.notEqual(planted, text, 'Welsh translates "Vision"');
    writeFileSync(path, planted);
    const {stdout} = runScript('i18n-status.mjs', [dir, '--details']);
    const after = statusRow(stdout, 'cy');
    assert.equal(after.missing, before.missing + 1);
    assert.match(stdout, /cy missing: (.*, )?manifesto\.vision\.heading/);
  });

  test('fails on a planted broken placeholder in Welsh', () => {
    plant('cy', 'Rhannu ar <x id="0" equiv-text="${network}"/>', 'Rhannu ar <x id="0" equiv-text="${rhwydwaith}"/>');
    const {code, stdout} = status();
    assert.equal(code, 1, stdout);
    assert.equal(statusRow(stdout, 'cy').placeholderErrors, 1);
    assert.match(stdout, /✗ cy: \S*cy\.xlf:\d+: unit "share\.on": broken placeholder/);
  });
});
