import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/pm-campaign/define.js';
import {storyAttributes} from './support/render.js';
import {HEADING_LEVEL, narrowColumn, partnerBrand} from './support/shared.js';

// The whole campaign section in one tag: manifesto, values and share buttons,
// in the campaign page's order. Its language, theme and heading level reach
// all three.
const meta = {
  title: 'Elements/pm-campaign',
  component: 'pm-campaign',
  render: (args, context) => html`<pm-campaign ${storyAttributes(args, context)}></pm-campaign>`,
  argTypes: {'heading-level': HEADING_LEVEL},
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Campaign: Story = {name: 'Whole campaign (default)'};

export const HeadingLevel1: Story = {name: 'Heading level 1 (the page’s main content)', args: {'heading-level': 1}};

export const WithoutTShirt: Story = {name: 'Without the t-shirt link', args: {'shop-href': 'none'}};

export const ThemeLight: Story = {name: 'Theme: light', args: {theme: 'light'}};

export const ThemeDark: Story = {name: 'Theme: dark', args: {theme: 'dark'}};

export const ThemeAuto: Story = {name: 'Theme: auto', args: {theme: 'auto'}};

export const PartnerBrand: Story = {name: 'Partner brand (custom properties only)', decorators: [partnerBrand]};

export const Column320: Story = {name: '320 px column', decorators: [narrowColumn]};

export const LongText: Story = {name: 'Long text (pseudo-locale en-XA)', args: {lang: 'en-XA'}};

export const RightToLeft: Story = {name: 'Right to left (Arabic)', args: {lang: 'ar'}};

export const LanguagePicker: Story = {name: 'Language picker', args: {'language-picker': true}};
