import {html} from 'lit';
import {PeopleMoveElement} from '../../base/people-move-element.js';
import {manifestoContent as text} from './pm-manifesto.content.js';

/**
 * @tagname pm-manifesto
 * @summary The People Move campaign's vision, mission and story, with links to the manifesto and the t-shirt.
 */
export class PeopleMoveManifesto extends PeopleMoveElement {
  protected renderContent() {
    return html`<section><h2>${text.title()}</h2><p>${text.vision()}</p></section>`;
  }
}
