// A small, complete localisation project in a temporary folder, for the Node
// tests of the i18n scripts: lit-localize.json, a source file of msg() calls,
// and XLIFF files for Welsh and French with every message translated. Tests
// plant faults in the copies; the real locales/ are never touched.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import process from 'node:process';

const repo = resolve(import.meta.dirname, '..', '..');

/** Ten messages: with ten, one missing string is 90 % translated, under the 95 % gate. */
export const MESSAGES = [
  ['greeting', 'str', 'Hello ${name}', ['Helo ', '${name}'], ['Bonjour ', '${name}']],
  ['one', '', 'One', ['Un'], ['Un']],
  ['two', '', 'Two', ['Dau'], ['Deux']],
  ['three', '', 'Three', ['Tri'], ['Trois']],
  ['four', '', 'Four', ['Pedwar'], ['Quatre']],
  ['five', '', 'Five', ['Pump'], ['Cinq']],
  ['six', '', 'Six', ['Chwech'], ['Six']],
  ['seven', '', 'Seven', ['Saith'], ['Sept']],
  ['eight', '', 'Eight', ['Wyth'], ['Huit']],
  ['nine', '', 'Nine', ['Naw'], ['Neuf']],
];

/** The source file for `messages`, each `[id, tag, english]`. */
export function sourceFile(messages) {
  const calls = messages.map(([id, tag, english]) =>
    tag === 'str'
      ? `export const m_${id} = (name: string) => msg(str\`${english}\`, {id: '${id}', desc: 'Note for ${id}.'});`
      : `export const m_${id} = () => msg('${english}', {id: '${id}', desc: 'Note for ${id}.'});`,
  );
  return `import {msg, str} from '@lit/localize';\n\n${calls.join('\n')}\n`;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const content = (parts) =>
  parts.map((part) => (part.startsWith('${') ? `<x id="0" equiv-text="${escape(part)}"/>` : escape(part))).join('');

/** An XLIFF file as lit-localize writes it, every unit translated (needing review). */
export function xliff(code, column) {
  const units = MESSAGES.map(
    (message) => `<trans-unit id="${message[0]}">
  <source>${content(message[1] === 'str' ? ['Hello ', '${name}'] : [message[2]])}</source>
  <target state="needs-review-translation">${content(message[column])}</target>
  <note from="lit-localize">Note for ${message[0]}.</note>
</trans-unit>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${code}" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${units.join('\n')}
</body>
</file>
</xliff>
`;
}

/** Makes the project; returns its folder and helpers to read, change and run it. */
export function makeProject() {
  const dir = mkdtempSync(join(tmpdir(), 'pm-i18n-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'locales'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'lit-localize.json'),
    JSON.stringify({
      $schema: 'https://raw.githubusercontent.com/lit/lit/main/packages/localize-tools/config.schema.json',
      sourceLocale: 'en',
      targetLocales: ['cy', 'fr'],
      inputFiles: ['src/**/*.ts'],
      output: {mode: 'runtime', outputDir: 'src/generated/locales', localeCodesModule: 'src/generated/locale-codes.ts', language: 'ts'},
      interchange: {format: 'xliff', xliffDir: 'locales/'},
    }),
  );
  writeFileSync(join(dir, 'src', 'messages.ts'), sourceFile(MESSAGES));
  writeFileSync(join(dir, 'locales', 'cy.xlf'), xliff('cy', 3));
  writeFileSync(join(dir, 'locales', 'fr.xlf'), xliff('fr', 4));
  return {
    dir,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    /** Replaces `from` (which must occur) with `to` in `file`. */
    edit(file, from, to) {
      const text = readFileSync(join(dir, file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
      writeFileSync(join(dir, file), text.replace(from, to));
    },
    /** Runs scripts/<script> with `args`; returns its exit code and output, never throws. */
    run(script, ...args) {
      return runScript(script, ['--config', join(dir, 'lit-localize.json'), ...args], dir);
    },
    remove: () => rmSync(dir, {recursive: true, force: true}),
  };
}

/** Runs scripts/<script> in `cwd` (default: the repository root). */
export function runScript(script, args, cwd = repo) {
  try {
    const stdout = execFileSync(process.execPath, [join(repo, 'scripts', script), ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return {code: 0, stdout};
  } catch (error) {
    return {code: error.status, stdout: `${error.stdout}${error.stderr}`};
  }
}

/** The cells of the status table's row for `code`, or undefined. */
export function statusRow(stdout, code) {
  const line = stdout.split('\n').find((each) => each.startsWith(`${code} `));
  if (!line) return undefined;
  const [, translated, reviewed, missing, stale, placeholderErrors] = line.match(/^\S+\s+(\S+ %|—)\s+(\S+ %|—)\s+(\S+)\s+(\S+)\s+(\S+)/);
  return {translated, reviewed, missing: Number(missing), stale: Number(stale), placeholderErrors: Number(placeholderErrors)};
}
