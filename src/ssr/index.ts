/**
 * Server-side rendering: People Move elements as HTML with declarative shadow
 * DOM, in the language you choose, for static-site generators (Eleventy,
 * Astro, a build script). The HTML shows the campaign before any script runs
 * and with JavaScript off; the CDN or npm script then takes the elements over.
 *
 * Runs in Node from the npm build, `people-move-widgets/ssr`, and needs
 * `@lit-labs/ssr` installed beside it.
 *
 * ```js
 * import {renderElement} from 'people-move-widgets/ssr';
 * const html = await renderElement('pm-manifesto', {lang: 'cy', attributes: {'heading-level': '2'}});
 * ```
 */
import {LitElementRenderer, render} from '@lit-labs/ssr';
import type {CSSResult, LitElement} from 'lit';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../index.js';
import {SOURCE_LOCALE} from '../i18n/languages.js';
import {loadLanguageRuntime} from '../i18n/load-language-runtime.js';
import {loadLocale} from '../i18n/load-locale.js';
import {loadMoreTargets} from '../elements/pm-share/targets.js';
import {matchLocale} from '../i18n/match.js';
import {LocaleElementRenderer, type PageRenderInfo} from './locale-renderer.js';
import {openingTag, type AttributeValues} from './opening-tag.js';

export {LocaleElementRenderer} from './locale-renderer.js';

/** The People Move elements, each with a stylesheet in the package's `dist/ssr/styles/`. */
export const ELEMENT_TAGS = ['pm-manifesto', 'pm-values', 'pm-share', 'pm-campaign'];
export type {AttributeValues} from './opening-tag.js';

/** Element renderers for `@lit-labs/ssr`'s own `render()`, for a pipeline that already uses it. */
export const elementRenderers = [LocaleElementRenderer, LitElementRenderer];

export interface RenderElementOptions {
  /**
   * The language to render in, a BCP 47 tag (`cy`, `pt-BR`, `ar`). It is
   * written on the element as `lang`, so the browser keeps the same language
   * when the script takes over. Default: English, and no `lang`, so the
   * element follows the page's language once the script runs.
   */
  lang?: string;
  /** The element's other attributes, as in HTML: `{'heading-level': '2', 'language-picker': true}`. */
  attributes?: AttributeValues;
  /**
   * The address of the page the HTML goes on, which elements otherwise read
   * from the browser's `document` (<pm-share> shares it). Default: none, and
   * <pm-share> links to the campaign's home page until the script takes over.
   */
  pageUrl?: string;
  /**
   * Where the package's shadow-root stylesheets (`dist/ssr/styles/<tag>.css`,
   * `people-move-widgets/ssr/styles/…`) are served from this site, such as
   * `/assets/people-move/`. Each shadow root then links its stylesheet instead
   * of holding an inline `<style>`, so the HTML works under a CSP of
   * `style-src 'self'`. Default: inline `<style>` (which needs `'unsafe-inline'`
   * or the hashes from `styleHashes()` in `style-src`).
   */
  stylesHref?: string;
}

/** The options of `renderTemplate()`: see {@link RenderElementOptions}. */
export type RenderTemplateOptions = Pick<RenderElementOptions, 'pageUrl' | 'stylesHref'>;

/**
 * Loads `lang`'s messages, so that a render in it can start at once. Resolves
 * to the shipped language that will be used (`pt-BR` → `pt`; English when
 * there is no translation for `lang`).
 */
export async function preloadLocale(lang: string): Promise<string> {
  const locale = matchLocale(lang, false) ?? SOURCE_LOCALE;
  return (await loadLocale(locale)) ? locale : SOURCE_LOCALE;
}

/**
 * The CSS of `<tag>`'s shadow root: what its inline `<style>` holds, and what
 * `dist/ssr/styles/<tag>.css` ships for `stylesHref`. Throws a TypeError for
 * a tag that is not a People Move element.
 */
export function shadowStylesheet(tag: string): string {
  openingTag(tag, {});
  const element = customElements.get(tag) as unknown as typeof LitElement;
  return element.elementStyles.map((style) => (style as CSSResult).cssText).join('');
}

/** The CSP sources (`'sha256-…'`) that allow every element's inline `<style>` in `style-src`, for pages that keep them inline. */
export async function styleHashes(): Promise<string[]> {
  const hash = async (css: string) => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
  };
  return Promise.all(ELEMENT_TAGS.map((tag) => hash(shadowStylesheet(tag))));
}

/**
 * Renders any Lit template holding People Move elements (from `lit`'s `html`)
 * to an HTML string. Each element speaks its own `lang`, else that of the
 * People Move element it is in, else English. `pageUrl` is the address of the
 * page the HTML goes on.
 */
export function renderTemplate(template: unknown, {pageUrl, stylesHref}: RenderTemplateOptions = {}): Promise<string> {
  const renderInfo: Partial<PageRenderInfo> = {elementRenderers, pageUrl, stylesHref};
  // What the browser loads before rendering: the language runtime and the language menu's names (for a menu),
  // the networks <pm-share> does not show by default (for a `networks` that names one).
  const names = loadLanguageRuntime().then((runtime) => runtime?.loadNativeNames());
  return Promise.all([names, loadMoreTargets()]).then(() => collectResult(render(template, renderInfo)));
}

/**
 * Renders `<tag>` (`pm-manifesto`, `pm-values`, `pm-share`, `pm-campaign`)
 * with its shadow DOM as a declarative `<template shadowrootmode="open">`.
 * Attribute values are escaped; a tag that is not a People Move element, or an
 * attribute name that is not a plain lowercase name, throws a TypeError.
 */
export async function renderElement(tag: string, options: RenderElementOptions = {}): Promise<string> {
  const attributes: AttributeValues = {...options.attributes};
  if (options.lang !== undefined) {
    attributes.lang = options.lang;
    await preloadLocale(options.lang);
  }
  const open = openingTag(tag, attributes);
  const {pageUrl, stylesHref} = options;
  const rendered = await renderTemplate(html`${unsafeStatic(open)}${unsafeStatic(`</${tag}>`)}`, {pageUrl, stylesHref});
  // The markers around the whole string belong to this one-off template, which no client hydrates.
  return rendered.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
