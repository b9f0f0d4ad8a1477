import {CAMPAIGN_HOME_URL, MANIFESTO_URL, SHOP_URL} from '../campaign/urls.js';
import {SHIPPED_LOCALES, SOURCE_LOCALE} from '../i18n/languages.js';
import {TARGETS} from '../elements/pm-share/all-targets.js';
import {DEFAULT_NETWORKS, NETWORK_IDS, type NetworkId} from '../elements/pm-share/targets.js';

/**
 * The choices behind every export (script snippet, HTML without JavaScript,
 * email HTML), shared by the builder page and the `export` command, and their
 * checking: a bad value is refused with a message that says what is allowed.
 */

export const ELEMENTS = ['campaign', 'manifesto', 'values', 'share'] as const;
export type ExportElement = (typeof ELEMENTS)[number];

export const FORMATS = ['snippet', 'html', 'email'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const THEMES = ['inherit', 'light', 'dark', 'auto'] as const;
export type ExportTheme = (typeof THEMES)[number];

/** `page`: no `lang`, the element follows the page; `auto`: the reader's browser languages. */
export const LANGUAGE_CHOICES = ['page', 'auto'] as const;

export const MANIFESTO_VARIANTS = ['full', 'summary'] as const;
export const VALUES_LAYOUTS = ['grid', 'list', 'inline'] as const;
export const SHARE_VARIANTS = ['labels', 'icons'] as const;

export interface ExportOptions {
  element: ExportElement;
  /** A shipped language code, `page` or `auto`. */
  lang: string;
  theme: ExportTheme;
  /** A CSS hex colour (`#8a1c5a`), or undefined for the theme's. */
  accent?: string;
  /** The share networks, in order. */
  networks: readonly NetworkId[];
  /** <pm-manifesto>'s `variant`, <pm-values>'s `layout`, <pm-share>'s `variant`; undefined for the element's default. */
  variant?: string;
  headingLevel: number;
  /** The page that is shared; undefined: the page the snippet is on (snippet), the campaign's home (HTML, email). */
  url?: string;
  manifestoHref?: string;
  /** `none` hides the t-shirt link. */
  shopHref?: string;
}

export const DEFAULT_OPTIONS: ExportOptions = {
  element: 'campaign',
  lang: SOURCE_LOCALE,
  theme: 'inherit',
  networks: DEFAULT_NETWORKS,
  headingLevel: 2,
};

/** The variants an element offers (empty for <pm-campaign>). */
export function variantsOf(element: ExportElement): readonly string[] {
  if (element === 'manifesto') return MANIFESTO_VARIANTS;
  if (element === 'values') return VALUES_LAYOUTS;
  if (element === 'share') return SHARE_VARIANTS;
  return [];
}

/** Whether the element shows share links, t-shirt and manifesto links. */
export const hasShare = (element: ExportElement): boolean => element === 'campaign' || element === 'share';
export const hasManifesto = (element: ExportElement): boolean => element === 'campaign' || element === 'manifesto';

/** Networks that are plain links: the only ones HTML without JavaScript and email can carry. */
export function linkNetworks(networks: readonly NetworkId[]): NetworkId[] {
  return networks.filter((id) => TARGETS[id].kind === 'link');
}

/** The language the text is written in: `page` and `auto` are only known in the reader's browser, so English. */
export function textLocale(lang: string): string {
  return lang === 'page' || lang === 'auto' ? SOURCE_LOCALE : lang;
}

/** Thrown for an option that cannot be used; `message` says what is allowed. */
export class ExportOptionError extends Error {
  override name = 'ExportOptionError';
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ExportOptionError(`--${name} "${quote(value)}" is not one of: ${allowed.join(', ')}.`);
}

/** At most 100 characters of a value, for a message. */
function quote(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}…` : value;
}

function webAddress(name: string, value: string): string {
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) return url.href;
  } catch {
    // reported below
  }
  throw new ExportOptionError(`--${name} "${quote(value)}" is not an absolute http or https address.`);
}

/**
 * Checks raw choices (as typed on the command line or read from the builder's
 * form) and gives complete options. Throws an ExportOptionError naming the
 * first bad one.
 */
export function checkOptions(raw: Partial<Record<keyof ExportOptions, string>>): ExportOptions {
  const element = oneOf('element', raw.element ?? DEFAULT_OPTIONS.element, ELEMENTS);
  const lang = oneOf('lang', raw.lang ?? DEFAULT_OPTIONS.lang, [...SHIPPED_LOCALES, ...LANGUAGE_CHOICES]);
  const theme = oneOf('theme', raw.theme ?? DEFAULT_OPTIONS.theme, THEMES);
  const options: ExportOptions = {...DEFAULT_OPTIONS, element, lang, theme};
  if (raw.accent) {
    if (!/^#[0-9a-f]{6}$/i.test(raw.accent)) throw new ExportOptionError(`--accent "${quote(raw.accent)}" is not a colour like #8a1c5a.`);
    options.accent = raw.accent.toLowerCase();
  }
  if (raw.networks !== undefined) {
    const ids = raw.networks.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) throw new ExportOptionError(`--networks is empty; name some of: ${NETWORK_IDS.join(', ')}.`);
    options.networks = [...new Set(ids.map((id) => oneOf('networks', id, NETWORK_IDS)))];
  }
  if (raw.variant) options.variant = oneOf('variant', raw.variant, variantsOf(element));
  if (raw.headingLevel !== undefined) {
    options.headingLevel = Number(oneOf('heading-level', raw.headingLevel, ['1', '2', '3', '4', '5', '6']));
  }
  if (raw.url) options.url = webAddress('url', raw.url);
  if (raw.manifestoHref) options.manifestoHref = webAddress('manifesto-href', raw.manifestoHref);
  if (raw.shopHref) options.shopHref = raw.shopHref.trim().toLowerCase() === 'none' ? 'none' : webAddress('shop-href', raw.shopHref);
  return options;
}

/** The links the exported text points to, with the campaign's defaults filled in. */
export function linksOf(options: ExportOptions): {url: string; manifesto: string; shop?: string} {
  return {
    url: options.url ?? CAMPAIGN_HOME_URL,
    manifesto: options.manifestoHref ?? MANIFESTO_URL,
    shop: options.shopHref === 'none' ? undefined : (options.shopHref ?? SHOP_URL),
  };
}
