// Regenerates everything the runtime needs from locales/*.xlf:
//   src/generated/locales/<code>.ts   the messages of each language (lit-localize build)
//   src/generated/locale-codes.ts     the shipped codes (lit-localize build)
//   src/generated/locale-loaders.ts   one lazy import() per language, so Rollup makes one chunk each
//   src/generated/locale-status.ts    the share of messages each language translates
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {readCatalogue} from './i18n-xliff.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'build', '--config', 'lit-localize.json'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

const header = '// Written by scripts/i18n-build.mjs from locales/*.xlf. Do not edit by hand: run `npm run i18n:build`.\n';
const codes = [...config.targetLocales].sort();

const loaders = codes.map((code) => `  '${code}': () => import('./locales/${code}.js'),`).join('\n');
writeFileSync(
  'src/generated/locale-loaders.ts',
  `${header}import type {LocaleModule} from '@lit/localize';\n\n` +
    `export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {\n${loaders}\n};\n`,
);

const ratios = codes.map((code) => {
  const {units} = readCatalogue(`locales/${code}.xlf`);
  const translated = units.filter((unit) => unit.target !== undefined).length;
  return `  '${code}': ${units.length ? Math.round((translated / units.length) * 1000) / 1000 : 0},`;
});
writeFileSync(
  'src/generated/locale-status.ts',
  `${header}\n/** Share of messages (0–1) that each language translates; languages under 0.9 are never picked automatically. */\n` +
    `export const translatedShare: Record<string, number> = {\n${ratios.join('\n')}\n};\n`,
);

// The pseudo-locale en-XA: English, accented, 40 % longer and bracketed, to find
// text that is cut off, hard-coded or laid out too tightly. Never picked automatically.
const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñöƥʠŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖƤꝖŔŠŢÜṼŴẊÝŽ'][i]]),
);
const accent = (text) => [...text].map((c) => ACCENTED[c] ?? c).join('');
const escapeTemplate = (text) => text.replace(/[\\`$]/g, (c) => `\\${c}`);
const {units: sourceUnits} = readCatalogue(`locales/${codes[0]}.xlf`);
const pseudoEntries = sourceUnits.map(({id, source, sourceSegments}) => {
  // Accent the text between placeholders; pad and bracket the whole message once.
  const accented = sourceSegments.map((segment) => escapeTemplate(accent(segment)));
  const body = accented.reduce((out, part, index) => `${out}\${${index - 1}}${part}`);
  const padding = '·'.repeat(Math.ceil(source.length * 0.4));
  return `  '${id}': ${sourceSegments.length > 1 ? 'str' : ''}\`⟦${body} ${padding}⟧\`,`;
});
writeFileSync(
  'src/generated/locales/en-XA.ts',
  `${header}${pseudoEntries.some((entry) => entry.includes('str`')) ? "import {str} from '@lit/localize';\n" : ''}\n` +
    `export const templates = {\n${pseudoEntries.join('\n')}\n};\n`,
);
