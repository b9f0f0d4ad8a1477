// A second copy of the sources under `/__stall__/` whose language files the
// server can hold: command `stall-locales` ({locales: string[]}) holds every
// later request for `/__stall__/…/generated/locales/<code>.js` until the
// command `release-locales` ({locales}) answers it; `stalled-locales` lists
// the held ones. Only a test that imports the library from `/__stall__/` is
// affected: every other test file loads its own copy from `/src/` as usual.
// Served `no-store`, so no cache (in any engine) skips the held request.
const PREFIX = '/__stall__/';
const stalled = new Set();
/** @type {Map<string, Array<() => void>>} */
const held = new Map();

function release(code) {
  stalled.delete(code);
  for (const resume of held.get(code) ?? []) resume();
  held.delete(code);
}

export const stallMiddleware = async (context, next) => {
  if (!context.path.startsWith(PREFIX)) return next();
  const code = /\/generated\/locales\/([\w-]+)\.[jt]s$/.exec(context.path)?.[1];
  context.url = context.url.slice(PREFIX.length - 1);
  if (code !== undefined && stalled.has(code)) {
    await new Promise((resume) => held.set(code, [...(held.get(code) ?? []), resume]));
  }
  await next();
  context.set('Cache-Control', 'no-store');
};

export function stallPlugin() {
  return {
    name: 'stall-locales-command',
    executeCommand({command, payload}) {
      const locales = payload?.locales ?? [];
      if (command === 'stall-locales') for (const code of locales) stalled.add(code);
      else if (command === 'release-locales') for (const code of locales) release(code);
      else if (command === 'stalled-locales') return [...held.keys()];
      else return undefined;
      return true;
    },
  };
}
