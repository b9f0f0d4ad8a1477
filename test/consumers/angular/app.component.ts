import {Component, CUSTOM_ELEMENTS_SCHEMA} from '@angular/core';
import 'people-move-widgets';
import type {ShareEventDetail} from 'people-move-widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pm-manifesto variant="summary"></pm-manifesto>
    <pm-share networks="copy email" variant="icons" (pm-share)="onShare($event)"></pm-share>
  `,
})
export class AppComponent {
  onShare(event: Event): void {
    const detail: ShareEventDetail = (event as CustomEvent<ShareEventDetail>).detail;
    console.log(detail.network);
  }
}
