import {defineElement} from '../../define.js';
import {PeopleMoveShare} from './pm-share.js';

defineElement('pm-share', PeopleMoveShare);

export {PeopleMoveShare};

declare global {
  interface HTMLElementTagNameMap {
    'pm-share': PeopleMoveShare;
  }
}
