// A TCP port nobody listens on right now, chosen by the system (never a fixed one).
import {createServer} from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}
