import 'people-move-widgets';

const share = document.createElement('pm-share'); // typed as PeopleMoveShare
share.variant = 'icons';
share.networks = 'copy email';
share.url = 'https://example.org/campaign';
share.addEventListener('pm-share', (event) => {
  document.body.dataset.shared = event.detail.network; // event: CustomEvent<ShareEventDetail>
});
document.addEventListener('pm-locale-error', (event) => console.warn(event.detail.locale));
document.getElementById('app')!.append(share);
