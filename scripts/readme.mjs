// Writes the README's generated parts from the build: the partner snippet (with
// the CDN file's integrity hash, from dist/cdn/integrity.json) and the element
// reference (from custom-elements.json). `--check` fails instead when the README
// is out of step. Run after `npm run build`.
import {readFileSync, writeFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'))['people-move.js'];
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** A Markdown table under a bold title, or nothing when there are no rows. */
const table = (title, header, rows) =>
  rows.length === 0 ? '' : [`**${title}**`, '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''].join('\n');

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const sections = elements.map((element) =>
  [
    `### \`<${element.tagName}>\``,
    '',
    cell(element.summary ?? element.description),
    '',
    table(
      'Attributes',
      ['Attribute', 'Type', 'Default', 'Description'],
      (element.attributes ?? []).map((a) => [code(a.name), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
    table('Events', ['Event', 'Description'], (element.events ?? []).filter((e) => e.name).map((e) => [code(e.name), cell(e.description)])),
    table('Slots', ['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    table('CSS parts', ['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    table(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ]
    .filter((part, index, parts) => part !== '' || parts[index - 1] !== '')
    .join('\n'),
);

const snippet = `\`\`\`html
<script type="module" crossorigin="anonymous"
  src="https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/people-move.js"
  integrity="${integrity}"></script>

<pm-manifesto></pm-manifesto>
<pm-values></pm-values>
<pm-share></pm-share>
\`\`\``;

/** Replaces what stands between `<!-- NAME:start … -->` and `<!-- NAME:end -->`. */
function fill(readme, name, content) {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->`).exec(readme);
  const endMarker = `<!-- ${name}:end -->`;
  const end = readme.indexOf(endMarker);
  if (!start || end < 0) throw new Error(`README.md has no ${name} markers`);
  return `${readme.slice(0, start.index + start[0].length)}\n${content}\n${readme.slice(end)}`;
}

/** The framework snippets: each `consumer:DIR/FILE` block is that file of test/consumers/, which CI compiles. */
function fillConsumers(readme) {
  const names = [...readme.matchAll(/<!-- (consumer:[\w/.-]+):start/g)].map((match) => match[1]);
  return names.reduce((text, name) => {
    const file = name.slice('consumer:'.length);
    const source = readFileSync(`test/consumers/${file}`, 'utf8').trimEnd();
    return fill(text, name, `\n\`\`\`${file.split('.').pop()}\n${source}\n\`\`\`\n`);
  }, readme);
}

const readme = readFileSync('README.md', 'utf8');
const updated = fillConsumers(fill(fill(readme, 'snippet', snippet), 'api', `\n${sections.join('\n')}`));
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md is out of step with the build (snippet integrity or element reference). Run `npm run docs`.');
    process.exit(1);
  }
  console.log(`README.md: the snippet's integrity and the reference of ${elements.length} elements match the build.`);
} else {
  writeFileSync('README.md', updated);
  console.log(`README.md: wrote the snippet and the reference of ${elements.length} elements.`);
}
