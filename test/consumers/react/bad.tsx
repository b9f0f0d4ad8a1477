// Must NOT type-check: a wrong attribute value and a wrong use of the event detail.
import 'people-move-widgets';

export const Bad = () => <pm-share variant="tiles" onpm-share={(event) => event.detail.netwerk}></pm-share>;
