import {html} from 'lit';
import {PeopleMoveElement} from '../../base/people-move-element.js';

/**
 * @tagname pm-campaign
 * @summary The whole campaign section: manifesto, values and share.
 */
export class PeopleMoveCampaign extends PeopleMoveElement {
  protected renderContent() {
    return html`<pm-manifesto></pm-manifesto><pm-values></pm-values><pm-share></pm-share>`;
  }
}
