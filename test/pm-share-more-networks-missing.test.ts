// Issue 13: the module of the networks not shown by default cannot be fetched.
// The element shows the networks it has, warns once and throws nothing; named
// only such networks, it shows the copy control, never an empty box. A file of
// its own: a page keeps a module that failed to load as failed.
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {networksShown, render, warningsDuring} from './support/pm-share-checks.js';

describe('<pm-share>: the networks not shown by default cannot be fetched', () => {
  before(() => executeServerCommand('serve-missing', {urlPatterns: ['*/pm-share/more-targets.*']}));
  after(() => executeServerCommand('serve-missing', {urlPatterns: []}));

  it('shows the others, or the copy control, with one warning and nothing thrown', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      let mixed, onlyMore;
      const warnings = await warningsDuring(async () => {
        mixed = await render(html`<pm-share url="https://example.org/" networks="linkedin whatsapp telegram email"></pm-share>`);
        onlyMore = await render(html`<pm-share url="https://example.org/" networks="threads"></pm-share>`);
      });
      expect(networksShown(mixed!)).to.deep.equal(['whatsapp', 'email']);
      expect(networksShown(onlyMore!)).to.deep.equal(['copy']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('[people-move]').and.to.contain('networks not shown by default').and.to.contain('showing the others');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
