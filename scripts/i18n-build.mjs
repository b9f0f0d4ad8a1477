// npm run i18n:build: regenerates everything the runtime needs from the source
// code's msg() calls and locales/*.xlf (run it after changing either):
//   src/generated/locales/<code>.ts    the messages of each language (lit-localize build;
//                                       an untranslated message is the English)
//   src/generated/locale-codes.ts      the shipped codes (lit-localize build)
//   src/generated/locale-loaders.ts    one lazy import() per language, so Rollup makes one chunk each
//   src/generated/locale-status.ts     the share of messages each language translates
//   src/generated/locale-names.ts      each language's name in itself (language menu)
//   src/generated/locale-info.ts       each language's direction
//   src/generated/locales/en-XA.ts     the pseudo-locale: accented, 40 % longer, bracketed English
//   locales/template/new-language.xlf  every English message and translator note, no translations:
//                                       the file a translator copies to add a language
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {parseArgs} from 'node:util';
import {readGlossary, updateGlossaryNotes} from './i18n-glossary.mjs';
import {languageInfo, LanguageError, readOverrides} from './i18n-languages.mjs';
import {emptyXliff, localizerFor, readConfig, sourceMessages, stop} from './i18n-project.mjs';
import {summarise, translatedShare} from './i18n-summary.mjs';
import {describeProblem, readCatalogue} from './i18n-xliff.mjs';

const {values: options} = parseArgs({options: {config: {type: 'string', default: 'lit-localize.json'}}});
const config = readConfig(options.config);
const localizer = localizerFor(config);
const messages = sourceMessages(localizer);
const codes = [...config.targetLocales].sort();
const xliffPath = (code) => join(config.resolve(config.interchange.xliffDir), `${code}.xlf`);
const modulesDir = config.resolve(config.output.outputDir);
const generatedDir = dirname(config.resolve(config.output.localeCodesModule));

// Read every file ourselves first: lit-localize stops at the first broken file with no line or unit.
const catalogues = new Map(codes.map((code) => [code, existsSync(xliffPath(code)) ? readCatalogue(xliffPath(code)) : undefined]));
const unreadable = codes.flatMap((code) =>
  catalogues.get(code)?.errors ?? [describeProblem(xliffPath(code), {what: `no such file, but "${code}" is in targetLocales`, fix: `run npm run i18n:add -- ${code}`})],
);
if (unreadable.length > 0) stop(...unreadable, '', 'Fix the files above, then run npm run i18n:build again.');
const badPlaceholders = codes.flatMap((code) =>
  summarise(messages, catalogues.get(code)).placeholderErrors.map((error) =>
    describeProblem(xliffPath(code), {line: error.line, id: error.id, what: `broken placeholder: ${error.problem}`}),
  ),
);
if (badPlaceholders.length > 0) {
  stop(...badPlaceholders, '', "A translation's placeholders differ from the English: copy each <x …/> from the <source> exactly as it is.");
}
const overrides = readOverrides(config.resolve(config.interchange.xliffDir));
const languages = new Map();
for (const code of [config.sourceLocale, ...codes]) {
  try {
    languages.set(code, languageInfo(code, overrides));
  } catch (error) {
    if (error instanceof LanguageError) stop(error.message, '', 'The language menu needs a name and a direction for every shipped language.');
    throw error;
  }
}

// lit-localize warns once per untranslated message per language; say it once per language instead.
const untranslated = new Map();
const warn = console.warn;
console.warn = (line) => {
  const [, code] = /^(\S+) message \S+ is missing/.exec(String(line)) ?? [];
  if (code) untranslated.set(code, (untranslated.get(code) ?? 0) + 1);
  else warn(line);
};
try {
  await localizer.build();
} finally {
  console.warn = warn;
}
for (const [code, count] of untranslated) console.log(`${code}: ${count} of ${messages.length} messages untranslated (English shown)`);

// lit-localize-tools 0.8 HTML-escapes & < > in every message it writes (lit/lit#5012), so a
// translation "A & B" would show "A &amp; B". Only html`…` messages are parsed as HTML:
// undo the escaping in the others.
// And each language module gets its own `str` instead of importing @lit/localize's: the CDN build's
// language chunk would import it back from the bundle, and a page that adds a query to the bundle's
// address (`people-move.js?ver=6.4`, as WordPress does) would then load the bundle twice.
const htmlMessages = new Set(messages.filter((message) => message.tag === 'html').map((message) => message.id));
const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const ownStr = 'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({strTag: true as const, strings, values});';
for (const code of codes) {
  const path = join(modulesDir, `${code}.ts`);
  const module = readFileSync(path, 'utf8');
  const fixed = module.replace(/^( *)'([^']+)': (str|html)?`((?:[^`\\]|\\.)*)`,$/gm, (entry, indent, id, tag, body) =>
    htmlMessages.has(id) ? entry : `${indent}'${id}': ${tag ?? ''}\`${unescape(body)}\`,`,
  ).replace("import {str} from '@lit/localize';", ownStr);
  if (fixed !== module) writeFileSync(path, fixed);
}

const header = '// Written by scripts/i18n-build.mjs. Do not edit by hand: run `npm run i18n:build`.\n';

const loaders = codes.map((code) => `  '${code}': () => import('./locales/${code}.js'),`).join('\n');
writeFileSync(
  join(generatedDir, 'locale-loaders.ts'),
  `${header}import type {LocaleModule} from '@lit/localize';\n\n` +
    `export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {\n${loaders}\n};\n`,
);

// Each language's name in itself ("Cymraeg", "العربية") and direction, from Node's full ICU data and
// Unicode, computed here: browsers ship less ICU (Chromium names Welsh "Welsh" in Welsh) and not all
// have Intl.Locale#getTextInfo.
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const entries = (field) => [...languages].map(([code, info]) => `  ${quote(code)}: ${quote(info[field])},`).join('\n');
for (const [file, doc, declaration, field] of [
  ['locale-names.ts', "Each shipped language's name in that language, for the language menu (locales/languages.json overrides).", 'nativeNames: Record<string, string>', 'name'],
  ['locale-info.ts', "Each shipped language's writing direction, from its script (Intl.Locale#maximize).", "directions: Record<string, 'ltr' | 'rtl'>", 'dir'],
]) writeFileSync(join(generatedDir, file), `${header}\n/** ${doc} */\nexport const ${declaration} = {\n${entries(field)}\n};\n`);

const shares = codes.map((code) => `  '${code}': ${translatedShare(summarise(messages, catalogues.get(code)))},`);
writeFileSync(
  join(generatedDir, 'locale-status.ts'),
  `${header}\n/** Share of messages (0–1) that each language translates; languages under 0.9 are never picked automatically. */\n` +
    `export const translatedShare: Record<string, number> = {\n${shares.join('\n')}\n};\n`,
);

// The pseudo-locale en-XA: English, accented, 40 % longer and bracketed, to find
// text that is cut off, hard-coded or laid out too tightly. Never picked automatically.
const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñöƥʠŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖƤꝖŔŠŢÜṼŴẊÝŽ'][i]]),
);
const accent = (text) => [...text].map((c) => ACCENTED[c] ?? c).join('');
const escapeTemplate = (text) => text.replace(/[\\`$]/g, (c) => `\\${c}`);
const pseudoEntries = messages
  // Markup in a message (html`…`) would need lit's html tag here; such a message shows its English.
  .filter((message) => message.tag !== 'html')
  .map(({id, contents}) => {
    const text = contents.filter((part) => typeof part === 'string').join('');
    const body = contents
      .map((part) => (typeof part === 'string' ? escapeTemplate(accent(part)) : `\${${part.index}}`))
      .join('');
    return `  '${id}': ${contents.some((part) => typeof part !== 'string') ? 'str' : ''}\`⟦${body} ${'·'.repeat(Math.ceil(text.length * 0.4))}⟧\`,`;
  });
writeFileSync(
  join(modulesDir, 'en-XA.ts'),
  `${header}${pseudoEntries.some((entry) => entry.includes('str`')) ? `${ownStr}\n` : ''}\n` +
    `export const templates = {\n${pseudoEntries.join('\n')}\n};\n`,
);

// The template a translator copies to start a new language (see locales/README.md).
const templateDir = join(config.resolve(config.interchange.xliffDir), 'template');
mkdirSync(templateDir, {recursive: true});
const templatePath = join(templateDir, 'new-language.xlf');
writeFileSync(templatePath, emptyXliff(config, messages, 'CODE'));
updateGlossaryNotes(templatePath, readGlossary(config.resolve(config.interchange.xliffDir)));
