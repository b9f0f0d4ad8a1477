import {expect, html} from '@open-wc/testing';
import {templates as cy} from '../../src/generated/locales/cy.js';
import {mount, type PeopleMove, rendersIn, shownText} from '../support/i18n-checks.js';

/**
 * The built CDN bundle (`npm run build`) loads each language's messages from
 * its own folder (dist/cdn/locales/<code>-<hash>.js), relative to its own URL,
 * wherever it is served from. This file imports only the bundle, so the
 * elements here are the bundle's own.
 */
const BUNDLE = '/dist/cdn/people-move.js';

describe('the CDN bundle’s language files', () => {
  before(async () => {
    const response = await fetch(BUNDLE, {method: 'HEAD'});
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before this test`);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('renders a Welsh element with the Welsh messages loaded from beside the bundle', async () => {
    const element = await mount<PeopleMove>(html`<pm-values lang="cy"></pm-values>`);
    await rendersIn(element, 'cy');
    expect(shownText(element)).to.include.members([cy['values.heading'], cy['values.justice']]);
    expect(shownText(element)).not.to.include('Justice');

    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => /^\/dist\/cdn\/locales\/cy-[\w-]+\.js$/.test(path)), 'the Welsh chunk').to.have.length(1);
    // The test reads its expected Welsh from src/generated/locales/cy.ts; no element or runtime code comes from src/.
    const fromSources = loaded.filter((path) => path.startsWith('/src/') && path !== '/src/generated/locales/cy.ts');
    expect(fromSources, 'element code from the sources').to.deep.equal([]);
  });
});
