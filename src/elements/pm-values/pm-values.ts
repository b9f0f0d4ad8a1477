import {html} from 'lit';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {valuesContent as text, VALUE_IDS} from './pm-values.content.js';

/**
 * @tagname pm-values
 * @summary The campaign's six values.
 */
export class PeopleMoveValues extends PeopleMoveElement {
  protected renderContent() {
    return html`<ul>${VALUE_IDS.map((id) => html`<li>${text.value(id)}</li>`)}</ul>`;
  }
}
