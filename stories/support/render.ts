import type {Args, StoryContext} from '@storybook/web-components-vite';
import type {DirectiveResult} from 'lit/directive.js';
import {attributes, type AttributeValue} from './attributes.js';
import {toolbarLanguage, toolbarTheme} from './globals.js';

type Listeners = Record<string, EventListener>;

/**
 * The story's args as the element's attributes (the manifest's `attributes`,
 * so controls match what the element really has) and its events as actions,
 * with the toolbar's language and theme on top.
 */
function attributesOf(tag: string, args: Args, context: StoryContext) {
  const attributeMap: Record<string, AttributeValue> = {};
  const listeners: Listeners = {};
  for (const [key, value] of Object.entries(args)) {
    const argType = context.argTypes[key];
    if (typeof value === 'function') {
      // An action (the Actions panel) for an event the manifest lists: its argType names the event.
      if (typeof argType?.action === 'string') listeners[argType.action] = value as EventListener;
    } else if (argType?.table?.category === 'attributes') {
      attributeMap[key] = value as AttributeValue;
    } else {
      console.error(`[stories] <${tag}> has no attribute "${key}" in custom-elements.json: fix the story or the element's doc comment.`);
    }
  }
  const language = toolbarLanguage(context.globals);
  const theme = toolbarTheme(context.globals);
  if (language) attributeMap.lang = language;
  if (theme) attributeMap.theme = theme;
  return {attributeMap, listeners};
}

/**
 * The directive that gives a story's element its attributes and listeners:
 * `render: (args, context) => html\`<pm-share ${storyAttributes(args, context)}></pm-share>\``.
 */
export function storyAttributes(args: Args, context: StoryContext): DirectiveResult {
  const {attributeMap, listeners} = attributesOf(String(context.component), args, context);
  return attributes(attributeMap, listeners);
}
