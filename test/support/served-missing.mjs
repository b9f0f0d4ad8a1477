// The server's half of `serve-missing` for engines whose requests cannot be
// intercepted from the harness (WebKit over WebDriver) or are simpler not to
// be (Firefox): while a browser asks for it, the dev server answers that
// browser's requests for matching URLs with a real 404. A browser is known by
// its User-Agent; these engines run one test file at a time, so only the file
// that asked is affected. Patterns are DevTools wildcards (`*` and `?`), as
// the Chromium launcher's interception takes them.
const missing = new Map(); // User-Agent -> RegExp[]

function wildcard(pattern) {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

/** From now on, requests from `userAgent` whose URL matches one of `patterns` get a 404; [] stops it. */
export function serveMissingTo(userAgent, patterns) {
  if (patterns.length === 0) missing.delete(userAgent);
  else missing.set(userAgent, patterns.map(wildcard));
  return true;
}

export async function servedMissingMiddleware(context, next) {
  const patterns = missing.get(context.get('user-agent'));
  if (patterns?.some((pattern) => pattern.test(context.href))) {
    context.status = 404;
    context.body = 'Missing on purpose (serve-missing).';
    return;
  }
  await next();
}
