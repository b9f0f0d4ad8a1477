import {defineElement} from '../../define.js';
import {PeopleMoveValues} from './pm-values.js';

defineElement('pm-values', PeopleMoveValues);

export {PeopleMoveValues};

declare global {
  interface HTMLElementTagNameMap {
    'pm-values': PeopleMoveValues;
  }
}
