#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx people-move-widgets export --element campaign --lang cy --format html`:
 * the builder's outputs on the command line, for static-site builds and
 * newsletter tools. Writes the output to stdout; a bad option prints what is
 * allowed and exits with status 2.
 */
import {realpathSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {checkOptions, ExportOptionError, exportEmbed, FORMATS, type ExportFormat} from './index.js';

const USAGE = `Usage: people-move-widgets export --element campaign|manifesto|values|share --lang CODE --format snippet|html|email
  [--theme inherit|light|dark|auto] [--accent #rrggbb] [--networks "whatsapp facebook email"]
  [--variant full|summary (manifesto) | grid|list|inline (values) | labels|icons (share)] [--heading-level 1-6]
  [--url https://…] [--manifesto-href https://…] [--shop-href https://…|none]
--lang takes a shipped language code (en, cy, ar, …), "page" (follow the page) or "auto" (the reader's browser).`;

const OPTIONS = {
  element: {type: 'string'},
  lang: {type: 'string'},
  format: {type: 'string'},
  theme: {type: 'string'},
  accent: {type: 'string'},
  networks: {type: 'string'},
  variant: {type: 'string'},
  'heading-level': {type: 'string'},
  url: {type: 'string'},
  'manifesto-href': {type: 'string'},
  'shop-href': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const;

function fail(message: string): never {
  process.stderr.write(`people-move-widgets: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    fail((error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1 || positionals[0] !== 'export') fail(`expected the command "export", got "${positionals.join(' ')}".`);
  const format = values.format ?? 'snippet';
  if (!(FORMATS as readonly string[]).includes(format)) fail(`--format "${format.slice(0, 100)}" is not one of: ${FORMATS.join(', ')}.`);
  let options;
  try {
    options = checkOptions({
      element: values.element,
      lang: values.lang,
      theme: values.theme,
      accent: values.accent,
      networks: values.networks,
      variant: values.variant,
      headingLevel: values['heading-level'],
      url: values.url,
      manifestoHref: values['manifesto-href'],
      shopHref: values['shop-href'],
    });
  } catch (error) {
    if (error instanceof ExportOptionError) fail(error.message);
    throw error;
  }
  const integrity = JSON.parse(await readFile(new URL('../cdn/integrity.json', import.meta.url), 'utf8'))['people-move.js'];
  process.stdout.write(await exportEmbed(format as ExportFormat, options, {integrity}));
}

// Run as a command (npx, npm's bin link, or node dist/export/cli.js), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) await main(process.argv.slice(2));
