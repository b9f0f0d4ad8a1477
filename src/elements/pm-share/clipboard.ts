/**
 * Writes `text` to the clipboard. Resolves to false, never rejects, where the
 * Clipboard API is missing (a page served over plain `http:`) or refuses (no
 * permission, a frame without `allow="clipboard-write"`, no user gesture).
 */
export async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
