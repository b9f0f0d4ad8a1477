// Must NOT compile: with strictTemplates, Angular types `(pm-share)`'s $event
// from the package's types (CustomEvent<ShareEventDetail>), so a misspelt
// detail field is an error. The wrong values variant="tiles" and
// [variant]="'tiles'" are NOT reported: CUSTOM_ELEMENTS_SCHEMA switches off
// Angular's checks of a custom element's attributes, and it does not
// type-check DOM property bindings.
import {Component, CUSTOM_ELEMENTS_SCHEMA} from '@angular/core';
import 'people-move-widgets';

@Component({
  selector: 'app-bad',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pm-share variant="tiles"></pm-share>
    <pm-share [variant]="'tiles'" (pm-share)="onShare($event.detail.netwerk)"></pm-share>
  `,
})
export class BadComponent {
  onShare(network: unknown): void {
    console.log(network);
  }
}
