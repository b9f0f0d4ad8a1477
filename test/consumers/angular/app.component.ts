import {Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';
import 'people-move-widgets';
import type {ShareEventDetail} from 'people-move-widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pm-manifesto variant="summary" theme="auto"></pm-manifesto>
    <pm-share
      url="https://example.org/campaign"
      networks="copy email"
      variant="icons"
      (pm-share)="shared.set($event.detail)"
    ></pm-share>
    @if (shared(); as detail) {
      <p id="shared">{{ detail.network }}</p>
    }
  `,
})
export class AppComponent {
  readonly shared = signal<ShareEventDetail | null>(null);
}
