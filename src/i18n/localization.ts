import type {LocaleModule, msg as litMsg, MsgOptions, str as litStr, StrResult, TemplateLike} from '@lit/localize';

/**
 * The one owner of the widgets' messages.
 *
 * @lit/localize keeps one active locale, and one `msg()` implementation, per
 * copy of its module: whoever configures it first owns it, and a second
 * `configureLocalization` throws. A host app that uses @lit/localize itself
 * (the npm build shares its copy) must own it. So the widgets install nothing
 * into @lit/localize: their content modules call this module's `msg()`, which
 * @lit/localize's extractor reads as its own (it goes by the type), and which
 * answers in the language set around each element's synchronous render by
 * `inLocale()`. Every element speaks its own language (a Welsh and an English
 * box on one page), whatever locale the host app has chosen for its own
 * messages. Locale modules are loaded lazily, once each, and shared
 * (`load-locale.ts`, part of the language runtime that an English page never
 * loads); this module only holds what is loaded and answers from it.
 */

/**
 * The language the widgets are written in, which needs nothing loaded: lit-localize.json's `sourceLocale`
 * (test/i18n/every-locale.test.ts checks they agree), written here so that a page in English loads none of
 * the generated language lists.
 */
export const SOURCE_LOCALE: string = 'en';

const loaded = new Map<string, LocaleModule>();
let activeLocale = SOURCE_LOCALE;

/** `strings` with `values` between them; `order` says which value goes in each gap (a translation may reorder them). */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let text = strings[0] ?? '';
  for (let gap = 1; gap < strings.length; gap++) text += String(values[order ? order[gap - 1]! : gap - 1]) + strings[gap];
  return text;
}

function isStr(template: TemplateLike): template is StrResult {
  return typeof template === 'object' && 'strTag' in template;
}

/**
 * The message `template` (a string, or a `str` template) in the language of
 * the render under way, looked up by its `id` (every message of the widgets
 * has one; one without answers in English). No message of the widgets is an
 * `html` template, which this does not translate.
 */
export const msg = ((template: TemplateLike, options?: MsgOptions) => {
  const translated = options?.id === undefined ? undefined : loaded.get(activeLocale)?.templates[options.id];
  if (typeof translated === 'string') return translated;
  if (isStr(template)) {
    return translated !== undefined && isStr(translated)
      ? join(translated.strings, template.values, translated.values as number[])
      : join(template.strings, template.values);
  }
  return template;
}) as typeof litMsg;

/**
 * @lit/localize's `str` tag, written here so that a page's bundle that only
 * renders English never loads @lit/localize itself (its runtime, message-id
 * hashing: about 0.5 kB gzip); its type is what the extractor recognises.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({strTag: true, strings, values})) as typeof litStr;

/** Runs `render` with `msg()` answering in `locale`. */
export function inLocale<T>(locale: string, render: () => T): T {
  const outer = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = outer;
  }
}

/** Whether `locale`'s messages are ready to render now. */
export function isLocaleReady(locale: string): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/** Keeps `locale`'s loaded messages, for `msg()` to answer from. */
export function addLocale(locale: string, module: LocaleModule): void {
  loaded.set(locale, module);
}
