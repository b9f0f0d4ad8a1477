// npm run i18n:add -- CODE [--from OTHER] [--config lit-localize.json]
//
// Adds a language: checks that ICU (or locales/languages.json) gives it a name and a script,
// adds CODE to lit-localize.json's targetLocales (the one list of shipped languages), writes
// locales/CODE.xlf with every message to translate and the glossary's notes (i18n:extract), and
// regenerates src/generated/ (i18n:build: the menu name, the direction and the loader follow).
// --from OTHER starts from OTHER's translations, all marked as needing review (Dari from Persian).
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {languageInfo, LanguageError, readOverrides} from './i18n-languages.mjs';
import {readConfig, stop} from './i18n-project.mjs';
import {readCatalogue, writeCatalogue} from './i18n-xliff.mjs';

const {values: options, positionals} = parseArgs({
  allowPositionals: true,
  options: {config: {type: 'string', default: 'lit-localize.json'}, from: {type: 'string'}},
});
const config = readConfig(options.config);
const dir = config.resolve(config.interchange.xliffDir);
if (positionals.length !== 1) stop('Usage: npm run i18n:add -- CODE [--from OTHER]   e.g. npm run i18n:add -- ta');
const [code] = positionals;
let info;
try {
  info = languageInfo(code, readOverrides(dir));
} catch (error) {
  if (error instanceof LanguageError) stop(`Cannot add "${code}": ${error.message}.`);
  throw error;
}
const path = join(dir, `${code}.xlf`);
if (code === config.sourceLocale || config.targetLocales.includes(code) || existsSync(path)) {
  stop(`"${code}" is already there (${relative('.', path)}): open that file to translate it.`);
}
if (options.from) {
  const from = join(dir, `${options.from}.xlf`);
  if (!existsSync(from)) stop(`--from ${options.from}: there is no ${relative('.', from)}.`);
  copyFileSync(from, path);
  const catalogue = readCatalogue(path);
  if (catalogue.errors.length) stop(...catalogue.errors);
  catalogue.document.getElementsByTagName('file')[0].setAttribute('target-language', code);
  // Another language's text is a draft for this one, whatever its review state was there.
  for (const unit of catalogue.units) {
    unit.element.removeAttribute('approved');
    unit.targetElement?.setAttribute('state', 'needs-review-translation');
  }
  writeCatalogue(path, catalogue.document);
}

const raw = JSON.parse(readFileSync(options.config, 'utf8'));
raw.targetLocales = [...raw.targetLocales, code].sort();
writeFileSync(options.config, `${JSON.stringify(raw, null, 2)}\n`);
const run = (script) => execFileSync(process.execPath, [join(import.meta.dirname, script), '--config', options.config], {stdio: ['ignore', 'ignore', 'inherit']});
run('i18n-extract.mjs');
run('i18n-build.mjs');

const {units} = readCatalogue(path);
const todo = units.filter((unit) => unit.target === undefined).length;
console.log(`Added ${code}: ${info.name}, written ${info.dir === 'rtl' ? 'right to left' : 'left to right'} (script ${info.script}).
  ${relative('.', path)}: ${units.length} messages, ${todo} to translate${options.from ? `, ${units.length - todo} drafts from ${options.from} to review` : ''}.
  lit-localize.json: "${code}" added to targetLocales; src/generated/ rebuilt (menu name, direction, loader).

Next:
  1. Translate: open ${relative('.', path)} in Weblate, Poedit or a text editor, and write each <target>
     (locales/README.md shows how; read locales/glossary.md first). Keep state="needs-review-translation".
  2. If the menu should name the language otherwise than "${info.name}", set it in locales/languages.json.
  3. Check: npm run i18n:status (it fails until ${code} is at least 95 % translated: commit then).
  4. See it: npm run i18n:build, then npm run storybook and open "Translations / Review" with ${code}.
  5. A second fluent speaker reviews each message (checklist in locales/README.md) and sets approved="yes".`);
