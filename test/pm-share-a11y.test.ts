import {expect, fixtureSync, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {templates as ar} from '../src/generated/locales/ar.js';
import {templates as cy} from '../src/generated/locales/cy.js';
import {templates as pseudo} from '../src/generated/locales/en-XA.js';
import {ALL_NETWORKS, control, controls, networksShown, type PeopleMoveShare, render, stubNavigator} from './support/pm-share-checks.js';

const URL_GIVEN = 'https://example.org/people-move';
const NETWORKS = ALL_NETWORKS.split(' ');
const BRANDS: Record<string, string> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
  instagram: 'Instagram',
};

/** A message of a generated locale module: a string, or a `str` template whose values index the arguments. */
type Template = string | {strings: readonly string[]; values: readonly unknown[]};

const english: Record<string, Template> = {
  'share.heading': 'Share this',
  'share.on': {strings: ['Share on ', ''], values: [0]},
  'share.native': 'Share…',
  'share.native.name': 'Share with an app on this device',
  'share.copy': 'Copy link',
  'share.email': 'Email',
  'share.email.name': 'Share by email',
  'share.new-tab': '(opens in a new tab)',
};

/** Reads message `id` from `templates` (English where a language lacks it), filling in `args`. */
function message(templates: Record<string, unknown>, id: string, ...args: string[]): string {
  const template = (templates[id] ?? english[id]) as Template;
  if (typeof template === 'string') return template;
  return template.strings.reduce((out, part, i) => out + part + (i < template.values.length ? args[Number(template.values[i])] : ''), '');
}

/** The accessible name and visible label each network must have in a language. */
function expectedNames(templates: Record<string, unknown>): Record<string, {name: string; label: string}> {
  const names: Record<string, {name: string; label: string}> = {
    native: {name: message(templates, 'share.native.name'), label: message(templates, 'share.native')},
    copy: {name: message(templates, 'share.copy'), label: message(templates, 'share.copy')},
    email: {name: message(templates, 'share.email.name'), label: message(templates, 'share.email')},
  };
  for (const [id, brand] of Object.entries(BRANDS)) names[id] = {name: message(templates, 'share.on', brand), label: brand};
  return names;
}

/** The group's accessible name, as computed from `aria-labelledby`. */
function groupName(el: PeopleMoveShare): string {
  const group = el.shadowRoot!.querySelector('[role="group"]')!;
  const ids = group.getAttribute('aria-labelledby')!.split(' ');
  return ids.map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
}

/** A control's accessible name: its `aria-label` (nothing else may name it). */
function nameOf(element: HTMLElement): string {
  expect(element.hasAttribute('aria-labelledby')).to.equal(false);
  return element.getAttribute('aria-label') ?? '';
}

function visibleLabel(element: HTMLElement): string {
  return element.querySelector('.name')?.textContent?.trim() ?? '';
}

describe('<pm-share> accessibility and keyboard', () => {
  let restore: (() => void)[] = [];
  beforeEach(() => {
    // Every control, the device's share menu included (it cannot run headless, so it is the one API replaced).
    restore = [stubNavigator('share', () => Promise.resolve()), stubNavigator('canShare', () => true)];
  });
  afterEach(() => restore.forEach((undo) => undo()));

  for (const [language, templates] of [
    ['en', english],
    ['en-XA', pseudo],
    ['cy', cy],
    ['ar', ar],
  ] as const) {
    it(`names the group and every control in ${language}`, async () => {
      const el = await render(html`<pm-share lang=${language} url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(base.getAttribute('lang')).to.equal(language);
      expect(base.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      expect(groupName(el)).to.equal(message(templates, 'share.heading'));
      const expected = expectedNames(templates as Record<string, unknown>);
      expect(networksShown(el)).to.deep.equal(NETWORKS);
      for (const each of controls(el)) {
        const network = each.dataset.network!;
        expect(nameOf(each), network).to.equal(expected[network]!.name);
        expect(visibleLabel(each), network).to.equal(expected[network]!.label);
      }
      const newTab = el.shadowRoot!.getElementById(control(el, 'facebook')!.getAttribute('aria-describedby')!)!;
      expect(newTab.textContent!.trim()).to.equal(message(templates, 'share.new-tab'));
    });
  }

  it('contains each visible English label in the accessible name (label in name)', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
    for (const each of controls(el)) {
      const label = visibleLabel(each).replace(/…$/u, '').toLowerCase();
      expect(nameOf(each).toLowerCase(), each.dataset.network).to.contain(label);
    }
  });

  it('takes the group’s name from the label attribute', async () => {
    const el = await render(html`<pm-share label="Spread the word" url=${URL_GIVEN}></pm-share>`);
    expect(groupName(el)).to.equal('Spread the word');
  });

  for (const variant of ['labels', 'icons']) {
    for (const language of ['en', 'ar']) {
      it(`passes axe: variant="${variant}", ${language}`, async () => {
        const el = await render(html`<pm-share lang=${language} variant=${variant} url=${URL_GIVEN} networks=${ALL_NETWORKS} instagram-href="https://www.instagram.com/example/"></pm-share>`);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('passes axe with the copy-by-hand field and the profile link shown', async () => {
    restore.push(stubNavigator('clipboard', undefined), stubNavigator('share', undefined));
    const el = await render(html`<pm-share url=${URL_GIVEN} networks="instagram" instagram-href="https://www.instagram.com/example/"></pm-share>`);
    control(el, 'instagram')!.click();
    for (let i = 0; i < 5 && !el.shadowRoot!.querySelector('.manual'); i++) await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.manual input')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="profile"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('variant="icons"', () => {
    it('shows no name, yet names every control for assistive technology', async () => {
      const el = await render(html`<pm-share variant="icons" url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
      const expected = expectedNames(english);
      for (const each of controls(el)) {
        expect(visibleLabel(each)).to.equal('');
        expect(nameOf(each)).to.equal(expected[each.dataset.network!]!.name);
        expect(getComputedStyle(each.querySelector('.tip')!).display).to.equal('none');
      }
    });

    it('does not widen a 320 px column with its hidden tooltips', async () => {
      const column = fixtureSync<HTMLElement>(html`<div class="column">
        <pm-share variant="icons" url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>
      </div>`);
      column.style.inlineSize = '320px';
      column.style.overflow = 'auto';
      const el = column.querySelector('pm-share')!;
      await el.updateComplete;
      expect(column.scrollWidth, 'the column scrolls sideways').to.be.at.most(column.clientWidth);
    });

    it('shows the name as a tooltip on keyboard focus and on hover; Escape hides it', async () => {
      // fixtureSync: the asynchronous fixture() waits for an animation frame, which a page running beside another never gets.
      const el = fixtureSync<HTMLElement>(html`<div>
        <button>before</button>
        <pm-share variant="icons" url=${URL_GIVEN} networks="facebook x copy"></pm-share>
      </div>`).querySelector('pm-share')!;
      await el.updateComplete;
      const tip = (network: string) => control(el, network)!.querySelector<HTMLElement>('.tip')!;
      (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'facebook'));
      expect(getComputedStyle(tip('facebook')).display).to.equal('block');
      expect(tip('facebook').textContent!.trim()).to.equal('Share on Facebook');
      expect(getComputedStyle(tip('x')).display).to.equal('none');
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(getComputedStyle(tip('facebook')).display, 'dismissed with Escape').to.equal('none');
      await sendKeys({press: 'Tab'});
      await el.updateComplete;
      expect(getComputedStyle(tip('x')).display, 'back on the next control').to.equal('block');

      const copy = control(el, 'copy')!.getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(copy.x + copy.width / 2), Math.round(copy.y + copy.height / 2)]});
      await el.updateComplete;
      expect(getComputedStyle(tip('copy')).display, 'on hover').to.equal('block');
      expect(tip('copy').textContent!.trim()).to.equal('Copy link');
      await sendMouse({type: 'move', position: [0, 0]});
    });
  });

  for (const variant of ['labels', 'icons']) {
    it(`gives every control at least 44 × 44 CSS px (variant="${variant}"), even in small host text`, async () => {
      const wrapper = fixtureSync(html`<div class="small-text">
        <pm-share variant=${variant} url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>
      </div>`);
      (wrapper as HTMLElement).style.fontSize = '10px';
      const el = wrapper.querySelector('pm-share')!;
      await el.updateComplete;
      for (const each of controls(el)) {
        const box = each.getBoundingClientRect();
        expect(box.width, each.dataset.network).to.be.at.least(44);
        expect(box.height, each.dataset.network).to.be.at.least(44);
      }
    });
  }

  it('shows a visible focus ring on the focused control', async () => {
    const el = fixtureSync<HTMLElement>(html`<div><button>before</button><pm-share url=${URL_GIVEN} networks="facebook"></pm-share></div>`);
    const share = el.querySelector('pm-share')!;
    await share.updateComplete;
    el.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    const focused = share.shadowRoot!.activeElement as HTMLElement;
    expect(focused).to.equal(control(share, 'facebook'));
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
  });

  for (const [direction, language] of [
    ['left to right', 'en'],
    ['right to left', 'ar'],
  ] as const) {
    it(`moves focus with Tab through the controls in reading order, ${direction}`, async () => {
      const wrapper = fixtureSync<HTMLElement>(html`<div>
        <button id="before">before</button>
        <pm-share lang=${language} url=${URL_GIVEN} networks="native facebook x email copy instagram"></pm-share>
        <button id="after">after</button>
      </div>`);
      wrapper.style.inlineSize = '60em';
      const el = wrapper.querySelector('pm-share')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({press: 'Tab'});
        order.push((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.network ?? 'outside');
      }
      expect(order).to.deep.equal(['native', 'facebook', 'x', 'email', 'copy', 'instagram']);
      await sendKeys({press: 'Tab'});
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({down: 'Shift'});
      for (let i = 0; i < 2; i++) await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.network, 'Shift+Tab goes back').to.equal('copy');

      const xs = controls(el).map((each) => each.getBoundingClientRect().x);
      const sorted = [...xs].sort((a, b) => (language === 'ar' ? b - a : a - b));
      expect(xs, `controls laid out ${direction}, in one row`).to.deep.equal(sorted);
      const top = controls(el).map((each) => each.getBoundingClientRect().y);
      expect(new Set(top).size).to.equal(1);
    });
  }

  it('mirrors the share-menu icon right to left, never a brand logo', async () => {
    const ltr = await render(html`<pm-share url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
    const rtl = await render(html`<pm-share lang="ar" url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
    const transform = (el: PeopleMoveShare, network: string) => getComputedStyle(control(el, network)!.querySelector('svg')!).transform;
    expect(transform(rtl, 'native')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(transform(ltr, 'native')).to.equal('none');
    for (const network of NETWORKS.filter((id) => id !== 'native')) {
      expect(transform(rtl, network), network).to.equal('none');
    }
  });

  it('draws every icon inline, hidden from assistive technology', async () => {
    const el = await render(html`<pm-share url=${URL_GIVEN} networks=${ALL_NETWORKS}></pm-share>`);
    for (const each of controls(el)) {
      const icon = each.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden'), each.dataset.network).to.equal('true');
      // Each icon is drawn on its own square grid (scripts/icons.mjs).
      expect(icon.getAttribute('viewBox'), each.dataset.network).to.match(/^0 0 (\d+) \1$/u);
      expect(icon.querySelector('path')!.getAttribute('d')!.length, each.dataset.network).to.be.greaterThan(50);
      const box = icon.getBoundingClientRect();
      expect(box.width, each.dataset.network).to.be.greaterThan(10);
    }
  });
});
