import {VERSION} from './version.js';
import {warnOnce} from './warn.js';

type Versioned = CustomElementConstructor & {version?: string};

/**
 * Registers `tag` unless it is already registered, so a page that includes the
 * script twice (or two versions of it) never throws. The first definition wins;
 * a definition from another version prints one warning. Does nothing where
 * there is no custom element registry (Node, server-side rendering).
 */
export function defineElement(tag: string, element: Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== VERSION) {
    warnOnce(
      'version-mismatch',
      `<${tag}> is already defined by People Move widgets ${existing.version ?? '(unknown version)'}; ` +
        `this copy (${VERSION}) leaves the first one in use. Include the script once.`,
    );
  }
}
