import {expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/elements/pm-values/define.js';
import {templates as cy} from '../../src/generated/locales/cy.js';
import {listenForLocaleErrors as listen, mount, type PeopleMove, renderedLocale, rendersIn, shownText, warningsDuring} from '../support/i18n-checks.js';

describe('a locale module the server answers with 404', () => {
  before(() => executeServerCommand('serve-missing', {urlPatterns: ['*/generated/locales/so.*', '*/generated/locales/ti.*']}));
  after(() => executeServerCommand('serve-missing', {urlPatterns: []}));

  it('leaves English on screen, fires pm-locale-error naming the language, warns once and rejects nothing into the page', async () => {
    const heard = listen();
    const element = document.createElement('pm-values') as PeopleMove;
    element.lang = 'so';
    const warnings = await warningsDuring(async () => {
      document.body.append(element);
      await waitUntil(() => heard.errors.length > 0, 'no pm-locale-error', {timeout: 5000});
      await element.updateComplete;
    });
    heard.stop();
    element.remove();
    expect(heard.errors).to.deep.equal(['so']);
    expect(renderedLocale(element)).to.equal('en');
    expect(shownText(element)).to.include.members(['Our values', 'Justice']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"so"').and.to.contain('showing English');
    expect(heard.rejections).to.deep.equal([]);
  });

  it('puts the menu back on the page’s language when the language picked there cannot load', async () => {
    const page = await mount(html`<div lang="cy"><pm-values language-picker></pm-values></div>`);
    const element = page.querySelector<PeopleMove>('pm-values')!;
    await rendersIn(element, 'cy');
    const heard = listen();
    const select = element.shadowRoot!.querySelector('select')!;
    await warningsDuring(async () => {
      select.value = 'ti';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => heard.errors.length > 0, 'no pm-locale-error', {timeout: 5000});
      await element.updateComplete;
    });
    heard.stop();
    expect(heard.errors).to.deep.equal(['ti']);
    expect(renderedLocale(element)).to.equal('cy');
    expect(shownText(element)).to.include(cy['values.justice']);
    expect(select.value).to.equal('cy');
    expect(heard.rejections).to.deep.equal([]);
  });
});
