/**
 * The device's own share menu (Web Share API): offered only where it exists
 * and accepts the data. Not every browser has it, and it needs a secure page
 * and a person's click.
 */

/** Whether the share menu exists here and accepts `data`. */
export function canShareNatively(data: ShareData): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  if (typeof navigator.canShare !== 'function') return true;
  try {
    return navigator.canShare(data);
  } catch {
    return false;
  }
}

/** `cancelled` when the person closed the menu (an `AbortError`, which is no error); `failed` for anything else. */
export type NativeShareOutcome = 'shared' | 'cancelled' | 'failed';

/** Opens the share menu; call it straight from the click, before any `await`. */
export async function shareNatively(data: ShareData): Promise<NativeShareOutcome> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return (error as {name?: unknown} | null)?.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
