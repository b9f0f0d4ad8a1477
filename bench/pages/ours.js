/* global __bench */
// People Move widgets from the CDN bundle. The script under test starts here: fetch, parse and
// run the bundle, then every element renders.
try {
  await import('/dist/cdn/people-move.js');
  const hosts = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('pm-'));
  await Promise.all([...new Set(hosts.map((host) => host.localName))].map((tag) => customElements.whenDefined(tag)));
  await Promise.all(hosts.map((host) => host.updateComplete));
  await __bench.finish(() => __bench.allPeopleMoveRendered());
} catch (error) {
  __bench.fail(error);
}
