import {css, html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {DEFAULT_HEADING_LEVEL, headingLevelConverter, resolveHeadingLevel, subLevel} from '../../shared/heading.js';
import '../pm-manifesto/define.js';
import '../pm-values/define.js';
import '../pm-share/define.js';

/**
 * The whole campaign section with one tag, as the campaign's page has it:
 * <pm-manifesto>, then <pm-values>, then <pm-share>. It registers all three.
 *
 * It passes its language, `theme` and heading level down: the manifesto's
 * title takes `heading-level`, and the values heading sits one level below
 * it, inside the manifesto's section in the page outline (<pm-share> has no
 * heading: its group is named “Share this”). The
 * children speak the campaign's language, including one picked in its
 * `language-picker` menu. `manifesto-href` and `shop-href` are passed to
 * <pm-manifesto> as they are (it checks them), `networks` and `url` to <pm-share>.
 *
 * **Fallback content.** Anything a partner puts inside the element is shown
 * while the script has not run, or when it fails; the shadow root has no
 * slot, so it is hidden as soon as the element is defined.
 *
 * @tagname pm-campaign
 * @summary The whole campaign section: manifesto, values and share.
 *
 * @csspart base - The inner root; carries the rendered language and direction.
 * @csspart language-picker - The language menu, when `language-picker` is set.
 * @csspart manifesto - The <pm-manifesto> inside; `--pm-*` properties set on <pm-campaign> reach all three.
 * @csspart values - The <pm-values> inside.
 * @csspart share - The <pm-share> inside.
 *
 * @cssprop --pm-gap - The unit of spacing; the children are three units apart. Default: 1em.
 * @cssprop --pm-accent - Passed on to the children, like every other `--pm-*` property.
 *
 * @fires {CustomEvent<LocaleErrorDetail>} pm-locale-error - The messages of the element's language could not be loaded; it shows English. `detail.locale` names the language.
 */
export class PeopleMoveCampaign extends PeopleMoveElement {
  static override styles = [
    ...PeopleMoveElement.styles,
    css`
      .campaign {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--_gap) * 3);
      }

      pm-manifesto::part(base),
      pm-values::part(base),
      pm-share::part(base) {
        padding: 0;
        background: transparent;
      }
    `,
  ];

  static override get properties() {
    return {
      headingLevel: {attribute: 'heading-level', converter: headingLevelConverter},
      manifestoHref: {attribute: 'manifesto-href'},
      shopHref: {attribute: 'shop-href'},
      networks: {},
      url: {},
    };
  }

  /** Level (1–6) of the manifesto's title, 2 unless set; the values heading is one level below (h6 at most). */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Address of the full manifesto, passed to <pm-manifesto>. */
  manifestoHref?: string;

  /** Address of the t-shirt shop, or `none`, passed to <pm-manifesto>. */
  shopHref?: string;

  /** The share networks, in order, passed to <pm-share> (which checks them). */
  networks?: string;

  /** The address shared, passed to <pm-share> (which checks it). Default: the page's. */
  url?: string;

  protected renderContent(): TemplateResult {
    const level = resolveHeadingLevel(this.headingLevel, this.localName, this.getAttribute('heading-level'));
    return html`<div class="campaign">
      <pm-manifesto
        part="manifesto"
        lang=${this.locale}
        theme=${ifDefined(this.theme)}
        heading-level=${level}
        manifesto-href=${ifDefined(this.manifestoHref)}
        shop-href=${ifDefined(this.shopHref)}
      ></pm-manifesto>
      <pm-values part="values" lang=${this.locale} theme=${ifDefined(this.theme)} heading-level=${subLevel(level)}></pm-values>
      <pm-share
        part="share"
        lang=${this.locale}
        theme=${ifDefined(this.theme)}
        networks=${ifDefined(this.networks)}
        url=${ifDefined(this.url)}
      ></pm-share>
    </div>`;
  }
}
