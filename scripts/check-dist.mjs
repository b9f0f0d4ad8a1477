// Checks the build against what the package promises: every file named in
// package.json's exports, types, customElements and sideEffects, and in
// dist/cdn/integrity.json, exists; the integrity hashes match the files; the
// manifest lists every element; src/version.ts equals package.json's version.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {sri} from './sri.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
let checked = 0;

function expectFile(path, where) {
  checked++;
  if (!existsSync(path)) problems.push(`${where}: ${path} does not exist`);
}

/** Every file an exports entry names, through its nested conditions. */
const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets));

for (const [subpath, entry] of Object.entries(pkg.exports)) {
  for (const target of targets(entry)) expectFile(target, `exports["${subpath}"]`);
}
for (const field of ['main', 'module', 'types', 'customElements']) expectFile(pkg[field], field);

const integrityPath = 'dist/cdn/integrity.json';
expectFile(integrityPath, 'build');
if (existsSync(integrityPath)) {
  for (const [file, hash] of Object.entries(JSON.parse(readFileSync(integrityPath, 'utf8')))) {
    const path = join('dist/cdn', file);
    expectFile(path, 'integrity.json');
    if (existsSync(path) && sri(path) !== hash) problems.push(`integrity.json: the hash of ${file} is stale`);
  }
}

const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => d.tagName).filter(Boolean);
for (const tag of ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign']) {
  checked++;
  if (!tags.includes(tag)) problems.push(`custom-elements.json: no <${tag}>`);
}

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}))[0].files;
const stray = packed.map((file) => file.path).filter((path) => /(^|\/)(test|tests|stories|\.storybook|bench|demo)\/|\.(test|stories)\./.test(path));
checked++;
if (stray.length) problems.push(`npm pack would publish tests or stories: ${stray.join(', ')}`);
// Each sideEffects pattern ("./dist/elements/*/define.js") names at least one file npm publishes.
for (const pattern of pkg.sideEffects) {
  const matcher = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`);
  checked++;
  if (!packed.some((file) => matcher.test(file.path))) problems.push(`sideEffects: nothing npm publishes matches ${pattern}`);
}

const version = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))?.[1];
checked++;
if (version !== pkg.version) problems.push(`src/version.ts says ${version}, package.json says ${pkg.version}`);

if (problems.length) {
  console.error(`check-dist: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-dist: ${checked} promises of package.json, integrity.json and the manifest hold; npm pack lists ${packed.length} files, none a test or story.`);
