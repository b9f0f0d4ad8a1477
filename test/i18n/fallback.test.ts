import {expect, html} from '@open-wc/testing';
import '../../src/elements/pm-values/define.js';
import {translatedShare} from '../../src/generated/locale-status.js';
import {templates as fa} from '../../src/generated/locales/fa.js';
import {templates as pseudo} from '../../src/generated/locales/en-XA.js';
import {templates as pt} from '../../src/generated/locales/pt.js';
import {templates as tr} from '../../src/generated/locales/tr.js';
import {AUTO_SELECT_THRESHOLD} from '../../src/i18n/languages.js';
import {mount, type PeopleMove, renderedLocale, rendersIn, shownText, warningsDuring} from '../support/i18n-checks.js';

/**
 * Runs `run` with the build's record of how much of some languages is
 * translated set to `shares` (the table `npm run i18n:build` writes from the
 * XLIFF files), so the 90 % rule is tested whatever the translators' progress.
 */
async function withShares(shares: Record<string, number>, run: () => Promise<void>): Promise<void> {
  const saved = {...translatedShare};
  Object.assign(translatedShare, shares);
  try {
    await run();
  } finally {
    Object.assign(translatedShare, saved);
  }
}

/** Runs `run` with the browser reporting `languages` as the reader's preferences. */
async function withBrowserLanguages(languages: string[], run: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'languages', {configurable: true, get: () => languages});
  try {
    await run();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).languages;
  }
}

async function valuesIn(markup: ReturnType<typeof html>): Promise<PeopleMove> {
  const page = await mount(markup);
  const element = page.matches('pm-values') ? page : page.querySelector('pm-values')!;
  await (element as PeopleMove).updateComplete;
  return element as PeopleMove;
}

describe('the fallback chain', () => {
  it('shows Portuguese for pt-BR, on the element and from the page', () =>
    withShares({pt: 1}, async () => {
      const own = await valuesIn(html`<pm-values lang="pt-BR"></pm-values>`);
      await rendersIn(own, 'pt');
      expect(shownText(own)).to.include(pt['values.justice']);
      const fromPage = await valuesIn(html`<div lang="pt-BR"><pm-values></pm-values></div>`);
      await rendersIn(fromPage, 'pt');
    }));

  it('ends in English, with one warning, for a language not shipped (de-AT → de → en)', async () => {
    const warnings = await warningsDuring(async () => {
      const page = await mount(html`<div><pm-values lang="de-AT"></pm-values><pm-values lang="de-AT"></pm-values></div>`);
      for (const element of page.querySelectorAll<PeopleMove>('pm-values')) {
        await element.updateComplete;
        expect(renderedLocale(element)).to.equal('en');
        expect(shownText(element)).to.include('Justice');
      }
    });
    expect(warnings).to.deep.equal(['[people-move] No translation for language "de-AT"; showing English.']);
  });

  it('does not fall back to a language written in another script (pa-PK, Shahmukhi, is not the Gurmukhi pa)', async () => {
    const warnings = await warningsDuring(async () => {
      const element = await valuesIn(html`<pm-values lang="pa-PK"></pm-values>`);
      expect(renderedLocale(element)).to.equal('en');
    });
    expect(warnings).to.have.length(1);
    const gurmukhi = await valuesIn(html`<pm-values lang="pa-IN"></pm-values>`);
    await rendersIn(gurmukhi, 'pa');
  });

  it('shows English, with one warning, for a tag that is not a language at all', async () => {
    const warnings = await warningsDuring(async () => {
      const element = await valuesIn(html`<pm-values lang="not a language!"></pm-values>`);
      expect(renderedLocale(element)).to.equal('en');
    });
    expect(warnings).to.have.length(1);
  });
});

describe('lang="auto"', () => {
  it('follows the first of the reader’s browser languages that is shipped', () =>
    withShares({fa: 1}, () =>
      withBrowserLanguages(['ja-JP', 'fa-IR', 'en-GB'], async () => {
        const element = await valuesIn(html`<pm-values lang="auto"></pm-values>`);
        await rendersIn(element, 'fa');
        expect(shownText(element)).to.include(fa['values.justice']);
      }),
    ));

  it('works set on an ancestor too, and keeps English when the reader prefers it', () =>
    withBrowserLanguages(['en-GB', 'cy'], async () => {
      const element = await valuesIn(html`<div lang="auto"><pm-values></pm-values></div>`);
      expect(renderedLocale(element)).to.equal('en');
    }));
});

describe('the 90 % rule', () => {
  it('never picks a language under 90 % translated from the page or the browser, but honours it on the element', () =>
    withShares({tr: AUTO_SELECT_THRESHOLD - 0.01}, async () => {
      let fromPage: PeopleMove | undefined;
      const warnings = await warningsDuring(async () => {
        fromPage = await valuesIn(html`<div lang="tr"><pm-values></pm-values></div>`);
        await withBrowserLanguages(['tr', 'en'], async () => {
          const auto = await valuesIn(html`<pm-values lang="auto"></pm-values>`);
          expect(renderedLocale(auto), 'lang="auto"').to.equal('en');
        });
      });
      expect(renderedLocale(fromPage!), 'from the page').to.equal('en');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"tr" translation is not complete enough').and.to.contain('lang="tr"');
      const asked = await valuesIn(html`<div lang="en"><pm-values lang="tr"></pm-values></div>`);
      await rendersIn(asked, 'tr');
      expect(shownText(asked)).to.include(tr['values.justice']);
    }));

  it('picks a language at exactly 90 % from the page', () =>
    withShares({tr: AUTO_SELECT_THRESHOLD}, async () => {
      const element = await valuesIn(html`<div lang="tr"><pm-values></pm-values></div>`);
      await rendersIn(element, 'tr');
    }));
});

describe('the pseudo-locale en-XA', () => {
  it('is never picked from the page or the browser', async () => {
    const fromPage = await valuesIn(html`<div lang="en-XA"><pm-values></pm-values></div>`);
    expect(renderedLocale(fromPage)).to.equal('en');
    await withBrowserLanguages(['en-XA'], async () => {
      const auto = await valuesIn(html`<pm-values lang="auto"></pm-values>`);
      expect(renderedLocale(auto)).to.equal('en');
      expect(shownText(auto)).to.include('Justice');
    });
  });

  it('renders accented, longer, bracketed English when asked for by name', async () => {
    const element = await valuesIn(html`<pm-values lang="en-XA"></pm-values>`);
    await rendersIn(element, 'en-XA');
    const justice = pseudo['values.justice'];
    expect(justice).to.match(/^⟦Ĵüšţíçé ·+⟧$/);
    expect(justice.length).to.be.at.least(Math.ceil('Justice'.length * 1.4));
    expect(shownText(element)).to.include(justice);
    expect(shownText(element)).not.to.include('Justice');
  });
});
