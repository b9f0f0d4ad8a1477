import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

/** The Subresource Integrity value (sha384) of a file. */
export function sri(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}
