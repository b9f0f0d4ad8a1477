// The runner marks served files cacheable for a year, and WebKit then reuses a
// module an earlier test file loaded: a test that makes the server answer 404
// would never see it, and an edited file could be stale. Tests are served
// no-store. The runner's cache middleware wraps this one and sets its header on
// the way out, after this has run, so this response's setter is made to keep no-store.
export async function noStoreMiddleware(context, next) {
  const set = context.response.set.bind(context.response);
  context.response.set = (field, value) => (typeof field === 'string' && field.toLowerCase() === 'cache-control' ? set(field, 'no-store') : set(field, value));
  await next();
  set('Cache-Control', 'no-store');
}
