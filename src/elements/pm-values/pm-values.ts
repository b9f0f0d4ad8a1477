import {html, nothing, type TemplateResult} from 'lit';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {renderIcon} from '../../icons/icon.js';
import {valueIcons} from '../../icons/values.js';
import {quote, warnValue} from '../../warn.js';
import {readWords} from '../../shared/read-value.js';
import {DEFAULT_HEADING_LEVEL, heading, headingLevelConverter, resolveHeadingLevel} from '../../shared/heading.js';
import {resolveOption} from '../../shared/option.js';
import {VALUE_IDS, valuesContent as text, type ValueId} from './pm-values.content.js';
import {valuesStyles} from './pm-values.styles.js';

export type ValuesLayout = 'grid' | 'list' | 'inline';
const LAYOUTS: readonly ValuesLayout[] = ['grid', 'list', 'inline'];

function isValueId(word: string): word is ValueId {
  return (VALUE_IDS as readonly string[]).includes(word);
}

/**
 * The campaign's six values (Justice, Equality, Humanity, Solidarity,
 * Creativity, Accountability) as a list, each with an icon, under a heading.
 * The list is named by its heading, or carries the heading's text as its
 * name when `no-heading` drops it. Icons are decoration, hidden from
 * assistive technology.
 *
 * **Fallback content.** Anything a partner puts inside the element is shown
 * while the script has not run, or when it fails; the shadow root has no
 * slot, so it is hidden as soon as the element is defined. A rule such as
 * `pm-values:not(:defined) { display: block; min-block-size: 8em }` keeps the
 * layout from jumping while the script loads.
 *
 * Bad attribute values never throw: an unknown `layout` prints one warning
 * and uses the grid; unknown ids in `values` are skipped with one warning
 * (and when none is known, all six are shown).
 *
 * @tagname pm-values
 * @summary The campaign's six values, each with an icon.
 *
 * @csspart base - The inner root; carries the rendered language and direction.
 * @csspart language-picker - The language menu, when `language-picker` is set.
 * @csspart values - The box holding the heading and the list.
 * @csspart heading - The heading “Our values”.
 * @csspart list - The list of values.
 * @csspart value - Each value; each also has a part named by its id (`justice`, `equality`, …).
 * @csspart icon - The circle holding a value's icon.
 * @csspart name - A value's name.
 *
 * @cssprop --pm-accent - Colour of the icons and their tint. Default: the theme's accent; unthemed, the campaign's purple mixed with the host's text colour, so it shows on light and dark pages.
 * @cssprop --pm-icon-color - Colour of the icons only, over `--pm-accent`.
 * @cssprop --pm-text - Text colour. Default: the host page's, or the theme's.
 * @cssprop --pm-surface - Background. Default: transparent, or the theme's.
 * @cssprop --pm-border - Colour of the cards' outline (grid) and of the rules between values (list).
 * @cssprop --pm-radius - Corner radius of the box and the cards. Default: 0.5em.
 * @cssprop --pm-gap - The unit of spacing. Default: 1em.
 * @cssprop --pm-focus-color - Focus ring colour (of the language menu).
 * @cssprop --pm-line-height - Line height of the text. Default: 1.5.
 * @cssprop --pm-heading-font - Font family of the heading. Default: the host page's font.
 *
 * @fires {CustomEvent<LocaleErrorDetail>} pm-locale-error - The messages of the element's language could not be loaded; it shows English. `detail.locale` names the language.
 */
export class PeopleMoveValues extends PeopleMoveElement {
  static override styles = [...PeopleMoveElement.styles, valuesStyles];

  static override get properties() {
    return {
      layout: {reflect: true},
      values: {},
      headingLevel: {attribute: 'heading-level', converter: headingLevelConverter},
      noHeading: {type: Boolean, reflect: true, attribute: 'no-heading'},
    };
  }

  /**
   * `grid` (cards), `list` (one per line) or `inline` (a line of words that wraps). Unset: `grid` (applied when
   * rendering, so only a value the author set is reflected to the attribute).
   */
  layout?: ValuesLayout;

  /** The values to show, in this order: ids separated by spaces, from `justice equality humanity solidarity creativity accountability`. Default: all six. */
  values?: string;

  /** Level (1–6) of the heading, 2 unless set. */
  headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Drops the heading; the list keeps its text as its accessible name. */
  noHeading = false;

  protected renderContent(): TemplateResult {
    const tag = this.localName;
    const layout = resolveOption(this.layout, LAYOUTS, 'layout', tag);
    const title = text.heading();
    return html`<div part="values" class="values layout-${layout}">
      ${this.noHeading
        ? nothing
        : heading(resolveHeadingLevel(this.headingLevel, tag, this.getAttribute('heading-level')), title, {
            id: 'heading',
            part: 'heading',
            className: 'heading',
          })}
      <ul
        part="list"
        class="items"
        role="list"
        aria-labelledby=${this.noHeading ? nothing : 'heading'}
        aria-label=${this.noHeading ? title : nothing}
      >
        ${this.#pickedValues(tag).map(
          (id) =>
            html`<li part="value ${id}" class="value">
              <span part="icon" class="icon">${renderIcon(valueIcons[id])}</span><span part="name" class="name">${text.value(id)}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The ids `values` asks for, in its order, without repeats; all six when it is unset, empty or names none. */
  #pickedValues(tag: string): readonly ValueId[] {
    const words = readWords(this.values);
    if (words.length === 0) return VALUE_IDS;
    const picked: ValueId[] = [];
    const unknown: string[] = [];
    for (const word of words) {
      if (!isValueId(word)) unknown.push(word);
      else if (!picked.includes(word)) picked.push(word);
    }
    if (unknown.length > 0) {
      const named = unknown.length > 5 ? [...unknown.slice(0, 5), '…'] : unknown;
      warnValue(
        tag,
        'values',
        this.values ?? '',
        `names ${quote(named.join(' '))}, not known (known: ${VALUE_IDS.join(' ')}); ${picked.length > 0 ? 'skipped' : 'showing all six'}`,
      );
    }
    return picked.length > 0 ? picked : VALUE_IDS;
  }
}
