/**
 * The one way the widgets talk to a webmaster: a console warning, prefixed
 * `[people-move]`, printed once per cause however often the cause recurs.
 */
const warned = new Set<string>();

export function warnOnce(cause: string, message: string): void {
  if (warned.has(cause)) return;
  warned.add(cause);
  console.warn(`[people-move] ${message}`);
}
