// The glossary's notes on the XLIFF units: each entry of locales/glossary.md with a **Matches** pattern
// and a **Note** puts that note, as <note from="glossary">, on every unit whose English matches.
// The notes are rewritten from the glossary each time, so the glossary is the one place to edit them.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {addNote, readCatalogue, removeNotes, writeCatalogue} from './i18n-xliff.mjs';

/** @returns {Array<{pattern: RegExp, note: string}>} the entries of `dir`/glossary.md, in its order */
export function readGlossary(dir) {
  const path = join(dir, 'glossary.md');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/^## /m)
    .map((section) => ({
      matches: /^- \*\*Matches:\*\* `([^`]+)`$/m.exec(section)?.[1],
      note: /^- \*\*Note:\*\* (.+)$/m.exec(section)?.[1],
    }))
    .filter((entry) => entry.matches && entry.note)
    .map((entry) => ({pattern: new RegExp(entry.matches, 'i'), note: entry.note}));
}

/** Rewrites the glossary notes of the XLIFF file at `path`; true when the file changed. */
export function updateGlossaryNotes(path, glossary) {
  const catalogue = readCatalogue(path);
  if (catalogue.errors.length > 0) return false;
  let changed = false;
  for (const unit of catalogue.units) {
    const wanted = glossary.filter((entry) => entry.pattern.test(unit.source)).map((entry) => entry.note);
    if (wanted.join('\n') === unit.glossaryNotes.join('\n')) continue;
    removeNotes(unit, 'glossary');
    for (const note of wanted) addNote(unit, 'glossary', note);
    changed = true;
  }
  if (changed) writeCatalogue(path, catalogue.document);
  return changed;
}
