// In the browser: take over the server's HTML instead of rendering it again.
import {hydrateRoot} from 'react-dom/client';
import {ServerApp} from './ServerApp';

hydrateRoot(document.getElementById('app')!, <ServerApp />);
