import {useState} from 'react';
import 'people-move-widgets';
import type {ShareEventDetail} from 'people-move-widgets';

export function App() {
  const [shared, setShared] = useState<ShareEventDetail | null>(null);
  return (
    <>
      <pm-manifesto variant="summary" heading-level={2} theme="auto"></pm-manifesto>
      <pm-share
        url="https://example.org/campaign"
        networks="copy email"
        variant="icons"
        onpm-share={(event) => setShared(event.detail)}
      ></pm-share>
      {shared && <p id="shared">{shared.network}</p>}
    </>
  );
}
