import {defineElement} from '../../define.js';
import {PeopleMoveCampaign} from './pm-campaign.js';

defineElement('pm-campaign', PeopleMoveCampaign);

export {PeopleMoveCampaign};

declare global {
  interface HTMLElementTagNameMap {
    'pm-campaign': PeopleMoveCampaign;
  }
}
