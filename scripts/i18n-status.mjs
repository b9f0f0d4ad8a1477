// npm run i18n:status [-- DIR] [--config lit-localize.json] [--details]
//
// Prints, for each language, how much of the source code's English its XLIFF
// file translates: translated %, reviewed % (approved="yes"), missing, stale
// (the English changed since the translation was made) and placeholder errors, then every
// reviewer's comment (<note from="reviewer">) still in the files.
// DIR is the folder of .xlf files (default: lit-localize.json's xliffDir).
// Exits 1 when a shipped language (lit-localize.json "targetLocales") is under
// 95 % translated, has a broken placeholder, or its file cannot be read.
import {existsSync, readdirSync} from 'node:fs';
import {basename, join, relative} from 'node:path';
import {parseArgs} from 'node:util';
import {languageInfo, readOverrides} from './i18n-languages.mjs';
import {localizerFor, readConfig, sourceMessages} from './i18n-project.mjs';
import {summarise, SHIP_THRESHOLD} from './i18n-summary.mjs';
import {describeProblem, readCatalogue} from './i18n-xliff.mjs';

const {values: options, positionals} = parseArgs({
  allowPositionals: true,
  options: {config: {type: 'string', default: 'lit-localize.json'}, details: {type: 'boolean', default: false}},
});
const config = readConfig(options.config);
const dir = positionals[0] ?? config.resolve(config.interchange.xliffDir);
const messages = sourceMessages(localizerFor(config));
const shipped = new Set(config.targetLocales);
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.xlf')) : [];
const codes = [...new Set([...config.targetLocales, ...files.map((name) => basename(name, '.xlf'))])].sort();

const percent = (part, whole) => `${(whole === 0 ? 100 : (part / whole) * 100).toFixed(1)} %`;
const overrides = readOverrides(config.resolve(config.interchange.xliffDir));
const nativeName = (code) => {
  try {
    return languageInfo(code, overrides).name; // as the language menu names it
  } catch {
    return code;
  }
};

const rows = [['locale', 'translated', 'reviewed', 'missing', 'stale', 'placeholder errors', 'language']];
rows.push([config.sourceLocale, '100.0 %', '100.0 %', '0', '0', '0', `${nativeName(config.sourceLocale)} (source)`]);
const failures = [];
const details = [];
const comments = [];

for (const code of codes) {
  const path = join(dir, `${code}.xlf`);
  const ships = shipped.has(code);
  const name = `${nativeName(code)}${ships ? '' : ' (not shipped: not in targetLocales)'}`;
  if (!existsSync(path)) {
    rows.push([code, '—', '—', String(messages.length), '—', '—', `${name}: no file ${relative('.', path)}`]);
    failures.push(`${code}: shipped, but ${relative('.', path)} does not exist`);
    continue;
  }
  const catalogue = readCatalogue(path);
  const problems = [...catalogue.errors];
  if (catalogue.language !== code && catalogue.errors.length === 0) {
    problems.push(describeProblem(path, {what: `target-language is "${catalogue.language ?? ''}", the file name says "${code}"`, fix: `set target-language="${code}" near the top`}));
  }
  for (const unit of catalogue.units) for (const note of unit.reviewerNotes) comments.push(`  ${describeProblem(path, {line: unit.line, id: unit.id, what: note})}`);
  const summary = summarise(messages, catalogue);
  const counts = [summary.missing, summary.stale, summary.placeholderErrors].map((list) => String(list.length));
  rows.push([code, percent(summary.translated, summary.total), percent(summary.reviewed, summary.total), ...counts, name]);
  if (!ships) continue;
  for (const problem of problems) failures.push(`${code}: ${problem}`);
  if (summary.translated / summary.total < SHIP_THRESHOLD) {
    failures.push(`${code}: ${percent(summary.translated, summary.total)} translated, under the ${SHIP_THRESHOLD * 100} % a shipped language needs`);
  }
  for (const {id, line, problem} of summary.placeholderErrors) {
    const fix = 'copy each <x …/> from the <source> into the <target> exactly as it is (same id and equiv-text), and use no other tag';
    failures.push(`${code}: ${describeProblem(path, {line, id, what: `broken placeholder: ${problem}`, fix})}`);
  }
  if (options.details) {
    if (summary.missing.length) details.push(`${code} missing: ${summary.missing.join(', ')}`);
    if (summary.stale.length) details.push(`${code} stale: ${summary.stale.join(', ')}`);
    if (summary.unused.length) details.push(`${code} no longer in the source (dropped by i18n:extract): ${summary.unused.join(', ')}`);
  }
}

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
const line = (row) =>
  row
    .map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ')
    .trimEnd();

const shownDir = relative('.', dir).startsWith('..') ? dir : relative('.', dir) || '.';
console.log(`Translations of the ${messages.length} messages in the source code (${join(shownDir, '*.xlf')})\n`);
console.log(line(rows[0]));
for (const row of rows.slice(1)) console.log(line(row));
console.log('\nen-XA (pseudo-locale) is generated from the English by npm run i18n:build and is never picked automatically.');
if (details.length) console.log(`\n${details.join('\n')}`);
console.log(comments.length ? `\nReviewers' comments (<note from="reviewer">), to answer and then delete:\n${comments.join('\n')}` : '\nNo reviewer comments.');
if (failures.length) {
  console.log(`\n${failures.length} problem${failures.length === 1 ? '' : 's'} in shipped languages:`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
  process.exitCode = 1;
} else {
  console.log(`\nEvery shipped language is at least ${SHIP_THRESHOLD * 100} % translated, with no broken placeholder.`);
}
