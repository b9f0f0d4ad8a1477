// Must NOT type-check: a wrong property value and a wrong use of the event detail.
import 'people-move-widgets';

const share = document.createElement('pm-share');
share.variant = 'tiles';
share.addEventListener('pm-share', (event) => event.detail.netwerk);
