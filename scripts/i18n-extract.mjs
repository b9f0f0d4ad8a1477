// npm run i18n:extract [-- --config lit-localize.json]
//
// Brings every locales/<code>.xlf up to date with the msg() calls in the source
// (lit-localize extract), keeping each translation and its review state
// (the <target> and its state attribute, approved="yes"), and marks the
// translations whose English changed under them:
//   - the target's state becomes "needs-translation" (Weblate shows it as "Needs editing";
//     it reads "needs-review-translation", the drafts' state, as translated) and approved="yes" is removed;
//   - <note from="previous-source" annotates="source"> keeps the English the
//     translation was made from, so the translator sees what changed and
//     `npm run i18n:status` counts the unit as stale.
// The note goes when a reviewer approves the unit (approved="yes"), when the
// translator deletes it, or when the English changes back. See locales/README.md.
// It also rewrites each unit's <note from="glossary"> from locales/glossary.md; lit-localize
// keeps every other note (a reviewer's <note from="reviewer"> stays where the reviewer put it).
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {readGlossary, updateGlossaryNotes} from './i18n-glossary.mjs';
import {localizerFor, readConfig, sourceMessages, stop} from './i18n-project.mjs';
import {addNote, PREVIOUS_SOURCE_NOTE, readCatalogue, removeNotes, writeCatalogue} from './i18n-xliff.mjs';

const {values: options} = parseArgs({options: {config: {type: 'string', default: 'lit-localize.json'}}});
const config = readConfig(options.config);
const dir = config.resolve(config.interchange.xliffDir);
const pathOf = (code) => join(dir, `${code}.xlf`);

// 1. What each file holds before: the English beside each translation. A broken file stops
// everything: lit-localize would rewrite it from what little it could read.
const before = new Map();
for (const code of config.targetLocales) {
  if (!existsSync(pathOf(code))) continue;
  const {units, errors} = readCatalogue(pathOf(code));
  if (errors.length > 0) stop(...errors, '', 'Fix the file above, then run npm run i18n:extract again.');
  before.set(code, new Map(units.map((unit) => [unit.id, unit])));
}

// 2. lit-localize extract: new units added, sources refreshed, vanished units removed.
const localizer = localizerFor(config);
const messages = sourceMessages(localizer);
await localizer.writeInterchangeFiles();
console.log(`Extracted ${messages.length} messages from the source into ${config.targetLocales.length} XLIFF files.`);

// 3. Mark the translations whose English changed; refresh the glossary notes.
const glossary = readGlossary(dir);
for (const code of config.targetLocales) {
  const catalogue = readCatalogue(pathOf(code));
  const old = before.get(code) ?? new Map();
  const current = new Set(catalogue.units.map((unit) => unit.id));
  const added = catalogue.units.filter((unit) => !old.has(unit.id)).map((unit) => unit.id);
  const dropped = [...old.values()].filter((unit) => !current.has(unit.id) && unit.target !== undefined).map((unit) => unit.id);
  const marked = [];
  let changed = false;
  for (const unit of catalogue.units) {
    if (unit.target === undefined) continue;
    const was = old.get(unit.id);
    if (unit.previousSource !== undefined && (unit.approved || unit.previousSource === unit.source)) {
      // Approved since it was marked, or the English is back to what was translated.
      removeNotes(unit, PREVIOUS_SOURCE_NOTE);
      changed = true;
      continue;
    }
    if (was === undefined || was.source === unit.source) continue;
    if (unit.previousSource === undefined) addNote(unit, PREVIOUS_SOURCE_NOTE, was.source, {annotates: 'source'});
    unit.targetElement.setAttribute('state', 'needs-translation');
    unit.element.removeAttribute('approved');
    marked.push(unit.id);
    changed = true;
  }
  if (changed) writeCatalogue(pathOf(code), catalogue.document);
  updateGlossaryNotes(pathOf(code), glossary);
  const notes = [
    added.length && `${added.length} new to translate`,
    marked.length && `${marked.length} marked stale (${marked.join(', ')})`,
    dropped.length && `${dropped.length} translations dropped with their messages (${dropped.join(', ')})`,
  ].filter(Boolean);
  if (notes.length) console.log(`  ${code}: ${notes.join('; ')}`);
}
