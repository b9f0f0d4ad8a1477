/**
 * One MutationObserver per document that holds People Move elements (the
 * page, or a same-origin iframe an element was moved into), watching `lang`
 * anywhere in that document and on each element itself (which may sit in a
 * shadow root the document-wide watch cannot see), so a change on `<html>`,
 * an ancestor or the element re-renders the elements it applies to.
 */
interface LanguageFollower {
  refresh(): void;
}

interface Watch {
  observer: MutationObserver;
  followers: Set<LanguageFollower>;
}

const watches = new Map<Document, Watch>();
const OPTIONS: MutationObserverInit = {attributes: true, attributeFilter: ['lang']};

/** Re-runs `follower.refresh()` whenever a `lang` changes in `element`'s document or on `element`. */
export function followLanguage(follower: LanguageFollower, element: Element): void {
  if (typeof MutationObserver === 'undefined') return;
  const document = element.ownerDocument;
  let watch = watches.get(document);
  if (watch === undefined) {
    const followers = new Set<LanguageFollower>();
    const observer = new MutationObserver(() => {
      for (const each of followers) each.refresh();
    });
    observer.observe(document.documentElement ?? document, {...OPTIONS, subtree: true});
    watch = {observer, followers};
    watches.set(document, watch);
  }
  watch.followers.add(follower);
  watch.observer.observe(element, OPTIONS);
}

/** Stops following; a document's observer stops when no element there follows it. */
export function unfollowLanguage(follower: LanguageFollower): void {
  for (const [document, watch] of watches) {
    if (!watch.followers.delete(follower) || watch.followers.size > 0) continue;
    watch.observer.disconnect();
    watches.delete(document);
  }
}
