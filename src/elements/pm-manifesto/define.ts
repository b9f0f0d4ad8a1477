import {defineElement} from '../../define.js';
import {PeopleMoveManifesto} from './pm-manifesto.js';

defineElement('pm-manifesto', PeopleMoveManifesto);

export {PeopleMoveManifesto};

declare global {
  interface HTMLElementTagNameMap {
    'pm-manifesto': PeopleMoveManifesto;
  }
}
