import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/pm-values/define.js';
import {VALUE_IDS} from '../src/elements/pm-values/pm-values.content.js';
import {storyAttributes} from './support/render.js';
import {HEADING_LEVEL, narrowColumn, partnerBrand} from './support/shared.js';

// The campaign's six values, each with an icon.
const meta = {
  title: 'Elements/pm-values',
  component: 'pm-values',
  render: (args, context) => html`<pm-values ${storyAttributes(args, context)}></pm-values>`,
  argTypes: {
    layout: {control: 'inline-radio', options: ['grid', 'list', 'inline']},
    values: {control: 'check', options: VALUE_IDS},
    'heading-level': HEADING_LEVEL,
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Grid: Story = {name: 'Grid (default)'};

export const List: Story = {args: {layout: 'list'}};

export const Inline: Story = {args: {layout: 'inline'}};

export const ChosenValues: Story = {
  name: 'Three values, in a chosen order',
  args: {values: ['solidarity', 'justice', 'accountability']},
};

export const NoHeading: Story = {name: 'Without the heading', args: {'no-heading': true}};

export const HeadingLevel4: Story = {name: 'Heading level 4', args: {'heading-level': 4}};

export const ThemeLight: Story = {name: 'Theme: light', args: {theme: 'light'}};

export const ThemeDark: Story = {name: 'Theme: dark', args: {theme: 'dark'}};

export const ThemeAuto: Story = {name: 'Theme: auto', args: {theme: 'auto'}};

export const PartnerBrand: Story = {name: 'Partner brand (custom properties only)', decorators: [partnerBrand]};

export const Column320: Story = {name: '320 px column', decorators: [narrowColumn]};

export const Column320List: Story = {name: '320 px column, list', args: {layout: 'list'}, decorators: [narrowColumn]};

export const LongText: Story = {name: 'Long text (pseudo-locale en-XA)', args: {lang: 'en-XA'}};

export const LongTextInline: Story = {name: 'Long text, inline', args: {lang: 'en-XA', layout: 'inline'}};

export const RightToLeft: Story = {name: 'Right to left (Arabic)', args: {lang: 'ar'}};

export const LanguagePicker: Story = {name: 'Language picker', args: {'language-picker': true}};
