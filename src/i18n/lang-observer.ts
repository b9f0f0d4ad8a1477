/**
 * One MutationObserver for every element on the page, watching `lang`
 * anywhere in the document, so a change on `<html>`, an ancestor or the
 * element re-renders the elements it applies to.
 */
interface LanguageFollower {
  refreshLanguage(): void;
}

const followers = new Set<LanguageFollower>();
let observer: MutationObserver | undefined;

export function followLanguage(follower: LanguageFollower): void {
  followers.add(follower);
  if (observer === undefined && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const each of followers) each.refreshLanguage();
    });
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
}

export function unfollowLanguage(follower: LanguageFollower): void {
  followers.delete(follower);
  if (followers.size === 0 && observer !== undefined) {
    observer.disconnect();
    observer = undefined;
  }
}
