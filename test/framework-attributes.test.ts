// Issue 12, item 7: on framework pages (React 19, Vue), the host's markup is
// compared with what the browser holds. An element adds no attribute the
// author did not write: defaults apply when rendering, not on the tag.
import {expect, html} from '@open-wc/testing';
import '../src/index.js';
import {mount as fixture} from './support/i18n-checks.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

describe('field: framework pages', () => {
  it('adds no attribute to a tag the author wrote bare', async () => {
    const page = await fixture<HTMLElement>(html`<div><pm-manifesto></pm-manifesto><pm-values></pm-values><pm-share></pm-share><pm-campaign></pm-campaign></div>`);
    const widgets = [...page.children] as Widget[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(widgets.map((widget) => widget.getAttributeNames())).to.deep.equal([[], [], [], []]);
    expect(widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'))).to.equal(true);
  });

  it('renders the defaults (full manifesto, value cards, labelled share buttons)', async () => {
    const manifesto = await fixture<Widget>(html`<pm-manifesto></pm-manifesto>`);
    expect(manifesto.shadowRoot!.querySelector('section')!.classList.contains('full')).to.equal(true);
    const values = await fixture<Widget>(html`<pm-values></pm-values>`);
    const explicit = await fixture<Widget>(html`<pm-values layout="grid"></pm-values>`);
    expect(values.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(explicit.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, ''));
    const share = await fixture<Widget>(html`<pm-share></pm-share>`);
    const labelled = await fixture<Widget>(html`<pm-share variant="labels"></pm-share>`);
    expect(share.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(labelled.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, ''));
  });

  it('reflects a property the author set (as React 19 and Vue set them)', async () => {
    const share = await fixture<Widget & {variant?: string}>(html`<pm-share></pm-share>`);
    share.variant = 'icons';
    await share.updateComplete;
    expect(share.getAttribute('variant')).to.equal('icons');
  });
});
