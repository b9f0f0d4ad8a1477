// npm run i18n:extract (scripts/i18n-extract.mjs), run on copies: a small project
// in a temporary folder, and copies of the real locales/*.xlf. It must keep every
// translation and its review state, and mark the ones whose English changed.
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {MESSAGES, makeProject, runScript, sourceFile, statusRow} from '../support/i18n-project-fixture.mjs';
import {readCatalogue} from '../../scripts/i18n-xliff.mjs';

const unitsOf = (path) => new Map(readCatalogue(path).units.map((unit) => [unit.id, unit]));

describe('i18n:extract on a small project whose English changed', () => {
  let project;
  let cy;
  let output;
  before(() => {
    project = makeProject();
    project.edit('locales/cy.xlf', '<trans-unit id="two">', '<trans-unit id="two" approved="yes">');
    project.edit('locales/cy.xlf', '<trans-unit id="three">', '<trans-unit id="three" approved="yes">');
    project.edit('locales/cy.xlf', '<target state="needs-review-translation">Tri</target>', '<target state="translated">Tri</target>');
    // The English of "two" and "greeting" changes, "nine" goes, "ten" is new.
    const changed = MESSAGES.filter(([id]) => id !== 'nine').map((message) =>
      message[0] === 'two' ? ['two', '', 'Two of them'] : message[0] === 'greeting' ? ['greeting', 'str', 'Hi ${name}'] : message,
    );
    project.write('src/messages.ts', sourceFile([...changed, ['ten', '', 'Ten']]));
    output = project.run('i18n-extract.mjs');
    cy = unitsOf(join(project.dir, 'locales', 'cy.xlf'));
  });
  after(() => project.remove());

  test('runs and says what it did', () => {
    assert.equal(output.code, 0, output.stdout);
    assert.match(output.stdout, /cy: 1 new to translate; 2 marked stale \(greeting, two\); 1 translations dropped with their messages \(nine\)/);
  });

  test('keeps every translation, its state and approved="yes" where the English did not change', () => {
    assert.equal(cy.get('three').target, 'Tri');
    assert.equal(cy.get('three').state, 'translated');
    assert.equal(cy.get('three').approved, true);
    assert.equal(cy.get('four').target, 'Pedwar');
    assert.equal(cy.get('four').state, 'needs-review-translation');
    assert.equal(cy.get('four').previousSource, undefined);
  });

  test('marks a translation whose English changed: needs translating again, no longer approved, the old English kept', () => {
    const two = cy.get('two');
    assert.equal(two.source, 'Two of them');
    assert.equal(two.target, 'Dau');
    assert.equal(two.state, 'needs-translation');
    assert.equal(two.approved, false);
    assert.equal(two.previousSource, 'Two');
    assert.equal(cy.get('greeting').previousSource, 'Hello {${name}}');
    assert.match(project.read('locales/cy.xlf'), /<note from="previous-source" annotates="source">Two<\/note>/);
  });

  test('adds the new message untranslated and drops the one the code no longer has', () => {
    assert.equal(cy.get('ten').target, undefined);
    assert.equal(cy.has('nine'), false);
  });

  test('is counted as stale by i18n:status', () => {
    const {stdout} = project.run('i18n-status.mjs');
    assert.deepEqual(statusRow(stdout, 'cy'), {translated: '90.0 %', reviewed: '10.0 %', missing: 1, stale: 2, placeholderErrors: 0});
  });

  test('changes nothing when run again, and keeps the English the translation was made from', () => {
    const before = project.read('locales/cy.xlf');
    project.write('src/messages.ts', project.read('src/messages.ts').replace("'Two of them'", "'Two of those'"));
    assert.equal(project.run('i18n-extract.mjs').code, 0);
    assert.equal(unitsOf(join(project.dir, 'locales', 'cy.xlf')).get('two').previousSource, 'Two');
    project.write('src/messages.ts', project.read('src/messages.ts').replace("'Two of those'", "'Two of them'"));
    assert.equal(project.run('i18n-extract.mjs').code, 0);
    assert.equal(project.read('locales/cy.xlf'), before);
  });

  test('drops the mark when a reviewer approves the translation, or when the English changes back', () => {
    project.edit('locales/cy.xlf', '<trans-unit id="two">', '<trans-unit id="two" approved="yes">');
    project.write('src/messages.ts', project.read('src/messages.ts').replace('str`Hi ${name}`', 'str`Hello ${name}`'));
    assert.equal(project.run('i18n-extract.mjs').code, 0);
    const units = unitsOf(join(project.dir, 'locales', 'cy.xlf'));
    assert.equal(units.get('two').previousSource, undefined);
    assert.equal(units.get('two').approved, true);
    assert.equal(units.get('greeting').previousSource, undefined);
    const {stdout} = project.run('i18n-status.mjs');
    assert.equal(statusRow(stdout, 'cy').stale, 0);
  });
});

describe('i18n:extract on copies of the real locales/*.xlf', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pm-extract-'));
    cpSync('locales', join(dir, 'locales'), {recursive: true});
    cpSync('lit-localize.json', join(dir, 'lit-localize.json'));
    symlinkSync(resolve('src'), join(dir, 'src'), 'dir');
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  test('keeps every translation with its state and review mark', () => {
    const files = readdirSync('locales').filter((name) => name.endsWith('.xlf'));
    const before = new Map(files.map((name) => [name, unitsOf(join(dir, 'locales', name))]));
    const {code, stdout} = runScript('i18n-extract.mjs', ['--config', join(dir, 'lit-localize.json')], dir);
    assert.equal(code, 0, stdout);
    for (const name of files) {
      const after = unitsOf(join(dir, 'locales', name));
      for (const [id, unit] of before.get(name)) {
        if (!after.has(id)) continue; // a message the code no longer has
        const now = after.get(id);
        assert.equal(now.target, unit.target, `${name} ${id}`);
        if (now.source === unit.source) {
          assert.equal(now.state, unit.state, `${name} ${id} state`);
          assert.equal(now.approved, unit.approved, `${name} ${id} approved`);
        } else {
          assert.equal(now.previousSource ?? unit.previousSource, unit.source, `${name} ${id} marked stale`);
        }
      }
    }
  });
});

