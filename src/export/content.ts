import {directionOf, SOURCE_LOCALE} from '../i18n/languages.js';
import {inLocale} from '../i18n/localization.js';
import {loadLocale} from '../i18n/load-locale.js';
import {manifestoContent} from '../elements/pm-manifesto/pm-manifesto.content.js';
import {VALUE_IDS, valuesContent} from '../elements/pm-values/pm-values.content.js';
import {shareContent} from '../elements/pm-share/pm-share.content.js';
import {TARGETS} from '../elements/pm-share/all-targets.js';
import {hrefFor, type LinkTarget, type NetworkId} from '../elements/pm-share/targets.js';

/**
 * The campaign's words in one language, read from the elements' own message
 * modules (the same msg() calls and translations the elements render), and
 * the share links built by <pm-share>'s own table. No text is written here.
 */
export interface CampaignWords {
  locale: string;
  dir: 'ltr' | 'rtl';
  manifesto: {[K in keyof typeof manifestoContent]: string};
  valuesHeading: string;
  values: {id: string; name: string}[];
  shareHeading: string;
  newTab: string;
}

export interface ShareLink {
  id: NetworkId;
  /** Visible label ("WhatsApp", "Email"). */
  label: string;
  /** Accessible name ("Share on WhatsApp"). */
  name: string;
  href: string;
}

/** Loads `locale`'s messages; resolves to the locale the words will be in (English when they cannot load). */
export async function loadWords(locale: string): Promise<string> {
  return (await loadLocale(locale)) ? locale : SOURCE_LOCALE;
}

/** Every string the exports show, in `locale` (loaded first with loadWords). */
export function wordsIn(locale: string): CampaignWords {
  return inLocale(locale, () => ({
    locale,
    dir: directionOf(locale),
    manifesto: Object.fromEntries(
      Object.entries(manifestoContent).map(([key, message]) => [key, message()]),
    ) as CampaignWords['manifesto'],
    valuesHeading: valuesContent.heading(),
    values: VALUE_IDS.map((id) => ({id, name: valuesContent.value(id)})),
    shareHeading: shareContent.heading(),
    newTab: shareContent.newTab(),
  }));
}

/**
 * The share links <pm-share> would render for `networks` (those that are
 * plain links), sharing `url` with the campaign's vision in `locale`, as the
 * element does by default.
 */
export function shareLinks(networks: readonly NetworkId[], url: string, locale: string): ShareLink[] {
  return inLocale(locale, () => {
    const shared = {url, text: manifestoContent.vision()};
    return networks
      .filter((id) => TARGETS[id].kind === 'link')
      .map((id) => {
        const target = TARGETS[id] as LinkTarget;
        return {id, label: target.label(), name: target.name(), href: hrefFor(target, shared, {}, locale)};
      });
  });
}
