// Issue 13: the language runtime (loaded only for a language other than English)
// cannot be fetched. The element keeps English, fires `pm-locale-error`, warns
// once and rejects nothing into the page. A file of its own: a page keeps a module
// that failed to load as failed.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/elements/pm-share/define.js';
import type {LocaleErrorDetail} from '../../src/base/people-move-element.js';
import {type PeopleMove, renderedLocale, warningsDuring} from '../support/i18n-checks.js';

describe('the language runtime cannot be fetched', () => {
  it('a Welsh element keeps English, fires pm-locale-error naming cy, warns once and rejects nothing', async () => {
    await executeServerCommand('serve-missing', {urlPatterns: ['*/i18n/language-runtime.*']});
    const errors: string[] = [];
    const rejections: unknown[] = [];
    const onError = (event: Event) => errors.push((event as CustomEvent<LocaleErrorDetail>).detail.locale);
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    document.addEventListener('pm-locale-error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const element = document.createElement('pm-share') as PeopleMove;
    element.lang = 'cy';
    try {
      const warnings = await warningsDuring(async () => {
        document.body.append(element);
        await waitUntil(() => errors.length > 0, 'no pm-locale-error', {timeout: 5000});
        await element.updateComplete;
      });
      expect(errors).to.deep.equal(['cy']);
      expect(renderedLocale(element)).to.equal('en');
      expect(element.shadowRoot!.querySelector('.label')!.textContent).to.equal('Share this');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('[people-move]').and.to.contain('showing English');
      expect(rejections).to.deep.equal([]);
    } finally {
      document.removeEventListener('pm-locale-error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      element.remove();
      await executeServerCommand('serve-missing', {urlPatterns: []});
    }
  });
});
