// The one adapter to @lit/localize-tools' internals (its lib/ modules are not a public API,
// hence the ~0.8.2 pin in package.json: on an upgrade, this file is the one to check).
// It gives the localisation project as lit-localize sees it: its config (lit-localize.json),
// the messages the source code asks for (lit-localize's own analysis of every msg() call),
// and lit-localize's XLIFF writer. The i18n scripts measure the XLIFF files against these.
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {XliffFormatter} from '@lit/localize-tools/lib/formatters/xliff.js';
import {sortProgramMessages} from '@lit/localize-tools/lib/messages.js';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';
import {printDiagnostics} from '@lit/localize-tools/lib/typescript.js';

/**
 * Reads a lit-localize.json (without writing to it, unlike lit-localize's own
 * reader) into the config object lit-localize's classes take.
 */
export function readConfig(configPath = 'lit-localize.json') {
  const path = resolve(configPath);
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  const baseDir = dirname(path);
  const output = {...parsed.output};
  // lit-localize writes localeCodesModule relative to the working directory: anchor it to the config's folder.
  if (output.localeCodesModule) output.localeCodesModule = resolve(baseDir, output.localeCodesModule);
  return {...parsed, output, baseDir, resolve: (relative) => resolve(baseDir, relative)};
}

/** Stops an i18n script: prints `lines` (what is wrong, then what to do) to stderr and exits 1. */
export function stop(...lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

/** A lit-localize runtime-mode localizer for `config`. */
export function localizerFor(config) {
  return new RuntimeLitLocalizer(config);
}

/**
 * @typedef {object} SourceMessage
 * @property {string} id
 * @property {string} text      the English, with each placeholder written `{equiv-text}` as in XLIFF
 * @property {Array<{id: string, text: string}>} placeholders
 * @property {'str' | 'html' | undefined} tag
 * @property {Array<string | {untranslatable: string, index: number}>} contents  lit-localize's own form
 * @property {object} program   lit-localize's ProgramMessage, for its own formatters
 */

/**
 * Every msg() in the source, as {@link SourceMessage}s in lit-localize's order.
 * Stops the process with lit-localize's diagnostics when the code cannot be analysed.
 * @returns {SourceMessage[]}
 */
export function sourceMessages(localizer) {
  const {messages, errors} = localizer.extractSourceMessages();
  if (errors.length > 0) {
    printDiagnostics(errors);
    throw new Error('lit-localize could not analyse the msg() calls in the source (see above).');
  }
  return messages.map((message) => ({
    id: message.name,
    text: message.contents.map((part) => (typeof part === 'string' ? part : `{${part.untranslatable}}`)).join(''),
    placeholders: message.contents
      .filter((part) => typeof part !== 'string')
      .map((part) => ({id: String(part.index), text: part.untranslatable})),
    tag: message.tag,
    contents: message.contents,
    program: message,
  }));
}

/** An XLIFF file for `code` with every message in `messages` and its note, no translation, as lit-localize writes it. */
export function emptyXliff(config, messages, code) {
  const xml = new XliffFormatter(config).encodeLocale(sortProgramMessages(messages.map((message) => message.program)), code, []);
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
