import {defineElement} from '../../define.js';
import {PeopleMoveValues} from './pm-values.js';

defineElement('pm-values', PeopleMoveValues);

export {PeopleMoveValues};
// The framework and event-map types come with every entry of the package.
export type * from '../../frameworks.js';

declare global {
  interface HTMLElementTagNameMap {
    'pm-values': PeopleMoveValues;
  }
}
