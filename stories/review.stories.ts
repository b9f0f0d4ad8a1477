import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {toolbarLanguage} from './support/globals.js';
import {REVIEWABLE} from './support/review.js';

// For translation reviewers: pick a language (the control below, or the toolbar) and see each message
// in English and in translation, with its notes and review state, where the elements show it, and a
// flag where it overflows its box. The checklist is in locales/README.md.
const meta = {
  title: 'Translations/Review',
  render: (args, context) =>
    html`<translation-review lang=${toolbarLanguage(context.globals) ?? args.lang} .width=${args.width}></translation-review>`,
  argTypes: {
    lang: {control: 'select', options: REVIEWABLE, description: 'The language to review'},
    width: {control: {type: 'range', min: 40, max: 960, step: 20}, description: 'Width of the column the elements are shown in, in pixels'},
  },
  args: {lang: 'cy', width: 320},
} satisfies Meta;

export default meta;

export const Review: StoryObj = {name: 'Review a language'};
