import {PeopleMoveElement} from '../base/people-move-element.js';

/** Attribute values for `renderElement()`: a string, or `true` for a boolean attribute; `false`/`undefined` leave it out. */
export type AttributeValues = Record<string, string | boolean | undefined>;

const TAG_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The opening tag `<tag name="value" …>` of a registered People Move element.
 * Throws a TypeError for a tag that is not one, or an attribute name that is
 * not a plain lowercase name (event handler attributes, `on…`, included):
 * this runs on the build server, where failing loudly is the safe answer.
 */
export function openingTag(tag: string, attributes: AttributeValues): string {
  const element = TAG_NAME.test(tag) ? customElements.get(tag) : undefined;
  if (!element || !(element.prototype instanceof PeopleMoveElement)) {
    throw new TypeError(`[people-move] <${tag}> is not a People Move element.`);
  }
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on')) {
      throw new TypeError(`[people-move] "${name}" is not an attribute that can be rendered.`);
    }
    if (value === undefined || value === false) continue;
    html += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${html}>`;
}
