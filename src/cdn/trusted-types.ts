import {warnOnce} from '../warn.js';

/**
 * The Trusted Types policy of the CDN build, named "people-move" (so a page's
 * own Lit keeps "lit-html", which Lit tells every Lit site to allow). The
 * bundle's copy of Lit renders through it (rollup.config.mjs hands it to Lit
 * in place of Lit's own "lit-html" policy), and the pinned loader turns the
 * locale chunks' URLs into script URLs with it. It stays inside the bundle:
 * nothing on the page can reach it.
 */
export interface WidgetsPolicy {
  createHTML(html: string): unknown;
  createScriptURL(url: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createHTML(html: string): string; createScriptURL(url: string): string}): WidgetsPolicy;
}

/**
 * Set by the first copy of the bundle on a page (any release since the mark
 * was introduced), so a second copy (the snippet pasted twice, two releases)
 * asks for no policy: its elements never serve the page, and a policy name can
 * be created once.
 */
const MARK = Symbol.for('people-move.lit-policy');

function createPolicy(): WidgetsPolicy | undefined {
  const scope = globalThis as typeof globalThis & {trustedTypes?: TrustedTypesFactory; [MARK]?: number};
  if (!scope.trustedTypes || scope[MARK]) return undefined;
  scope[MARK] = 1;
  // Identity rules: Lit passes only its own template strings; the loader only URLs built into the entry.
  const rules = {createHTML: (html: string) => html, createScriptURL: (url: string) => url};
  const create = (name: string) => {
    try {
      return scope.trustedTypes!.createPolicy(name, rules);
    } catch {
      return undefined;
    }
  };
  const policy = create('people-move');
  if (policy) return policy;
  // A policy written before the widgets had a name of their own allows "lit-html" only.
  const fallback = create('lit-html');
  warnOnce(
    'trusted-types-name',
    'The page\'s Content-Security-Policy does not allow the Trusted Types policy "people-move": add it to trusted-types (see the README). ' +
      (fallback ? 'Meanwhile the widgets use "lit-html", which a Lit app on the page needs too.' : 'Until then the widgets cannot render.'),
  );
  return fallback;
}

export const policy = createPolicy();
