import {html} from 'lit';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {shareContent as text} from './pm-share.content.js';

/**
 * @tagname pm-share
 * @summary Share buttons that make no request to anyone until a person clicks.
 */
export class PeopleMoveShare extends PeopleMoveElement {
  protected renderContent() {
    return html`<div role="group" aria-label=${text.heading()}>${text.copy()}</div>`;
  }
}
