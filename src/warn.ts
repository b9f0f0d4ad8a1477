/**
 * The one way the widgets talk to a webmaster: a console warning, prefixed
 * `[people-move]`, printed once per cause however often the cause recurs.
 */

/** Distinct causes remembered: a page that feeds endless bad values costs a bounded set and a bounded console. */
const MAX_CAUSES = 100;
/** Characters of a value quoted in a warning or kept in a cause: a 1 MB attribute never becomes a 1 MB console line. */
const QUOTED_LENGTH = 100;

const warned = new Set<string>();

/** `value` for a warning: JSON-quoted, cut to its first 100 characters with its full length said. */
export function quote(value: string): string {
  return value.length > QUOTED_LENGTH
    ? `${JSON.stringify(value.slice(0, QUOTED_LENGTH))}… (${value.length} characters)`
    : JSON.stringify(value);
}

/**
 * Warns once about the `value` given to `name` on a `<tag>`, in the one format
 * of every such warning: `name="value" on <tag> <problem>.`, the value quoted
 * by `quote()`; `problem` says what is wrong and what is used instead.
 */
export function warnValue(tag: string, name: string, value: string, problem: string): void {
  warnOnce(`${tag} ${name} ${value}`, `${name}=${quote(value)} on <${tag}> ${problem}.`);
}

export function warnOnce(cause: string, message: string): void {
  const key = cause.length > 2 * QUOTED_LENGTH ? quote(cause) : cause;
  if (warned.has(key) || warned.size > MAX_CAUSES) return;
  warned.add(key);
  console.warn(
    warned.size > MAX_CAUSES
      ? `[people-move] ${MAX_CAUSES} warnings printed; no more are printed.`
      : `[people-move] ${message}`,
  );
}
