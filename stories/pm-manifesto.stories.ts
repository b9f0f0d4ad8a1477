import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/pm-manifesto/define.js';
import {storyAttributes} from './support/render.js';
import {HEADING_LEVEL, narrowColumn, partnerBrand} from './support/shared.js';

// The campaign's own words: vision, mission, the “People have always moved”
// story, the manifesto link and the t-shirt link.
const meta = {
  title: 'Elements/pm-manifesto',
  component: 'pm-manifesto',
  render: (args, context) => html`<pm-manifesto ${storyAttributes(args, context)}></pm-manifesto>`,
  argTypes: {
    variant: {control: 'inline-radio', options: ['full', 'summary']},
    'heading-level': HEADING_LEVEL,
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Full: Story = {name: 'Full (default)'};

export const Summary: Story = {args: {variant: 'summary'}};

export const HeadingLevel3: Story = {name: 'Heading level 3', args: {'heading-level': 3}};

export const WithoutTShirt: Story = {name: 'Without the t-shirt link', args: {'shop-href': 'none'}};

export const PartnerLinks: Story = {
  name: 'Links set by the partner',
  args: {'manifesto-href': 'https://example.org/people-move/manifesto', 'shop-href': 'https://example.org/shop'},
};

export const ThemeLight: Story = {name: 'Theme: light', args: {theme: 'light'}};

export const ThemeDark: Story = {name: 'Theme: dark', args: {theme: 'dark'}};

export const ThemeAuto: Story = {name: 'Theme: auto', args: {theme: 'auto'}};

export const PartnerBrand: Story = {name: 'Partner brand (custom properties only)', decorators: [partnerBrand]};

export const Column320: Story = {name: '320 px column', decorators: [narrowColumn]};

export const LongText: Story = {name: 'Long text (pseudo-locale en-XA)', args: {lang: 'en-XA'}};

export const RightToLeft: Story = {name: 'Right to left (Arabic)', args: {lang: 'ar'}};

export const LanguagePicker: Story = {name: 'Language picker', args: {'language-picker': true}};
