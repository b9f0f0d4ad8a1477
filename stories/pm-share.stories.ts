import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/pm-share/define.js';
import {NETWORK_IDS} from '../src/elements/pm-share/targets.js';
import {storyAttributes} from './support/render.js';
import {narrowColumn, partnerBrand} from './support/shared.js';

// Share buttons that ask nothing of anyone until a person clicks. Every click
// fires `pm-share`: the Actions panel shows it (the share itself opens a new tab).
const meta = {
  title: 'Elements/pm-share',
  component: 'pm-share',
  render: (args, context) => html`<pm-share ${storyAttributes(args, context)}></pm-share>`,
  argTypes: {
    variant: {control: 'inline-radio', options: ['labels', 'icons']},
    networks: {control: 'check', options: NETWORK_IDS},
  },
  // The page shared in every story, so that no story shares the Storybook frame's own address.
  args: {url: 'https://www.jcwi.org.uk/'},
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Labels: Story = {name: 'Labels (default)'};

export const Icons: Story = {name: 'Icons only', args: {variant: 'icons'}};

export const EveryNetwork: Story = {name: 'Every network, labels', args: {networks: NETWORK_IDS}};

export const EveryNetworkIcons: Story = {name: 'Every network, icons only', args: {networks: NETWORK_IDS, variant: 'icons'}};

export const TwoNetworks: Story = {name: 'Two networks, chosen order', args: {networks: ['whatsapp', 'copy']}};

export const OwnText: Story = {
  name: 'Own link and text',
  args: {url: 'https://example.org/people-move?from=newsletter#top', text: 'People have always moved. Read why & share it — 🌍'},
};

export const MastodonServer: Story = {
  name: 'Mastodon straight to a server',
  args: {networks: ['mastodon', 'bluesky', 'copy'], 'mastodon-server': 'mastodon.social'},
};

export const InstagramProfile: Story = {
  name: 'Instagram, with a profile link',
  args: {networks: ['instagram', 'whatsapp', 'copy'], 'instagram-href': 'https://www.instagram.com/'},
};

export const PartnerLabels: Story = {
  name: 'Labels set by the partner',
  args: {label: 'Spread the word', 'copy-label': 'Copy the address', networks: ['whatsapp', 'email', 'copy']},
};

export const ThemeLight: Story = {name: 'Theme: light', args: {theme: 'light'}};

export const ThemeDark: Story = {name: 'Theme: dark', args: {theme: 'dark'}};

export const ThemeAuto: Story = {name: 'Theme: auto', args: {theme: 'auto'}};

export const PartnerBrand: Story = {name: 'Partner brand (custom properties only)', decorators: [partnerBrand]};

export const Column320: Story = {name: '320 px column', args: {networks: NETWORK_IDS}, decorators: [narrowColumn]};

export const Column320Icons: Story = {
  name: '320 px column, icons only',
  args: {networks: NETWORK_IDS, variant: 'icons'},
  decorators: [narrowColumn],
};

export const LongText: Story = {name: 'Long text (pseudo-locale en-XA)', args: {lang: 'en-XA', networks: NETWORK_IDS}};

export const RightToLeft: Story = {name: 'Right to left (Arabic)', args: {lang: 'ar', networks: NETWORK_IDS}};

export const RightToLeftIcons: Story = {
  name: 'Right to left, icons only',
  args: {lang: 'ar', networks: NETWORK_IDS, variant: 'icons'},
};

export const LanguagePicker: Story = {name: 'Language picker', args: {'language-picker': true}};
