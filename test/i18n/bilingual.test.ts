import {expect, html} from '@open-wc/testing';
import '../../src/elements/pm-campaign/define.js';
import {templates as cy} from '../../src/generated/locales/cy.js';
import {innerRoot, mount, type PeopleMove, renderedLocale, rendersIn, shownText} from '../support/i18n-checks.js';

const WELSH_ONLY = [cy['manifesto.vision.heading'], cy['manifesto.mission.text'], cy['values.heading'], cy['values.justice']];
const ENGLISH_ONLY = ['Vision', 'Our values', 'Justice'];

describe('a bilingual Welsh and English page', () => {
  it('shows a Welsh and an English element side by side, each in its own language, through re-renders', async () => {
    const page = await mount(html`<main lang="en">
      <pm-manifesto lang="cy"></pm-manifesto><pm-manifesto></pm-manifesto>
      <pm-values lang="cy"></pm-values><pm-values></pm-values>
    </main>`);
    const [welshManifesto, englishManifesto] = page.querySelectorAll<PeopleMove>('pm-manifesto');
    const [welshValues, englishValues] = page.querySelectorAll<PeopleMove>('pm-values');
    await rendersIn(welshManifesto, 'cy');
    await rendersIn(welshValues, 'cy');

    for (let round = 0; round < 3; round++) {
      // Both languages render in the same task, interleaved: neither may leak into the other.
      for (const element of [welshManifesto, englishManifesto, welshValues, englishValues]) element.requestUpdate();
      await Promise.all([welshManifesto, englishManifesto, welshValues, englishValues].map((each) => each.updateComplete));
      const welsh = [...shownText(welshManifesto), ...shownText(welshValues)];
      const english = [...shownText(englishManifesto), ...shownText(englishValues)];
      expect(welsh).to.include.members(WELSH_ONLY);
      expect(welsh).not.to.include('Vision');
      expect(welsh).not.to.include('Justice');
      expect(english).to.include.members(ENGLISH_ONLY);
      for (const text of WELSH_ONLY) expect(english).not.to.include(text);
    }
    expect(innerRoot(welshValues).lang).to.equal('cy');
    expect(innerRoot(englishValues).lang).to.equal('en');
  });

  it('passes the language of <pm-campaign> to the elements inside it, and not to a sibling campaign', async () => {
    const page = await mount(html`<div lang="en"><pm-campaign lang="cy"></pm-campaign><pm-campaign></pm-campaign></div>`);
    const [welsh, english] = page.querySelectorAll<PeopleMove>('pm-campaign');
    await rendersIn(welsh, 'cy');
    const inner = (campaign: Element) => [...campaign.shadowRoot!.querySelectorAll<PeopleMove>('pm-manifesto, pm-values, pm-share')];
    expect(inner(welsh)).to.have.length(3);
    for (const element of inner(welsh)) await rendersIn(element, 'cy');
    for (const element of inner(english)) expect(renderedLocale(element), element.localName).to.equal('en');
    expect(shownText(welsh)).to.include.members(WELSH_ONLY);
    expect(shownText(english)).to.include.members(ENGLISH_ONLY);
  });

  it('is accessible in both languages', async () => {
    const page = await mount(html`<main lang="en"><pm-values lang="cy"></pm-values><pm-values></pm-values></main>`);
    await rendersIn(page.querySelector<PeopleMove>('pm-values')!, 'cy');
    await expect(page).to.be.accessible();
  });
});
