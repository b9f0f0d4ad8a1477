/**
 * People Move widgets: registers <pm-manifesto>, <pm-values>, <pm-share> and
 * <pm-campaign>. This is the CDN bundle's entry and the npm package's ".".
 */
export {PeopleMoveManifesto} from './elements/pm-manifesto/define.js';
export {PeopleMoveValues} from './elements/pm-values/define.js';
export {PeopleMoveShare} from './elements/pm-share/define.js';
export {PeopleMoveCampaign} from './elements/pm-campaign/define.js';
export {PeopleMoveElement, type Theme, type LocaleErrorDetail} from './base/people-move-element.js';
export {VERSION} from './version.js';
export type * from './frameworks.js';
export type {ShareEventDetail, ShareVariant} from './elements/pm-share/pm-share.js';
