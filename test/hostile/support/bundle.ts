// Loads the built CDN bundle into a web-test-runner page, as a partner's
// script tag does, and reads the elements and their attributes from the
// built custom-elements.json, so these tests follow the elements as they grow.
import {settled} from './controls.js';

export const BUNDLE_URL = '/dist/cdn/people-move.js';

/** A People Move element as the tests see it: a Lit element. */
export type PmElement = HTMLElement & {updateComplete: Promise<boolean>};

export interface AttributeApi {
  name: string;
  /** The type is a union of words (an alias such as `ShareVariant` or `Theme`), not free text. */
  enumerated: boolean;
  /** Values the manifest names: string literals of the type, the default, and `code` words of the description. */
  values: string[];
  /** The property that reflects the attribute (what React and Vue set), when there is one. */
  fieldName?: string;
}

export interface ElementApi {
  tag: string;
  attributes: AttributeApi[];
}

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: {text?: string};
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: {declarations?: ManifestDeclaration[]}[];
}

/** `theme` is typed by an alias the manifest does not expand; its words are the base element's documented API. */
const DOCUMENTED_VALUES: Record<string, string[]> = {theme: ['light', 'dark', 'auto']};

function attributeApi(attribute: ManifestAttribute): AttributeApi {
  const type = attribute.type?.text ?? '';
  const quoted = (text: string) => [...text.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  const code = [...(attribute.description ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
  const values = [...new Set([...quoted(type), ...quoted(attribute.default ?? ''), ...code, ...(DOCUMENTED_VALUES[attribute.name] ?? [])])];
  const enumerated = /^[A-Z]\w*( \| undefined)?$/.test(type) || /^'[^']*'( \| '[^']*')+/.test(type);
  return {
    name: attribute.name,
    enumerated,
    values: enumerated ? values.filter((value) => /^[a-z]+(?:-[a-z]+)?$/.test(value)) : values,
    fieldName: attribute.fieldName,
  };
}

/** Every element the manifest declares, with its attributes. */
export async function readElements(): Promise<ElementApi[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestDeclaration & {tagName: string} => Boolean(declaration.tagName))
    .map((declaration) => {
      const byName = new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attributeApi(attribute)]));
      return {tag: declaration.tagName, attributes: [...byName.values()]};
    });
}

/** Adds `<script type="module" src>` to the page and resolves once it ran. */
export function addModuleScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve(), {once: true});
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), {once: true});
    document.head.append(script);
  });
}

/** Loads the CDN bundle once and resolves with the elements it defines. */
export async function loadBundle(): Promise<ElementApi[]> {
  const elements = await readElements();
  if (!document.querySelector(`script[src="${BUNDLE_URL}"]`)) await addModuleScript(BUNDLE_URL);
  await Promise.all(elements.map((element) => customElements.whenDefined(element.tag)));
  return elements;
}

/** Creates `<tag>` with attributes, appends it to `parent` and waits until it and its nested elements rendered. */
export async function mount(tag: string, attributes: Record<string, string>, parent: Element = document.body): Promise<PmElement> {
  const element = document.createElement(tag) as PmElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await settled(element);
  return element;
}

export interface ShippedLocale {
  code: string;
  dir: string;
}

/** The languages this build ships, as its language menu lists them (code and direction). */
export async function shippedLocales(tag: string): Promise<ShippedLocale[]> {
  const probe = await mount(tag, {'language-picker': ''});
  const options = [...(probe.shadowRoot?.querySelectorAll('select option') ?? [])] as HTMLOptionElement[];
  probe.remove();
  return options.map((option) => ({code: option.value, dir: option.getAttribute('dir') ?? 'ltr'}));
}

/** A right-to-left language the build ships, else its first language. */
export async function rightToLeftLocale(tag: string): Promise<string> {
  const locales = await shippedLocales(tag);
  return (locales.find((locale) => locale.dir === 'rtl') ?? locales[0]!).code;
}
