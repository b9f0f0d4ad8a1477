// Issue 13, pay for what you import: an element whose language is plainly English
// (none set, `en`, `en-GB`) renders without the language runtime
// (src/i18n/language-runtime.ts); the first element in any other language loads
// it, once, and renders in that language with no English first. If the runtime
// cannot be fetched, the element keeps English, fires `pm-locale-error` and warns
// once (language-runtime-missing.test.ts). English first, then Welsh, so each
// step sees what the page fetched.
import {expect, html} from '@open-wc/testing';
import '../../src/elements/pm-share/define.js';
import {mount, type PeopleMove, renderedLocale, rendersIn} from '../support/i18n-checks.js';

/** The modules of the language runtime the page fetched (the runner serves each source file on its own). */
const runtimeModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/i18n\/(language-runtime|resolve-locale|match|languages|load-locale|language-picker)\.[jt]s/.exec(entry.name)?.[1])
    .filter((name) => name !== undefined);

describe('the language runtime, loaded only for a language other than English', () => {
  it('renders English pages without it: no lang, lang="en", lang="en-GB" around it, lang="EN-001" on it', async () => {
    const page = await mount(html`<div>
      <pm-share></pm-share>
      <pm-share lang="en"></pm-share>
      <div lang="en-GB"><pm-share></pm-share></div>
      <pm-share lang="EN-001"></pm-share>
    </div>`);
    const elements = [...page.querySelectorAll<PeopleMove>('pm-share')];
    expect(elements.map(renderedLocale)).to.deep.equal(['en', 'en', 'en', 'en']);
    expect(elements.map((each) => each.shadowRoot!.querySelector('.label')!.textContent)).to.deep.equal(Array(4).fill('Share this'));
    expect(runtimeModules(), 'modules of the language runtime fetched').to.deep.equal([]);
    page.remove();
  });

  it('loads it once for a page in Welsh, and every element renders Welsh first, never English', async () => {
    const page = document.createElement('div');
    page.lang = 'cy';
    page.innerHTML = '<pm-share></pm-share><pm-share lang="cy"></pm-share><pm-share lang="ar"></pm-share>';
    const elements = [...page.querySelectorAll<PeopleMove>('pm-share')];
    const firstRenders: (string | null)[] = [];
    for (const each of elements) {
      (each as PeopleMove & {addController(c: object): void}).addController({hostUpdated: () => firstRenders.push(renderedLocale(each))});
    }
    document.body.append(page);
    await rendersIn(elements[0]!, 'cy');
    await rendersIn(elements[1]!, 'cy');
    await rendersIn(elements[2]!, 'ar');
    expect(firstRenders.slice(0, 3).sort()).to.deep.equal(['ar', 'cy', 'cy']);
    expect(runtimeModules().sort(), 'each module of the language runtime fetched once').to.deep.equal(
      ['language-picker', 'language-runtime', 'languages', 'load-locale', 'match', 'resolve-locale'],
    );
    page.remove();
  });
});
