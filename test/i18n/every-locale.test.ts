import {expect} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../../src/elements/pm-manifesto/define.js';
import '../../src/elements/pm-values/define.js';
import '../../src/elements/pm-share/define.js';
import {allLocales, sourceLocale} from '../../src/generated/locale-codes.js';
import {localeLoaders} from '../../src/generated/locale-loaders.js';
import {SHIPPED_LOCALES, SOURCE_LOCALE} from '../../src/i18n/languages.js';
import {mount, type PeopleMove, rendersIn, shownText} from '../support/i18n-checks.js';

/**
 * For every shipped language and every element: each message the element
 * shows in English (found by its id) shows translated wherever the language's
 * built module (src/generated/locales/<code>.ts) has a translation, and its
 * English is gone. Written against message ids, not element markup.
 */

const ELEMENTS = ['pm-manifesto', 'pm-values', 'pm-share'];

/** A message as text, or as the parts around its placeholders. */
type Message = string | {strings: readonly string[]};
type Templates = Record<string, Message>;

/** Whether `shown` (one run of text or one accessible name) is exactly `message`, placeholders filled with anything. */
function matches(message: Message, shown: string): boolean {
  if (typeof message === 'string') return shown === message.replace(/\s+/g, ' ').trim();
  const pattern = message.strings.map((part) => part.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
  return new RegExp(`^${pattern.trim()}$`).test(shown);
}

const same = (a: Message, b: Message) => JSON.stringify(typeof a === 'string' ? a : a.strings) === JSON.stringify(typeof b === 'string' ? b : b.strings);

/** The English each message of `code`'s XLIFF file was translated from, by id. */
async function englishOf(code: string): Promise<Map<string, Message>> {
  const response = await fetch(`/locales/${code}.xlf`);
  expect(response.ok, `/locales/${code}.xlf`).to.equal(true);
  const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const english = new Map<string, Message>();
  for (const unit of document.querySelectorAll('trans-unit')) {
    const strings = [''];
    for (const node of unit.querySelector('source')!.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) strings.push('');
      else strings[strings.length - 1] += node.textContent;
    }
    english.set(unit.getAttribute('id')!, strings.length === 1 ? strings[0] : {strings});
  }
  return english;
}

async function render(tag: string, lang: string): Promise<string[]> {
  const element = await mount<PeopleMove>(staticHtml`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
  await rendersIn(element, lang);
  return shownText(element);
}

describe('every shipped language renders every element', () => {
  let english: Map<string, Message>;
  const inEnglish = new Map<string, string[]>();

  before(async () => {
    english = await englishOf('cy');
    for (const tag of ELEMENTS) inEnglish.set(tag, await render(tag, SOURCE_LOCALE));
  });

  it('ships 21 languages, English first, the source language of lit-localize.json', () => {
    expect(SHIPPED_LOCALES).to.have.length(21);
    expect(SHIPPED_LOCALES[0]).to.equal('en');
    expect(SOURCE_LOCALE).to.equal(sourceLocale);
    expect([...SHIPPED_LOCALES].sort()).to.deep.equal([...allLocales].sort());
  });

  it('finds, in English, the messages each element shows', () => {
    for (const tag of ELEMENTS) {
      const ids = [...english].filter(([, message]) => inEnglish.get(tag)!.some((shown) => matches(message, shown)));
      expect(ids.length, `messages found in <${tag}>`).to.be.at.least(1);
    }
  });

  for (const code of SHIPPED_LOCALES.filter((each) => each !== SOURCE_LOCALE)) {
    it(`${code}: no English left where a translation exists`, async () => {
      const {templates} = (await localeLoaders[code]()) as unknown as {templates: Templates};
      const sources = await englishOf(code);
      let translated = 0;
      for (const tag of ELEMENTS) {
        const shown = await render(tag, code);
        for (const [id, message] of Object.entries(templates)) {
          const source = sources.get(id) ?? english.get(id);
          if (source === undefined || !inEnglish.get(tag)!.some((each) => matches(source, each))) continue;
          const where = `<${tag} lang="${code}">, message ${id}`;
          expect(shown.some((each) => matches(message, each)), `${where}: ${JSON.stringify(message)} shown`).to.equal(true);
          if (same(message, source)) continue;
          translated++;
          expect(shown.some((each) => matches(source, each)), `${where}: English ${JSON.stringify(source)} left`).to.equal(false);
        }
      }
      const expected = Object.entries(templates).filter(([id, message]) => !same(message, sources.get(id) ?? '')).length;
      if (expected > 0) expect(translated, `${code}: translated messages checked`).to.be.at.least(1);
    });
  }
});
