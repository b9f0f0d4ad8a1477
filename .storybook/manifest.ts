import type {ArgTypes} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {PSEUDO_LOCALE, SHIPPED_LOCALES} from '../src/i18n/languages.js';

/**
 * What Storybook shows of custom-elements.json (written by `npm run analyze`
 * from the elements' doc comments): the docs page's tables (attributes,
 * properties, events, slots, CSS custom properties and parts) and the
 * controls, one per attribute, so the controls are always the attributes the
 * elements really have.
 *
 * Storybook's own reader keys every row by its bare name, so a part named
 * like an attribute (`values`, `language-picker`) replaces the attribute's
 * row and control. Here only attributes keep their bare names (the keys of a
 * story's args); every other row has a key of its own.
 */

interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: {text?: string};
  default?: string;
}
interface Member extends Described {
  kind: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

export const customElementsManifest = manifest as unknown as Manifest;

function declarationOf(tag: unknown): Declaration | undefined {
  if (typeof tag !== 'string') return undefined;
  for (const module of customElementsManifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** The docs page's opening paragraph: the element's description, else its summary. */
export function describeElement(tag: unknown): string {
  const declaration = declarationOf(tag);
  return declaration?.description || declaration?.summary || '';
}

type ArgType = ArgTypes[string];
type Control = Pick<ArgType, 'control' | 'options'>;
type ControlType = 'text' | 'boolean' | 'number' | 'select' | 'inline-radio';

/** Options of type aliases that the manifest names but does not spell out. */
const ALIASES: Record<string, readonly (string | number)[]> = {
  Theme: ['light', 'dark', 'auto'],
};

const LANG_DESCRIPTION =
  'Language (BCP 47 tag, such as `cy` or `pt-BR`), or `auto` for the reader’s browser languages. ' +
  'Unset: the nearest ancestor’s `lang`, else `<html lang>`, else English.';

/** The literal values of a type such as `'full' | 'summary' | undefined`, or undefined if it is not a union of literals. */
function literals(typeText: string): (string | number)[] | undefined {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null' && part !== '');
  const values: (string | number)[] = [];
  for (const part of parts) {
    const alias = ALIASES[part];
    if (alias) values.push(...alias);
    else if (/^(['"]).*\1$/.test(part)) values.push(part.slice(1, -1));
    else if (/^-?\d+(\.\d+)?$/.test(part)) values.push(Number(part));
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

/** A control, in the normalised form Storybook gives the argTypes that stories declare. */
function control(type: ControlType, options?: readonly (string | number)[]): Control {
  return options ? {control: {type, disable: false}, options} : {control: {type, disable: false}};
}

/** A control for an attribute, from its declared type. Stories refine it where a type is an alias of their own. */
function controlFor(name: string, typeText: string): Control {
  if (name === 'lang') return control('select', [...SHIPPED_LOCALES, PSEUDO_LOCALE, 'auto']);
  const bare = typeText.replace(/\|\s*undefined/g, '').trim();
  if (bare === 'boolean') return control('boolean');
  if (bare === 'number') return control('number');
  const options = literals(typeText);
  if (options) return control(options.length <= 4 ? 'inline-radio' : 'select', options);
  return control('text');
}

function row(name: string, category: string, item: Described, extra: Partial<ArgType> = {}): ArgType {
  return {
    name,
    description: item.description || item.summary || '',
    control: {disable: true},
    table: {
      category,
      type: item.type?.text ? {summary: item.type.text} : undefined,
      defaultValue: item.default !== undefined ? {summary: item.default} : undefined,
    },
    ...extra,
  };
}

/** The argTypes of `tag`'s docs table and controls, from custom-elements.json. */
export function extractArgTypes(tag: unknown): ArgTypes | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const members = declaration.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const field = fields.find((m) => m.name === attribute.fieldName);
    const described: Described = {
      ...attribute,
      description: attribute.description || field?.description || (attribute.name === 'lang' ? LANG_DESCRIPTION : ''),
      type: attribute.type ?? field?.type,
      default: attribute.default ?? field?.default,
    };
    argTypes[attribute.name] = row(attribute.name, 'attributes', described, controlFor(attribute.name, described.type?.text ?? ''));
  }
  for (const field of fields) argTypes[`property:${field.name}`] = row(field.name, 'properties', field);
  for (const event of declaration.events ?? []) {
    const handler = `on${event.name.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
    argTypes[handler] = {name: handler, action: event.name, table: {disable: true}};
    argTypes[`event:${event.name}`] = row(event.name, 'events', event);
  }
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot.name || '(default)', 'slots', slot);
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = row(property.name, 'css custom properties', property);
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part.name, 'css shadow parts', part);
  return argTypes;
}
