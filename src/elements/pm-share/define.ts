import {defineElement} from '../../define.js';
import {PeopleMoveShare} from './pm-share.js';

defineElement('pm-share', PeopleMoveShare);

export {PeopleMoveShare};
// The framework and event-map types come with every entry of the package.
export type * from '../../frameworks.js';

declare global {
  interface HTMLElementTagNameMap {
    'pm-share': PeopleMoveShare;
  }
}
