// Issue 13: the language runtime (loaded only for a language other than English)
// cannot be fetched. The element keeps English, fires `pm-locale-error`, warns
// once and rejects nothing into the page. A file of its own: a page keeps a module
// that failed to load as failed.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/elements/pm-share/define.js';
import {listenForLocaleErrors, type PeopleMove, renderedLocale, warningsDuring} from '../support/i18n-checks.js';

describe('the language runtime cannot be fetched', () => {
  it('a Welsh element keeps English, fires pm-locale-error naming cy, warns once and rejects nothing', async () => {
    await executeServerCommand('serve-missing', {urlPatterns: ['*/i18n/language-runtime.*']});
    const heard = listenForLocaleErrors();
    const element = document.createElement('pm-share') as PeopleMove;
    element.lang = 'cy';
    try {
      const warnings = await warningsDuring(async () => {
        document.body.append(element);
        await waitUntil(() => heard.errors.length > 0, 'no pm-locale-error', {timeout: 5000});
        await element.updateComplete;
      });
      expect(heard.errors).to.deep.equal(['cy']);
      expect(renderedLocale(element)).to.equal('en');
      expect(element.shadowRoot!.querySelector('.label')!.textContent).to.equal('Share this');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('[people-move]').and.to.contain('showing English');
      expect(heard.rejections).to.deep.equal([]);
    } finally {
      heard.stop();
      element.remove();
      await executeServerCommand('serve-missing', {urlPatterns: []});
    }
  });
});
