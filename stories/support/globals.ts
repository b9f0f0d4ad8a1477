/**
 * The toolbar globals every story obeys (declared in .storybook/preview.ts):
 * `language` and `theme` override a story's own `lang` and `theme` unless they
 * say "as the story says"; `host` paints the page around the story.
 */
export const AS_STORY = 'story';

type Globals = Record<string, unknown>;

function chosen(value: unknown): string | undefined {
  return typeof value === 'string' && value !== AS_STORY ? value : undefined;
}

/** The language picked in the toolbar, if any. */
export function toolbarLanguage(globals: Globals): string | undefined {
  return chosen(globals.language);
}

/** The theme picked in the toolbar, if any. */
export function toolbarTheme(globals: Globals): string | undefined {
  return chosen(globals.theme);
}
