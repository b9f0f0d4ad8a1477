import {warnValue} from '../warn.js';

/**
 * The value of an enumerated attribute (`variant`, `layout`): `value` when it
 * is one of `allowed` (case and spaces ignored), else `allowed[0]`, the
 * default, with one warning per element and value.
 */
export function resolveOption<T extends string>(
  value: string | undefined | null,
  allowed: readonly T[],
  attribute: string,
  tag: string,
): T {
  const fallback = allowed[0];
  if (value === undefined || value === null) return fallback;
  const wanted = value.trim().toLowerCase();
  const match = allowed.find((option) => option === wanted);
  if (match !== undefined) return match;
  warnValue(tag, attribute, value, `is not one of ${allowed.map((option) => `"${option}"`).join(', ')}; using "${fallback}"`);
  return fallback;
}
