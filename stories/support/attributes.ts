import {nothing} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

/** An attribute's value: absent when undefined, null, false or empty; present and empty when true; lists joined by spaces. */
export type AttributeValue = string | number | boolean | readonly (string | number)[] | null | undefined;

export function attributeText(value: AttributeValue): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text === '' ? undefined : text;
}

/**
 * Sets an element's attributes from a map and listens for its events, as a
 * partner's HTML would: `<pm-share ${attributes({variant: 'icons'}, {'pm-share': log})}>`.
 * Attributes dropped from the map are removed again on the next render.
 */
class AttributesDirective extends Directive {
  private set = new Set<string>();
  private listening = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs in an element’s opening tag');
  }

  render(_attributes: Readonly<Record<string, AttributeValue>>, _listeners?: Readonly<Record<string, EventListener>>) {
    return nothing;
  }

  override update(part: ElementPart, [attributes, listeners = {}]: Parameters<this['render']>) {
    const {element} = part;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(attributes)) {
      const text = attributeText(value);
      if (text === undefined) continue;
      element.setAttribute(name, text);
      next.add(name);
    }
    for (const name of this.set) if (!next.has(name)) element.removeAttribute(name);
    this.set = next;
    for (const [type, listener] of this.listening) {
      if (listeners[type] !== listener) {
        element.removeEventListener(type, listener);
        this.listening.delete(type);
      }
    }
    for (const [type, listener] of Object.entries(listeners)) {
      if (!this.listening.has(type)) {
        element.addEventListener(type, listener);
        this.listening.set(type, listener);
      }
    }
    return nothing;
  }
}

export const attributes = directive(AttributesDirective);
