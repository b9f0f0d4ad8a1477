// Every locales/*.xlf (and the template) as translators' own tools read it: translate-toolkit,
// the XLIFF library of Weblate and Pootle (Debian's python3-translate, for /usr/bin/python3),
// must find the same units, ids, English, translations, states, approvals and notes as our tooling.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';
import {readCatalogue} from '../../scripts/i18n-xliff.mjs';

const PYTHON = '/usr/bin/python3';
// Reads each file given with translate-toolkit; writes what it found as JSON, placeholders as {equiv-text}.
const READER = String.raw`
import json, sys
from translate.storage import xliff
def text(rich):
    out = ''
    for part in rich.sub if rich else []:
        if isinstance(part, str): out += part
        elif part.__class__.__name__ in ('X', 'Ph'): out += '{' + (part.xml_attrib.get('equiv-text') or str(part)) + '}'
        else: out += text(part) if part.sub else str(part)
    return out
found = {}
for path in sys.argv[1:]:
    store = xliff.xlifffile.parsefile(path)
    units = []
    for unit in store.units:
        element = unit.xmlelement
        target = unit.getlanguageNode(lang=None, index=1)
        notes = {}
        for note in element.iterchildren('{urn:oasis:names:tc:xliff:document:1.2}note'):
            notes.setdefault(note.get('from'), []).append(note.text or '')
        units.append({
            'id': unit.getid().split('\x04')[-1],
            'source': text(unit.rich_source[0]),
            'target': text(unit.rich_target[0]) if unit.rich_target and target is not None else None,
            'state': target.get('state') if target is not None else None,
            'approved': unit.isapproved(),
            'notes': notes,
        })
    found[path] = {'language': store.gettargetlanguage(), 'units': units}
print(json.dumps(found))
`;

const dir = 'locales';
const files = [...readdirSync(dir).filter((name) => name.endsWith('.xlf')).map((name) => join(dir, name)), join(dir, 'template', 'new-language.xlf')];

describe('translate-toolkit reads every XLIFF file as our tooling does', () => {
  let toolkit;
  test('translate-toolkit is there and loads every file', () => {
    try {
      execFileSync(PYTHON, ['-c', 'import translate'], {stdio: 'ignore'});
    } catch {
      assert.fail(`${PYTHON} cannot import translate: install Debian's python3-translate (apt-get install -y python3-translate)`);
    }
    toolkit = JSON.parse(execFileSync(PYTHON, ['-c', READER, ...files], {encoding: 'utf8', maxBuffer: 64 << 20}));
    assert.deepEqual(Object.keys(toolkit).sort(), [...files].sort());
  });

  for (const file of files) {
    test(file, () => {
      assert.ok(toolkit, 'translate-toolkit loaded the files');
      const ours = readCatalogue(file);
      assert.deepEqual(ours.errors, []);
      const theirs = toolkit[file];
      assert.equal(theirs.language, ours.language);
      assert.ok(ours.units.length > 0);
      assert.deepEqual(
        theirs.units.map((unit) => ({
          id: unit.id,
          source: unit.source,
          target: unit.target === null || unit.target.trim() === '' ? undefined : unit.target,
          state: unit.state ?? undefined,
          approved: unit.approved,
          note: unit.notes['lit-localize']?.[0],
          glossaryNotes: unit.notes.glossary ?? [],
          reviewerNotes: (unit.notes.reviewer ?? []).map((note) => note.trim()),
        })),
        ours.units.map((unit) => ({
          id: unit.id,
          source: unit.source,
          target: unit.target,
          state: unit.state,
          approved: unit.approved,
          note: unit.note,
          glossaryNotes: unit.glossaryNotes,
          reviewerNotes: unit.reviewerNotes,
        })),
      );
    });
  }
});
