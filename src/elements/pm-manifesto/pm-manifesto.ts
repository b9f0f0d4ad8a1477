import {html, nothing, type TemplateResult} from 'lit';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {MANIFESTO_URL, SHOP_URL} from '../../campaign/urls.js';
import {DEFAULT_HEADING_LEVEL, heading, headingLevelConverter, resolveHeadingLevel, subLevel} from '../../shared/heading.js';
import {resolveOption} from '../../shared/option.js';
import {manifestoContent as text} from './pm-manifesto.content.js';
import {manifestoStyles} from './pm-manifesto.styles.js';
import {safeHref} from '../../shared/web-url.js';

export type ManifestoVariant = 'full' | 'summary';
const VARIANTS: readonly ManifestoVariant[] = ['full', 'summary'];

/**
 * The campaign's own words, set as one section of the host page: its title,
 * the vision and the mission, the story that begins “People have always
 * moved.”, the call to read the manifesto and the t-shirt link. Every
 * heading inside derives from `heading-level`, so the page's outline stays
 * valid; the section is a landmark named by its title.
 *
 * **Fallback content.** Anything a partner puts inside the element (say, a
 * link to the manifesto) is shown while the script has not run, or when it
 * fails. The shadow root has no slot, so that content is hidden as soon as the
 * element is defined, and never announced twice. A rule such as
 * `pm-manifesto:not(:defined) { display: block; min-block-size: 20em }`
 * keeps the layout from jumping while the script loads.
 *
 * Bad attribute values never throw: each prints one `[people-move]` warning
 * and falls back (an unknown variant shows everything, a link that is not an
 * http(s) address links to the campaign's default).
 *
 * @tagname pm-manifesto
 * @summary The People Move campaign's vision, mission and story, with links to the manifesto and the t-shirt.
 *
 * @csspart base - The inner root; carries the rendered language and direction.
 * @csspart language-picker - The language menu, when `language-picker` is set.
 * @csspart section - The section that holds everything below.
 * @csspart title - The heading “People Move”.
 * @csspart statements - The box holding the vision and the mission.
 * @csspart statement - The vision and the mission, each.
 * @csspart vision - The vision.
 * @csspart mission - The mission.
 * @csspart heading - Every sub-heading (Vision, Mission, the story's opening sentence).
 * @csspart statement-text - The text of the vision and of the mission.
 * @csspart story - The story and the manifesto call (`variant="full"` only).
 * @csspart call - The paragraph that introduces the manifesto.
 * @csspart actions - The row of links at the end.
 * @csspart link - Both links.
 * @csspart manifesto-link - The “Read our manifesto” link.
 * @csspart shop-link - The t-shirt link.
 *
 * @cssprop --pm-accent - Accent colour: the manifesto link's background and the bars beside the title and statements (unthemed, the bars mix the campaign's purple with the host's text colour, so they show on light and dark pages).
 * @cssprop --pm-on-accent - Text colour on the accent (the manifesto link).
 * @cssprop --pm-text - Text colour. Default: the host page's, or the theme's.
 * @cssprop --pm-surface - Background. Default: transparent, or the theme's.
 * @cssprop --pm-muted - Colour of the small labels above the vision and mission.
 * @cssprop --pm-border - Colour of the rules and of the t-shirt link's outline.
 * @cssprop --pm-radius - Corner radius of the box and the links. Default: 0.5em.
 * @cssprop --pm-gap - The unit of spacing. Default: 1em.
 * @cssprop --pm-focus-color - Focus ring colour.
 * @cssprop --pm-line-height - Line height of the text. Default: 1.5.
 * @cssprop --pm-heading-font - Font family of the headings. Default: the host page's font.
 * @cssprop --pm-measure - Longest line of the story's paragraphs. Default: 38em.
 *
 * @fires {CustomEvent<LocaleErrorDetail>} pm-locale-error - The messages of the element's language could not be loaded; it shows English. `detail.locale` names the language.
 */
export class PeopleMoveManifesto extends PeopleMoveElement {
  static override styles = [...PeopleMoveElement.styles, manifestoStyles];

  static override get properties() {
    return {
      variant: {reflect: true},
      headingLevel: {attribute: 'heading-level', converter: headingLevelConverter},
      manifestoHref: {attribute: 'manifesto-href'},
      shopHref: {attribute: 'shop-href'},
    };
  }

  /**
   * `full` shows everything; `summary` shows the vision, the mission and the manifesto link only. Unset: `full`
   * (applied when rendering, so only a value the author set is reflected to the attribute).
   */
  variant?: ManifestoVariant;

  /** Level (1–6) of the title, 2 unless set; the sub-headings are one level below (h6 at most). */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Address of the full manifesto (http or https). Default: the campaign's. */
  manifestoHref?: string;

  /** Address of the t-shirt shop (http or https); `none` hides the t-shirt link. Default: the campaign's. */
  shopHref?: string;

  protected renderContent(): TemplateResult {
    const tag = this.localName;
    const level = resolveHeadingLevel(this.headingLevel, tag, this.getAttribute('heading-level'));
    const variant = resolveOption(this.variant, VARIANTS, 'variant', tag);
    const full = variant === 'full';
    const manifestoHref = safeHref(this.manifestoHref, MANIFESTO_URL, 'manifesto-href', tag);
    const showShop = full && this.shopHref?.trim().toLowerCase() !== 'none';
    return html`<section part="section" class="manifesto ${variant}" aria-labelledby="title">
      ${heading(level, text.title(), {id: 'title', part: 'title', className: 'title'})}
      <div part="statements" class="statements">
        ${this.#renderStatement('vision', subLevel(level), text.visionHeading(), text.vision())}
        ${this.#renderStatement('mission', subLevel(level), text.missionHeading(), text.mission())}
      </div>
      ${full ? this.#renderStory(subLevel(level)) : nothing}
      <div part="actions" class="actions">
        <a part="link manifesto-link" class="link primary" href=${manifestoHref}>${text.manifestoLink()}</a>
        ${showShop
          ? html`<a part="link shop-link" class="link secondary" href=${safeHref(this.shopHref, SHOP_URL, 'shop-href', tag)}
              >${text.shirtLink()}</a
            >`
          : nothing}
      </div>
    </section>`;
  }

  #renderStatement(name: 'vision' | 'mission', level: number, title: string, body: string): TemplateResult {
    return html`<div part="statement ${name}" class="statement ${name}">
      ${heading(level, title, {part: 'heading', className: 'label'})}
      <p part="statement-text" class="statement-text">${body}</p>
    </div>`;
  }

  #renderStory(level: number): TemplateResult {
    return html`<div part="story" class="story">
      ${heading(level, text.narrativeHeading(), {part: 'heading', className: 'story-heading'})}
      <p>${text.narrative1()}</p>
      <p>${text.narrative2()}</p>
      <p>${text.narrative3()}</p>
      <p part="call" class="call">${text.manifestoCall()}</p>
    </div>`;
  }
}
