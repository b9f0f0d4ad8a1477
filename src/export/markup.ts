/** Text and attribute values escaped for HTML, and attribute lists written out. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ` name="value"` for each entry; `true` writes a bare attribute, undefined/false none. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/** A heading level one below `level`, h6 at most (as the elements' sub-headings). */
export const below = (level: number): number => Math.min(level + 1, 6);
