import {expect, fixtureSync, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';

/** What the element tests share: warnings, rendered text, forced colours, a column of a given width. */

type Rendering = HTMLElement & {updateComplete: Promise<unknown>};

/** The `[people-move]` warnings printed while `run` runs. */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings.filter((line) => line.startsWith('[people-move]'));
}

/** Waits until `element` and every People Move element in its shadow tree have rendered. */
export async function settled(element: Element): Promise<void> {
  if ('updateComplete' in element) await (element as Rendering).updateComplete;
  for (const inner of element.shadowRoot?.querySelectorAll('*') ?? []) await settled(inner);
}

/** The text a person sees in `element`, spaces collapsed. */
export function shownText(element: Element): string {
  const root = element.shadowRoot?.querySelector<HTMLElement>('.base');
  expect(root, `<${element.localName}> has rendered`).not.to.equal(null);
  return root!.innerText.replace(/\s+/g, ' ').trim();
}

/** The shadow root of `element`, which must have rendered. */
export function shadow(element: Element): ShadowRoot {
  expect(element.shadowRoot, `<${element.localName}> has a shadow root`).not.to.equal(null);
  return element.shadowRoot!;
}

/**
 * What the engine running this file cannot be made to do, by capability, each
 * with the reason its launcher gives (test/support/*-launcher.mjs); {} where it
 * can do everything the harness offers. Read before the tests are named.
 */
export const engineLacks: Record<string, string> = (await executeServerCommand<Record<string, string> | undefined, undefined>('engine-lacks')) ?? {};

/**
 * Turns forced colours on or off for the page, and checks that the page
 * really is in that mode, so a test can never pass without it.
 */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', {active});
  expect(matchMedia('(forced-colors: active)').matches, `forced colours ${active ? 'on' : 'off'}`).to.equal(active);
}

/** The media texts of the `@media (forced-colors: …)` rules in the shadow trees of `element` and of the elements inside it. */
function forcedColorRules(element: Element): string[] {
  const root = element.shadowRoot;
  if (!root) return [];
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!)];
  const own = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
  return [...own.map((rule) => rule.media.mediaText), ...[...root.querySelectorAll('*')].flatMap(forcedColorRules)];
}

/**
 * A test of the element `render` makes, in forced colours. Where the engine
 * cannot emulate them (WebKitGTK), the test's name says so and it checks what
 * that engine can show: the element's forced-colours rules reach the engine
 * intact (an unparsed query would read "not all") and the engine knows the
 * media feature, reading it as "none".
 */
export function itInForcedColors<T extends Element>(title: string, render: () => Promise<T>, check: (element: T) => Promise<void>): void {
  const lacking = engineLacks['forced-colors'];
  if (lacking === undefined) {
    it(title, async () => {
      await forcedColors(true);
      try {
        await check(await render());
      } finally {
        await forcedColors(false);
      }
    });
    return;
  }
  it(`${title}: not here (${lacking}), so its forced-colours rules are checked as parsed instead`, async () => {
    const rules = forcedColorRules(await render());
    expect(rules, 'forced-colours rules in the shadow styles').not.to.deep.equal([]);
    for (const media of rules) expect(media).to.match(/^\(forced-colors: (active|none)\)$/);
    expect(matchMedia('(forced-colors: none)').matches, 'the engine reads forced-colors as none').to.equal(true);
  });
}

/**
 * Renders `template` inside a column `width` px wide and waits for every
 * element in it. Returns the column and its first element.
 */
export async function inColumn<T extends Element>(width: number, template: TemplateResult): Promise<{column: HTMLElement; element: T}> {
  const column = fixtureSync<HTMLElement>(html`<div>${template}</div>`);
  column.style.inlineSize = `${width}px`;
  const element = column.firstElementChild as T;
  await settled(element);
  return {column, element};
}

/** Fails when anything in `element`, or `element` itself, sticks out of `column` sideways. */
export function expectNoOverflow(column: HTMLElement, element: Element): void {
  const host = element as HTMLElement;
  expect(host.scrollWidth, `<${element.localName}> scrollWidth`).to.be.at.most(host.clientWidth);
  expect(column.scrollWidth, 'column scrollWidth').to.be.at.most(column.clientWidth);
  const right = column.getBoundingClientRect().right;
  const left = column.getBoundingClientRect().left;
  for (const inner of shadow(element).querySelectorAll('*')) {
    const box = inner.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right, `${inner.localName}.${inner.getAttribute('class') ?? ''} right edge`).to.be.at.most(right + 0.5);
    expect(box.left, `${inner.localName}.${inner.getAttribute('class') ?? ''} left edge`).to.be.at.least(left - 0.5);
  }
}
