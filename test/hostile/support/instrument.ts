// Counts what the widgets leave attached to the page: event listeners,
// MutationObservers, ResizeObservers and IntersectionObservers, and
// intervals. Import it before the bundle loads: it wraps the browser's own
// methods (they still run) and notes, from the call stack, which calls came
// from the bundle.
import {BUNDLE_URL} from './bundle.js';

Error.stackTraceLimit = 60;

function calledFromBundle(): boolean {
  return new Error().stack?.includes(BUNDLE_URL) ?? false;
}

interface ListenerRecord {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

const listeners = new Set<ListenerRecord>();
const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;

function find(target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean) {
  for (const record of listeners) {
    if (record.target === target && record.type === type && record.listener === listener && record.capture === capture) return record;
  }
  return undefined;
}

const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  nativeAdd.call(this, type, listener, options);
  if (!listener || !calledFromBundle()) return;
  const capture = captureOf(options);
  if (find(this, type, listener, capture)) return;
  const record = {target: this, type, listener, capture};
  listeners.add(record);
  const signal = typeof options === 'object' ? options.signal : undefined;
  if (signal) nativeAdd.call(signal, 'abort', () => listeners.delete(record), {once: true});
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  nativeRemove.call(this, type, listener, options);
  const record = listener && find(this, type, listener, captureOf(options));
  if (record) listeners.delete(record);
};

/** Observers the bundle made, with what each still observes. */
const observing = new Map<object, Set<Node | Element>>();

function instrumentObserver(name: 'MutationObserver' | 'ResizeObserver' | 'IntersectionObserver'): void {
  const prototype = (window[name] as {prototype: {observe: unknown; disconnect: unknown; unobserve?: unknown}}).prototype;
  const observe = prototype.observe as (this: object, target: Node, ...rest: unknown[]) => void;
  const disconnect = prototype.disconnect as (this: object) => void;
  const unobserve = prototype.unobserve as ((this: object, target: Element) => void) | undefined;
  prototype.observe = function (this: object, target: Node, ...rest: unknown[]) {
    observe.call(this, target, ...rest);
    if (!calledFromBundle()) return;
    const targets = observing.get(this) ?? new Set();
    targets.add(target);
    observing.set(this, targets);
  };
  prototype.disconnect = function (this: object) {
    disconnect.call(this);
    observing.delete(this);
  };
  if (unobserve) {
    prototype.unobserve = function (this: object, target: Element) {
      unobserve.call(this, target);
      observing.get(this)?.delete(target);
      if (observing.get(this)?.size === 0) observing.delete(this);
    };
  }
}
instrumentObserver('MutationObserver');
instrumentObserver('ResizeObserver');
instrumentObserver('IntersectionObserver');

const intervals = new Set<number>();
const nativeSetInterval = window.setInterval;
const nativeClearInterval = window.clearInterval;
window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
  const id = nativeSetInterval(handler, timeout, ...rest);
  if (calledFromBundle()) intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  nativeClearInterval(id);
  if (id !== undefined) intervals.delete(id);
}) as typeof window.clearInterval;

/** Whether `target` is the page's (the window, the document, a connected node outside every widget) rather than a widget's own. */
function isThePages(target: EventTarget): boolean {
  if (!(target instanceof Node)) return true;
  if (!target.isConnected) return false;
  for (let node: Node | null = target; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName.startsWith('pm-')) return false;
  }
  return true;
}

export interface Attached {
  /** Listeners the bundle added to the page itself: the window, the document, nodes outside every widget. */
  pageListeners: string[];
  /** Listeners the bundle added anywhere, still attached. */
  allListeners: number;
  /** Observers the bundle made that still observe something. */
  observers: number;
  /** Intervals the bundle started that still run. */
  intervals: number;
}

/** What the bundle has attached now. */
export function attached(): Attached {
  const pageListeners = [...listeners]
    .filter((record) => isThePages(record.target))
    .map((record) => `${record.target.constructor.name} ${record.type}`);
  return {pageListeners, allListeners: listeners.size, observers: observing.size, intervals: intervals.size};
}
