import {useState} from 'react';
import 'people-move-widgets';
import type {PeopleMoveShare, ShareEventDetail} from 'people-move-widgets';

// Rendered on the server, then hydrated. React 19 does not attach a custom
// element's `on…` handlers when it hydrates (React issue 35446), so listen in a
// ref callback, which runs once the element is hydrated.
export function ServerApp() {
  const [shared, setShared] = useState<ShareEventDetail | null>(null);
  const listen = (share: PeopleMoveShare | null) => {
    const onShare = (event: CustomEvent<ShareEventDetail>) => setShared(event.detail);
    share?.addEventListener('pm-share', onShare);
    return () => share?.removeEventListener('pm-share', onShare);
  };
  return (
    <>
      <pm-manifesto variant="summary" heading-level={2} theme="auto"></pm-manifesto>
      <pm-share url="https://example.org/campaign" networks="copy email" variant="icons" ref={listen}></pm-share>
      {shared && <p id="shared">{shared.network}</p>}
    </>
  );
}
