import {defineElement} from '../../define.js';
import {PeopleMoveCampaign} from './pm-campaign.js';

defineElement('pm-campaign', PeopleMoveCampaign);

export {PeopleMoveCampaign};
// The framework and event-map types come with every entry of the package.
export type * from '../../frameworks.js';

declare global {
  interface HTMLElementTagNameMap {
    'pm-campaign': PeopleMoveCampaign;
  }
}
