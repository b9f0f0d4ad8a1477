// Issue 15: the framework types (src/frameworks.ts, shipped as
// dist/frameworks.d.ts) and the editor data (generated from
// custom-elements.json) describe the same elements. For every tag, the typed
// attributes are exactly the manifest's, and where the manifest gives a union
// of words the type allows exactly those words; the manifest names no alias
// (`Theme`, `ShareVariant`) and types the event details; the editor data offers
// the same values; no declaration map points at sources the package lacks.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import ts from 'typescript';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const words = (text) => [...(text ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]).sort();

// ES2015, the lowest target that can run a custom element (a class extending HTMLElement), which also reads
// the `#private;` the classes' declarations hold.
const program = ts.createProgram(['dist/index.d.ts'], {
  strict: true,
  noEmit: true,
  types: [],
  target: ts.ScriptTarget.ES2015,
  moduleResolution: ts.ModuleResolutionKind.Node10, // what the defaults gave before a target was set
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
});
const checker = program.getTypeChecker();
const source = program.getSourceFile('dist/frameworks.d.ts');
const interfaces = new Map(
  source.statements.filter(ts.isInterfaceDeclaration).map((node) => [node.name.text, checker.getTypeAtLocation(node)]),
);
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

describe('framework types and the manifest', () => {
  it('the types compile', () => {
    assert.deepEqual(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: the same attributes and allowed values`, () => {
      const type = interfaces.get(`${pascal(element.tagName)}Attributes`);
      assert.ok(type, `dist/frameworks.d.ts has no ${pascal(element.tagName)}Attributes`);
      const typed = new Map(type.getProperties().map((p) => [p.name, checker.getTypeOfSymbol(p)]));
      assert.deepEqual([...typed.keys()].sort(), element.attributes.map((a) => a.name).sort());
      for (const attribute of element.attributes) {
        assert.doesNotMatch(attribute.type.text, /\b[A-Z]\w*/, `${attribute.name}: the manifest names a type, not its values`);
        const allowed = words(attribute.type.text);
        const union = typed.get(attribute.name);
        const literals = (union.isUnion() ? union.types : [union]).filter((t) => t.isStringLiteral()).map((t) => t.value);
        if (allowed.length > 0) assert.deepEqual(literals.sort(), allowed, attribute.name);
      }
    });
  }

  it('the manifest types the event details', () => {
    const events = elements.flatMap((element) => element.events ?? []);
    assert.ok(events.some((event) => event.name === 'pm-share' && event.type?.text === 'CustomEvent<ShareEventDetail>'));
    for (const event of events.filter((e) => e.name === 'pm-locale-error')) assert.equal(event.type?.text, 'CustomEvent<LocaleErrorDetail>');
  });

  it('the VS Code data and the web-types offer the same values', () => {
    const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
    const webTypes = JSON.parse(readFileSync(JSON.parse(readFileSync('package.json', 'utf8'))['web-types'], 'utf8'));
    const webTags = webTypes.contributions.html.elements;
    for (const element of elements) {
      const tag = vscode.tags.find((t) => t.name === element.tagName);
      const webTag = webTags.find((t) => t.name === element.tagName);
      for (const attribute of element.attributes) {
        const allowed = words(attribute.type.text);
        if (allowed.length === 0) continue;
        const offered = tag.attributes.find((a) => a.name === attribute.name).values.map((v) => v.name).sort();
        assert.deepEqual(offered, allowed, `VS Code, ${element.tagName} ${attribute.name}`);
        const web = webTag.attributes.find((a) => a.name === attribute.name);
        assert.deepEqual(words(web.value.type), allowed, `web-types, ${element.tagName} ${attribute.name}`);
        assert.ok(web.description, `web-types, ${element.tagName} ${attribute.name} has its docs`);
      }
    }
  });

  it('no declaration map is shipped that points at missing sources', () => {
    const maps = readdirSync('dist', {recursive: true}).filter((file) => String(file).endsWith('.d.ts.map'));
    for (const file of maps) {
      const {sources} = JSON.parse(readFileSync(join('dist', file), 'utf8'));
      for (const path of sources) assert.ok(existsSync(join('dist', file, '..', path)), `${file} points at ${path}`);
    }
  });
});
