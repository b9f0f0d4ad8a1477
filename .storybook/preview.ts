import {setCustomElementsManifest, type Decorator, type Loader, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import {nativeNames} from '../src/generated/locale-names.js';
import {directionOf, PSEUDO_LOCALE, SHIPPED_LOCALES} from '../src/i18n/languages.js';
import {loadLocale} from '../src/i18n/load-locale.js';
import {AS_STORY, toolbarLanguage} from '../stories/support/globals.js';
import {customElementsManifest, describeElement, extractArgTypes} from './manifest.js';
import './preview.css';

setCustomElementsManifest(customElementsManifest);

const languageItems = [
  {value: AS_STORY, title: 'Story’s language'},
  ...SHIPPED_LOCALES.map((code) => ({
    value: code,
    title: `${nativeNames[code] ?? code} (${code})`,
    right: directionOf(code) === 'rtl' ? 'right to left' : undefined,
  })),
  {value: PSEUDO_LOCALE, title: `Pseudo-locale: long text (${PSEUDO_LOCALE})`},
];

/** Paints the host page (background and text colour) around the story, as a partner's site would. */
const withHostPage: Decorator = (story, {globals, viewMode}) => {
  const host = typeof globals.host === 'string' ? globals.host : 'light';
  const classes = {'pm-host': true, [`pm-host--${host}`]: true, 'pm-host--story': viewMode === 'story'};
  return html`<div class=${classMap(classes)}>${story()}</div>`;
};

/**
 * Loads the messages of the story's language before it renders, so the first
 * paint (and the accessibility check that follows it) is in that language.
 */
const withLocaleLoaded: Loader = async ({args, globals}) => {
  const wanted = [args.lang, toolbarLanguage(globals)].filter((code): code is string => typeof code === 'string');
  await Promise.all(wanted.map((code) => loadLocale(code)));
  return {};
};

/** "Show code" gives the HTML a partner pastes: no host-page wrapper, boolean attributes bare. */
function partnerHtml(code: string): string {
  return code.replace(/^<div class="[^"]*\bpm-host\b[^"]*">([\s\S]*)<\/div>$/, '$1').replace(/=""/g, '');
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    language: {
      description: 'Language of every element (overrides the story’s own); right-to-left languages lay out right to left',
      toolbar: {title: 'Language', icon: 'globe', items: languageItems, dynamicTitle: true},
    },
    theme: {
      description: 'The elements’ `theme` attribute (overrides the story’s own)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: AS_STORY, title: 'Story’s theme'},
          {value: 'light', title: 'Theme: light'},
          {value: 'dark', title: 'Theme: dark'},
          {value: 'auto', title: 'Theme: auto (follows the system)'},
        ],
        dynamicTitle: true,
      },
    },
    host: {
      description: 'The partner page around the elements: its background and text colour',
      toolbar: {
        title: 'Host page',
        icon: 'paintbrush',
        items: [
          {value: 'light', title: 'Light page'},
          {value: 'dark', title: 'Dark page'},
          {value: 'brand', title: 'Strong brand colour'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {language: AS_STORY, theme: AS_STORY, host: 'light'},
  decorators: [withHostPage],
  loaders: [withLocaleLoaded],
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true, sort: 'requiredFirst'},
    docs: {extractArgTypes, extractComponentDescription: describeElement, source: {transform: partnerHtml}},
    // Every violation the a11y panel finds is an error, not a to-do.
    a11y: {test: 'error'},
  },
};

export default preview;
