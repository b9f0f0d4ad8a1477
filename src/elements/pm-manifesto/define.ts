import {defineElement} from '../../define.js';
import {PeopleMoveManifesto} from './pm-manifesto.js';

defineElement('pm-manifesto', PeopleMoveManifesto);

export {PeopleMoveManifesto};
// The framework and event-map types come with every entry of the package.
export type * from '../../frameworks.js';

declare global {
  interface HTMLElementTagNameMap {
    'pm-manifesto': PeopleMoveManifesto;
  }
}
