// What a person meets inside the widgets, found through every open shadow
// root: the controls, their accessible names, whether they can be seen and
// hit, and the contrast of their text. Plain JavaScript, so the web-test-runner
// tests import it and the pages that Node drives load it as it is.

const CONTROL = [
  'a[href]',
  'button',
  'select',
  'textarea',
  'input:not([type="hidden"])',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** Every element in `root` (an element, shadow root or document) and in the open shadow roots below it, in tree order. */
export function deepElements(root) {
  const found = [];
  const walk = (parent) => {
    for (const child of parent.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** The People Move elements in the page's light DOM (`pm-*`). */
export function widgets(root = document) {
  return [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('pm-'));
}

/** Every control inside `widget`'s shadow DOM, nested widgets included. */
export function controlsOf(widget) {
  return deepElements(widget.shadowRoot ?? widget).filter((element) => element.matches(CONTROL) && !element.matches(':disabled'));
}

/** Every control inside every widget on the page. */
export function allControls(root = document) {
  return widgets(root).flatMap((widget) => controlsOf(widget));
}

/** A short description of a control for failure messages: `pm-share a[part=control facebook] "Share on Facebook"`. */
export function describe(element) {
  const hosts = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.unshift(root.host.localName);
  const part = element.getAttribute('part');
  return `${hosts.join(' > ')} ${element.localName}${part ? `[part=${part}]` : ''} "${accessibleName(element).slice(0, 60)}"`;
}

function hiddenFromAccessibility(element) {
  return element.closest('[aria-hidden="true"]') !== null || getComputedStyle(element).display === 'none';
}

/** The text an element contributes to a name: its text, image `alt`s and SVG `<title>`s, without aria-hidden parts. */
export function textAlternative(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element) || hiddenFromAccessibility(node)) return '';
  if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template') return '';
  if (node.getAttribute('aria-label')?.trim()) return ` ${node.getAttribute('aria-label').trim()} `;
  if (node.localName === 'img') return node.getAttribute('alt') ?? '';
  if (node.localName === 'svg') return node.querySelector('title')?.textContent ?? '';
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(textAlternative).join('');
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The accessible name, by the rules that decide it for these controls:
 * aria-labelledby, aria-label, an associated <label>, the content, title.
 */
export function accessibleName(element) {
  const root = element.getRootNode();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const name = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id) ?? null)
      .filter(Boolean)
      .map((label) => textAlternative(label))
      .join(' ');
    if (squash(name)) return squash(name);
  }
  const label = element.getAttribute('aria-label');
  if (label && squash(label)) return squash(label);
  if (element.labels && element.labels.length) {
    const name = [...element.labels].map((each) => textAlternative(each)).join(' ');
    if (squash(name)) return squash(name);
  }
  if (element.localName === 'input' && ['button', 'submit', 'reset'].includes(element.type)) return squash(element.value);
  if (!['input', 'select', 'textarea'].includes(element.localName)) {
    const content = squash(textAlternative(element));
    if (content) return content;
  }
  return squash(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
}

/** Whether the element has a box and is not hidden by display, visibility, content-visibility or opacity. */
export function isVisible(element) {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
}

/** The innermost element at a point, looking inside shadow roots. */
export function deepElementFromPoint(x, y) {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether a click at the centre of `element` reaches it (or something inside it). */
export function isHitAtCentre(element) {
  element.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
  const box = element.getBoundingClientRect();
  const hit = deepElementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit !== null && (hit === element || element.contains(hit));
}

let canvasContext;
/** Any CSS colour as [r, g, b, a] with channels 0–255 and alpha 0–1 (the browser parses it). */
export function parseColor(color) {
  canvasContext ??= Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {willReadFrequently: true});
  canvasContext.clearRect(0, 0, 1, 1);
  canvasContext.fillStyle = '#000';
  canvasContext.fillStyle = color;
  canvasContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvasContext.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function over(top, bottom) {
  const alpha = top[3] + bottom[3] * (1 - top[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (index) => (top[index] * top[3] + bottom[index] * bottom[3] * (1 - top[3])) / alpha;
  return [channel(0), channel(1), channel(2), alpha];
}

/** The parent element, stepping out of a shadow root to its host. */
function composedParent(element) {
  if (element.assignedSlot) return element.assignedSlot;
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

/** The opaque colour behind `element`: its and its ancestors' backgrounds composited over the canvas (white). */
export function backgroundBehind(element) {
  const layers = [];
  for (let node = element; node; node = composedParent(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function luminance([r, g, b]) {
  const linear = (value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrastRatio(first, second) {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Contrast of every piece of visible text in `control` (or, for an icon-only
 * control, of its icon), with the ratio WCAG AA asks of it: 4.5 for text,
 * 3 for large text and for icons.
 */
export function contrastsOf(control) {
  const results = [];
  const holders = [control, ...deepElements(control)].filter((element) => {
    if (!isVisible(element)) return false;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false; // visually hidden text, for screen readers
    return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  });
  for (const holder of holders) {
    const style = getComputedStyle(holder);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const background = backgroundBehind(holder);
    const text = over(parseColor(style.color), background);
    results.push({element: holder, ratio: contrastRatio(text, background), required: large ? 3 : 4.5});
  }
  if (results.length === 0) {
    const icon = deepElements(control).find((element) => element.localName === 'svg' && isVisible(element));
    if (icon) {
      const background = backgroundBehind(control);
      const fill = getComputedStyle(icon).fill;
      const paint = fill.startsWith('rgb') || fill.startsWith('#') ? fill : getComputedStyle(icon).color;
      results.push({element: icon, ratio: contrastRatio(over(parseColor(paint), background), background), required: 3});
    }
  }
  return results;
}

/** Elements under `widget` whose box sticks out of `container` (more than half a pixel), visually hidden ones aside. */
export function overflowingElements(widget, container) {
  const frame = container.getBoundingClientRect();
  return [widget, ...deepElements(widget)].filter((element) => {
    if (!isVisible(element)) return false;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) return false;
    return box.left < frame.left - 0.5 || box.right > frame.right + 0.5;
  });
}

/** Resolves once `element` and every Lit element in its shadow DOM have finished updating. */
export async function settled(element) {
  for (let round = 0; round < 10; round++) {
    const pending = [element, ...deepElements(element.shadowRoot ?? element)].filter((each) => 'updateComplete' in each);
    const results = await Promise.all(pending.map((each) => each.updateComplete));
    if (results.every(Boolean)) return;
  }
}
