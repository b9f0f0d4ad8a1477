// Whether a program can be run: a path, or a name looked up on the PATH.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

export function executable(program) {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
