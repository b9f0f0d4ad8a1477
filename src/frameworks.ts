/**
 * The elements' attributes and events, typed for the templates of React 19,
 * Vue 3, Svelte 5 and plain TypeScript: loaded with the package's root types
 * (and with each `people-move-widgets/pm-*` entry), so a partner writes no
 * declaration of their own and a wrong value (`variant="tiles"`) is a type
 * error. Types only: nothing here reaches the bundle.
 *
 * One source of truth for every framework: the attribute interfaces below. The
 * unions come from the elements' own types; test/node/framework-types.test.mjs
 * checks that they name exactly the attributes and values of
 * custom-elements.json (from which the editor data is generated).
 *
 * types/frameworks.d.ts hands these to React, Vue and Svelte.
 */
// The React, Vue and Svelte template types: hand-written declarations, because
// tsc cannot emit an augmentation that refers to the interface it augments.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an import would be dropped from the emitted declarations
/// <reference path="../types/frameworks.d.ts" preserve="true" />
import type {LocaleErrorDetail, PeopleMoveElement, Theme} from './base/people-move-element.js';
import type {ManifestoVariant, PeopleMoveManifesto} from './elements/pm-manifesto/pm-manifesto.js';
import type {PeopleMoveValues, ValuesLayout} from './elements/pm-values/pm-values.js';
import type {PeopleMoveShare, ShareEventDetail, ShareVariant} from './elements/pm-share/pm-share.js';
import type {PeopleMoveCampaign} from './elements/pm-campaign/pm-campaign.js';

export type {LocaleErrorDetail, ManifestoVariant, ShareEventDetail, ShareVariant, Theme, ValuesLayout};

/** `heading-level`: 1 to 6, as a number or as the attribute's text. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

/** The events the elements fire, by name. */
export interface PeopleMoveEventMap {
  'pm-share': CustomEvent<ShareEventDetail>;
  'pm-locale-error': CustomEvent<LocaleErrorDetail>;
}

/** Attributes every element takes. */
export interface PeopleMoveAttributes {
  lang?: string;
  theme?: Theme;
  'language-picker'?: boolean;
}

export interface PmManifestoAttributes extends PeopleMoveAttributes {
  variant?: ManifestoVariant;
  'heading-level'?: HeadingLevel;
  'manifesto-href'?: string;
  'shop-href'?: string;
}

export interface PmValuesAttributes extends PeopleMoveAttributes {
  layout?: ValuesLayout;
  values?: string;
  'heading-level'?: HeadingLevel;
  'no-heading'?: boolean;
}

export interface PmShareAttributes extends PeopleMoveAttributes {
  url?: string;
  text?: string;
  networks?: string;
  variant?: ShareVariant;
  'mastodon-server'?: string;
  'instagram-href'?: string;
  label?: string;
  'copy-label'?: string;
  'copied-label'?: string;
  'copy-failed-label'?: string;
}

export interface PmCampaignAttributes extends PeopleMoveAttributes {
  'heading-level'?: HeadingLevel;
  'manifesto-href'?: string;
  'shop-href'?: string;
  networks?: string;
  url?: string;
}

/** Handlers written `onpm-share` / `onpm-locale-error` (React 19 and Svelte 5 templates). */
export interface PeopleMoveHandlers<Element extends PeopleMoveElement = PeopleMoveElement> {
  'onpm-locale-error'?: (event: PeopleMoveEventMap['pm-locale-error'] & {currentTarget: Element}) => void;
}
export interface PmShareHandlers extends PeopleMoveHandlers<PeopleMoveShare> {
  'onpm-share'?: (event: PeopleMoveEventMap['pm-share'] & {currentTarget: PeopleMoveShare}) => void;
}

/** Listeners as Vue names `@pm-share` / `@pm-locale-error`. */
export interface PeopleMoveVueHandlers {
  onPmLocaleError?: (event: PeopleMoveEventMap['pm-locale-error']) => void;
}
export interface PmShareVueHandlers extends PeopleMoveVueHandlers {
  onPmShare?: (event: PeopleMoveEventMap['pm-share']) => void;
}

/** Each tag's attributes and its template event handlers (what `types/frameworks.d.ts` reads). */
export interface PeopleMoveTags {
  'pm-manifesto': PmManifestoAttributes & PeopleMoveHandlers<PeopleMoveManifesto>;
  'pm-values': PmValuesAttributes & PeopleMoveHandlers<PeopleMoveValues>;
  'pm-share': PmShareAttributes & PmShareHandlers;
  'pm-campaign': PmCampaignAttributes & PeopleMoveHandlers<PeopleMoveCampaign>;
}

/** The same, with listeners named as Vue names `@pm-share`. */
export interface PeopleMoveVueTags {
  'pm-manifesto': PmManifestoAttributes & PeopleMoveVueHandlers;
  'pm-values': PmValuesAttributes & PeopleMoveVueHandlers;
  'pm-share': PmShareAttributes & PmShareVueHandlers;
  'pm-campaign': PmCampaignAttributes & PeopleMoveVueHandlers;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the events into the DOM's own map
  interface HTMLElementEventMap extends PeopleMoveEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- likewise, for `document.addEventListener`
  interface GlobalEventHandlersEventMap extends PeopleMoveEventMap {}
  /** Read by the React, Vue and Svelte declarations in types/frameworks.d.ts. */
  interface PeopleMoveWidgets {
    tags: PeopleMoveTags;
    vueTags: PeopleMoveVueTags;
  }
}
