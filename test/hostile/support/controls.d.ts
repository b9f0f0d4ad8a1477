// Types for controls.js, which the pages that Node drives load without a build step.
export interface Contrast {
  element: Element;
  ratio: number;
  required: number;
}
export function deepElements(root: Element | ShadowRoot | Document): Element[];
export function widgets(root?: ParentNode): HTMLElement[];
export function controlsOf(widget: Element): HTMLElement[];
export function allControls(root?: ParentNode): HTMLElement[];
export function describe(element: Element): string;
export function textAlternative(node: Node): string;
export function accessibleName(element: Element): string;
export function isVisible(element: Element): boolean;
export function deepElementFromPoint(x: number, y: number): Element | null;
export function isHitAtCentre(element: Element): boolean;
export function parseColor(color: string): [number, number, number, number];
export function backgroundBehind(element: Element): [number, number, number, number];
export function contrastRatio(first: readonly number[], second: readonly number[]): number;
export function contrastsOf(control: Element): Contrast[];
export function overflowingElements(widget: Element, container: Element): Element[];
export function settled(element: Element): Promise<void>;
